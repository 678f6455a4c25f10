import { Decimal } from "decimal.js";
import { doReadNumber, ReadingConfig } from "read-vietnamese-number";

/*
 * Readings follow the style of Vietnamese official documents:
 * "nghìn" (not "ngàn"), "tỷ" (not "tỉ"), "linh" (not "lẻ") for a zero tens digit, "mốt" for 1 and
 * "lăm" for 5 after a tens digit of 2..9 ("lăm" also after "mười"), "tư" for 4 after a tens digit
 * of 2..9 (24 = "hai mươi tư"; 14 and 104 stay "mười bốn", "một trăm linh bốn"), and "không trăm"
 * when a group below the leading one has a zero hundreds digit (1.001 = "một nghìn không trăm linh
 * một"). Above "tỷ" the multiplier of "tỷ" is read as a number of its own ("hai nghìn tỷ",
 * "một tỷ tỷ").
 *
 * Punctuation follows the seed appendix ("Năm mươi hai tỷ, năm trăm ba mươi tám triệu đồng"): a
 * comma closes each of the "tỷ", "triệu" and "nghìn" groups of the number when more words follow;
 * the multiplier of "tỷ" itself ("một nghìn hai trăm tỷ") gets no inner commas.
 *
 * The words come from read-vietnamese-number 2.3.1, verified against the table of tricky numbers in
 * test/write/amount-in-words.test.ts; only the commas and capitalisation are added here.
 */

const CURRENCY = "đồng";
const BILLION = "tỷ";
const GROUP_UNITS: ReadonlySet<string> = new Set([BILLION, "triệu", "nghìn"]);

const READING_CONFIG = makeReadingConfig();

function makeReadingConfig(): ReadingConfig {
  const config = new ReadingConfig();
  config.separator = " ";
  config.unit = [];
  config.units = [[], ["nghìn"], ["triệu"], [BILLION]];
  config.oddText = "linh";
  config.fourToneText = "tư";
  config.skipTenTone = false;
  return config;
}

/** Needed so that converting triệu đồng to đồng never rounds, whatever the number of digits. */
const ExactDecimal = Decimal.clone({ precision: 1e9, rounding: Decimal.ROUND_HALF_UP });

/** The lower-case words of a non-negative whole number, without the currency. */
function readNonNegative(value: bigint): string[] {
  return doReadNumber(value, READING_CONFIG).split(" ");
}

/**
 * Adds the commas: after the last "tỷ" (everything before it is the multiplier of "tỷ") and after
 * every "triệu" / "nghìn" that follows it, unless it is the last word.
 */
function punctuate(words: readonly string[]): string {
  const lastBillion = words.lastIndexOf(BILLION);
  return words
    .map((word, index) => {
      const closesGroup = index >= lastBillion && index < words.length - 1 && GROUP_UNITS.has(word);
      return closesGroup ? `${word},` : word;
    })
    .join(" ");
}

function capitalise(text: string): string {
  const [first = "", ...rest] = text;
  return first.toUpperCase() + rest.join("");
}

/**
 * Reads a whole number of đồng in Vietnamese words, official-document style.
 *
 * @param dong - the amount in đồng; may be negative.
 * @returns the reading with a capital first letter, commas closing the "tỷ" / "triệu" / "nghìn"
 *   groups, ending with " đồng"; a negative amount is prefixed with "Âm ". For example
 *   `52538000000n` gives "Năm mươi hai tỷ, năm trăm ba mươi tám triệu đồng" and `0n` gives
 *   "Không đồng".
 */
export function dongInWords(dong: bigint): string {
  const negative = dong < 0n;
  const words = readNonNegative(negative ? -dong : dong);
  const reading = `${punctuate(words)} ${CURRENCY}`;
  return capitalise(negative ? `âm ${reading}` : reading);
}

/**
 * Reads an amount given in triệu đồng (millions of đồng) in Vietnamese words.
 *
 * The amount is converted to đồng exactly (× 1,000,000 in decimal arithmetic, never through a
 * floating-point number). A fraction of a đồng is rounded to the nearest đồng, halves away from
 * zero (decimal.js ROUND_HALF_UP): 0.0000005 triệu → 1 đồng, −0.0000005 triệu → −1 đồng.
 *
 * @param millions - the amount in triệu đồng; must be finite.
 * @returns the reading of the whole number of đồng, as {@link dongInWords} gives it, e.g.
 *   `new Decimal("52538")` gives "Năm mươi hai tỷ, năm trăm ba mươi tám triệu đồng".
 * @throws RangeError if the amount is NaN or infinite.
 */
export function amountInWords(millions: Decimal): string {
  if (!millions.isFinite()) {
    throw new RangeError(`Cannot read a non-finite amount in words: ${millions.toString()}`);
  }
  const dong = new ExactDecimal(millions).times(1_000_000).toFixed(0, Decimal.ROUND_HALF_UP);
  return dongInWords(BigInt(dong));
}

/**
 * The line printed under the grand total of the appendix.
 *
 * @param millions - the amount in triệu đồng; must be finite.
 * @returns "Bằng chữ: " followed by {@link amountInWords} of the amount, e.g.
 *   "Bằng chữ: Năm mươi hai tỷ, năm trăm ba mươi tám triệu đồng".
 * @throws RangeError if the amount is NaN or infinite.
 */
export function amountInWordsLine(millions: Decimal): string {
  return `Bằng chữ: ${amountInWords(millions)}`;
}
