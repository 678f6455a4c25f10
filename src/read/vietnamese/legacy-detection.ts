import { type LegacyEncoding, legacyToUnicode } from "./legacy-codec.js";
import { PROOF } from "./legacy-proofs.js";

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
interface Evidence {
  /** Words with legacy characters that convert to a Vietnamese syllable. */
  readonly syllables: number;
  /** Words with legacy characters that convert to something else. */
  readonly misfits: number;
  /** Converted syllables that carry a proof of the encoding. */
  readonly proofs: number;
}

/** What the words of a text, each converted from one encoding, say for that encoding. */
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

/** Enough converted syllables, at least one proof, and at most one misfit per ten syllables. */
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
