import {
  TCVN3_OTHER_LETTERS,
  TCVN3_VOWELS,
  TONE_MARKS,
  VNI_LOWERCASE_VOWELS,
  VNI_OTHER_LETTERS,
  VNI_UPPERCASE_VOWELS,
} from "./legacy-vietnamese-tables.js";

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

interface CodeTable {
  /** Legacy text (one or two characters) → Unicode letter (NFC). */
  readonly decode: ReadonlyMap<string, string>;
  /** Unicode letter (NFC) → legacy text. */
  readonly encode: ReadonlyMap<string, string>;
  /** Non-ASCII characters that take part in some legacy code: they cannot pass through as is. */
  readonly legacyChars: ReadonlySet<string>;
  readonly longestCode: number;
}

function withTone(vowel: string, tone: number): string {
  return (vowel + (TONE_MARKS[tone] ?? "")).normalize("NFC");
}

function makeTable(
  encodePairs: Iterable<readonly [string, string]>,
  decodePairs: Iterable<readonly [string, string]>,
): CodeTable {
  const encode = new Map(encodePairs);
  const decode = new Map<string, string>();
  for (const [code, letter] of decodePairs) {
    if (code !== letter && !decode.has(code)) decode.set(code, letter);
  }
  const legacyChars = new Set([...decode.keys()].flatMap((code) => [...code]).filter((c) => c > "\u007f"));
  const longestCode = Math.max(...[...decode.keys()].map((code) => code.length));
  return { decode, encode, legacyChars, longestCode };
}

function buildTcvn3(): CodeTable {
  const encode: [string, string][] = [];
  const decode: [string, string][] = [];
  for (const [vowel, codes] of TCVN3_VOWELS) {
    codes.forEach((code, tone) => {
      const letter = withTone(vowel, tone);
      const legacy = String.fromCharCode(code);
      encode.push([letter, legacy]);
      decode.push([legacy, letter]);
      // Capitals with a tone have no ABC code: they are typed as the lowercase code in a capital font.
      if (tone > 0) encode.push([letter.toUpperCase(), legacy]);
    });
  }
  for (const [letter, code] of TCVN3_OTHER_LETTERS) {
    const legacy = String.fromCharCode(code);
    encode.push([letter, legacy]);
    decode.push([legacy, letter]);
  }
  return makeTable(encode, decode);
}

function buildVni(): CodeTable {
  const encode: [string, string][] = [];
  const decode: [string, string][] = [];
  for (const [vowel, codes] of [...VNI_LOWERCASE_VOWELS, ...VNI_UPPERCASE_VOWELS]) {
    codes.forEach((legacy, tone) => {
      const letter = withTone(vowel, tone);
      encode.push([letter, legacy]);
      decode.push([legacy, letter]);
    });
  }
  for (const [letter, legacy] of VNI_OTHER_LETTERS) {
    encode.push([letter, legacy]);
    decode.push([legacy, letter]);
  }
  // Tolerate a capital followed by a lowercase mark (`Aù`): the mark has no other meaning there.
  for (const [vowel, codes] of VNI_UPPERCASE_VOWELS) {
    codes.forEach((legacy, tone) => {
      if (legacy.length !== 2) return;
      decode.push([legacy.charAt(0) + legacy.charAt(1).toLowerCase(), withTone(vowel, tone)]);
    });
  }
  return makeTable(encode, decode);
}

const TABLES: Readonly<Record<LegacyEncoding, CodeTable>> = { tcvn3: buildTcvn3(), vni: buildVni() };

function longestCodeAt(
  { decode, longestCode }: CodeTable,
  text: string,
  start: number,
): { letter: string; length: number } | undefined {
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

/**
 * Converts Unicode text to a legacy Vietnamese font encoding (used to build test fixtures).
 *
 * Takes any Unicode text (it is first normalized to NFC) and returns the legacy text as the
 * Latin-1 characters a workbook would hold. In TCVN3, capitals with tone marks get the lowercase
 * code (what a typist enters for a `.VnTimeH` font), so they convert back as lowercase unless
 * `legacyToUnicode` is told `capitals: true`.
 *
 * @throws RangeError when the text holds a character the encoding cannot carry: one that is not
 * a Vietnamese letter but is itself used by the encoding's codes (e.g. `ü` or `©` in TCVN3).
 */
export function unicodeToLegacy(text: string, encoding: LegacyEncoding): string {
  const { encode, legacyChars } = TABLES[encoding];
  let out = "";
  for (const char of text.normalize("NFC")) {
    const legacy = encode.get(char);
    if (legacy !== undefined) out += legacy;
    else if (legacyChars.has(char)) throw new RangeError(`"${char}" cannot be represented in ${encoding}`);
    else out += char;
  }
  return out;
}

/** Combining tone marks: grave, acute, tilde, hook above, dot below. */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const SYLLABLE = new RegExp(
  "^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?" +
    "(?:" +
    // Rimes closed by a semivowel take no final consonant.
    "(?:iêu|yêu|uôi|ươi|ươu|oai|oay|oao|oeo|uây|uyu|ai|ao|au|ay|âu|ây|eo|êu|iu|oi|ôi|ơi|ui|ưi|ưu)" +
    // Vowels that may end the syllable or take a final consonant.
    "|(?:uya|ia|ua|ưa|oa|oe|uê|uy|uơ|a|e|ê|i|o|ô|ơ|u|ư|y)(?:ch|ng|nh|[cmnpt])?" +
    // Vowels that need a final consonant.
    "|(?:uyê|iê|yê|uô|ươ|oă|uâ|oo|ôô|ă|â)(?:ch|ng|nh|[cmnpt])" +
    ")$",
  "u",
);

/**
 * Whether a word has the shape of one Vietnamese syllable: onset, rime, at most one tone, and
 * only sắc or nặng before a final c, ch, p or t.
 */
function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONE_MARK) ?? [];
  if (tones.length > 1) return false;
  const toneless = decomposed.replace(TONE_MARK, "").normalize("NFC");
  if (!SYLLABLE.test(toneless)) return false;
  const stopped = /(?:c|ch|p|t)$/u.test(toneless);
  return !stopped || tones[0] === "\u0301" || tones[0] === "\u0323";
}

/** Letters and marks beyond Latin-1: text holding them is already Unicode. */
const BEYOND_LATIN1_LETTER = /(?=[\p{L}\p{M}])[^\u0000-\u00ff]/u;
/** A word as a legacy font sees it: ASCII letters and the Latin-1 characters it reuses for letters. */
const LEGACY_WORD = /[A-Za-z\u00a1-\u00ff]+/gu;
const ASCII_WORD = /^[A-Za-z]+$/u;
/**
 * Proof of TCVN3 inside one word: a Latin-1 symbol that TCVN3 uses for a letter (ă â ê ô ơ ư đ,
 * à…ạ, ằ…ắ, ì, ữ) after an ASCII letter, as in `ph¸p` or T + U+00AD (tư), or `®`/`§` (đ/Đ)
 * starting a word, as in `®æi`. Unicode Vietnamese never holds these symbols; asking for a
 * letter first keeps out units and signs such as `µm`, `½` or `©`.
 */
const TCVN3_PROOF = /[A-Za-z].*[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00d7\u00f7]|^[\u00a7\u00ae]./u;
/**
 * Proof of VNI inside one word: a base letter followed by a mark that Unicode Vietnamese never
 * puts there. `o` + à/á/ã is left out: "Hoà", "khoá" are ordinary Unicode spellings.
 */
const VNI_PROOF = new RegExp(
  "[aeouyôöAEOUYÔÖ][ùøûõïÙØÛÕÏ]|[aA][âáàåãäêéèúüëÂÁÀÅÃÄÊÉÈÚÜË]|[eE][âáàåãäÂÁÀÅÃÄ]|[oO][âåäÂÅÄ]",
  "u",
);
const PROOF: Readonly<Record<LegacyEncoding, RegExp>> = { tcvn3: TCVN3_PROOF, vni: VNI_PROOF };

interface Evidence {
  /** Words with legacy characters that convert to a Vietnamese syllable. */
  readonly syllables: number;
  /** Words with legacy characters that convert to something else. */
  readonly misfits: number;
  /** Converted syllables that carry a proof of the encoding. */
  readonly proofs: number;
}

function weigh(words: readonly string[], encoding: LegacyEncoding): Evidence {
  let syllables = 0;
  let misfits = 0;
  let proofs = 0;
  // Each converted word counts once, so that a repeated word (French "Où … où") cannot decide alone.
  const seen = new Set<string>();
  for (const word of words) {
    const converted = legacyToUnicode(word, encoding).toLowerCase();
    if (seen.has(converted)) continue;
    seen.add(converted);
    if (isVietnameseSyllable(converted)) {
      syllables += 1;
      if (PROOF[encoding].test(word)) proofs += 1;
    } else {
      misfits += 1;
    }
  }
  return { syllables, misfits, proofs };
}

function convinces({ syllables, misfits, proofs }: Evidence): boolean {
  return syllables >= 2 && proofs >= 1 && misfits * 10 <= syllables;
}

/**
 * Tells whether text is very likely Vietnamese typed in a legacy font encoding.
 *
 * Takes the text of one cell, or better several cells joined with spaces (a column or a sheet):
 * a verdict needs at least two different converted words. Every word holding Latin-1 letters or
 * symbols must convert to a well-formed Vietnamese syllable (at most one word in ten may not),
 * and at least one of them must carry a sign that ordinary text never has: a TCVN3 symbol such as
 * `¸` or U+00AD inside a word, or a VNI tone mark such as `ù` or `û` after a vowel.
 *
 * Returns the encoding, or `null` for anything else: ASCII, numbers, Western text ("Müller café"),
 * Unicode Vietnamese (including text with letters beyond Latin-1 such as ư ơ ạ ế), text that fits
 * both encodings, and too little evidence. It errs towards `null`, since converting good text
 * corrupts it.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (BEYOND_LATIN1_LETTER.test(text)) return null;
  const words = [...new Set(text.match(LEGACY_WORD))].filter((word) => !ASCII_WORD.test(word));
  const fits = (["tcvn3", "vni"] as const).filter((encoding) => convinces(weigh(words, encoding)));
  return fits.length === 1 ? (fits[0] ?? null) : null;
}
