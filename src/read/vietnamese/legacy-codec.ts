import { TCVN3_OTHER_LETTERS, TCVN3_VOWELS, TONE_MARKS, VNI_LOWERCASE_VOWELS, VNI_OTHER_LETTERS, VNI_UPPERCASE_VOWELS } from "./legacy-vietnamese-tables.js";

/**
 * A legacy 8-bit Vietnamese font encoding: `tcvn3` is TCVN 5712:1993 VN3 ("ABC", fonts `.VnTime`,
 * `.VnArial`, …, capitals in `.VnTimeH`, …); `vni` is VNI-Windows (fonts `VNI-Times`, …).
 */
export type LegacyEncoding = "tcvn3" | "vni";

/** Options of {@link legacyToUnicode}. */
export interface LegacyToUnicodeOptions {
  /**
   * The text was set in a capital font (TCVN3 `.VnTimeH`, `.VnArialH`, …). Such fonts draw the
   * letters as capitals, and the ABC table has no codes for capitals with tone marks, so typists
   * enter the lowercase codes: `Së T\u00ad ph¸p` in `.VnTimeH` reads "SỞ TƯ PHÁP". With `true` the
   * converted text is upper-cased as a whole, ASCII letters included. The font name is not part
   * of the cell text, so the caller must take it from the cell's style. Default `false`.
   */
  readonly capitals?: boolean;
}

interface DecodeTable {
  /** Legacy text (one or two characters) → Unicode letter (NFC). */
  readonly decode: ReadonlyMap<string, string>;
  readonly longestCode: number;
}

/** A toneless vowel with the tone of a column of the tables, in NFC. */
export function withTone(vowel: string, tone: number): string {
  return (vowel + (TONE_MARKS[tone] ?? "")).normalize("NFC");
}

function makeTable(decodePairs: Iterable<readonly [string, string]>): DecodeTable {
  const decode = new Map<string, string>();
  for (const [code, letter] of decodePairs) {
    if (code !== letter && !decode.has(code)) decode.set(code, letter);
  }
  const longestCode = Math.max(...[...decode.keys()].map((code) => code.length));
  return { decode, longestCode };
}

function buildTcvn3(): DecodeTable {
  const decode: [string, string][] = [];
  for (const [vowel, codes] of TCVN3_VOWELS) {
    codes.forEach((code, tone) => {
      decode.push([String.fromCharCode(code), withTone(vowel, tone)]);
    });
  }
  for (const [letter, code] of TCVN3_OTHER_LETTERS) decode.push([String.fromCharCode(code), letter]);
  return makeTable(decode);
}

function buildVni(): DecodeTable {
  const decode: [string, string][] = [];
  for (const [vowel, codes] of [...VNI_LOWERCASE_VOWELS, ...VNI_UPPERCASE_VOWELS]) {
    codes.forEach((legacy, tone) => {
      decode.push([legacy, withTone(vowel, tone)]);
    });
  }
  for (const [letter, legacy] of VNI_OTHER_LETTERS) decode.push([legacy, letter]);
  // Tolerate a capital followed by a lowercase mark (`Aù`): the mark has no other meaning there.
  for (const [vowel, codes] of VNI_UPPERCASE_VOWELS) {
    codes.forEach((legacy, tone) => {
      if (legacy.length !== 2) return;
      decode.push([legacy.charAt(0) + legacy.charAt(1).toLowerCase(), withTone(vowel, tone)]);
    });
  }
  return makeTable(decode);
}

const TABLES: Readonly<Record<LegacyEncoding, DecodeTable>> = { tcvn3: buildTcvn3(), vni: buildVni() };

function longestCodeAt({ decode, longestCode }: DecodeTable, text: string, start: number): { letter: string; length: number } | undefined {
  for (let length = Math.min(longestCode, text.length - start); length > 0; length--) {
    const letter = decode.get(text.slice(start, start + length));
    if (letter !== undefined) return { letter, length };
  }
  return undefined;
}

/**
 * Converts text typed in a legacy Vietnamese font encoding to Unicode.
 *
 * Takes the cell text exactly as read from the workbook, before any trimming or clean-up: TCVN3
 * writes ư as U+00AD (soft hyphen) and ã as U+00B7, which clean-up steps may strip, and á as
 * U+00B8, which NFKC would decompose. Longer codes are matched first (VNI `ôû` is ở, `ô` alone ơ);
 * characters that are not codes of the encoding are kept as they are.
 *
 * Returns the converted text in NFC. TCVN3 capitals with tone marks come back lowercase unless
 * `options.capitals` says the text was set in a capital font.
 */
export function legacyToUnicode(text: string, encoding: LegacyEncoding, options: LegacyToUnicodeOptions = {}): string {
  const table = TABLES[encoding];
  let out = "";
  let i = 0;
  while (i < text.length) {
    const match = longestCodeAt(table, text, i);
    out += match?.letter ?? text.charAt(i);
    i += match?.length ?? 1;
  }
  const unicode = out.normalize("NFC");
  return options.capitals === true ? unicode.toUpperCase() : unicode;
}
