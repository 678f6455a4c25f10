import type { LegacyEncoding } from "./legacy-codec.js";
import { TCVN3_OTHER_LETTERS, TCVN3_VOWELS, VNI_LOWERCASE_VOWELS, VNI_UPPERCASE_VOWELS } from "./legacy-vietnamese-tables.js";

/*
 * The signs that prove a word was typed in a legacy encoding, derived from the code tables so that
 * the two cannot drift apart. Each set is one that Unicode Vietnamese never writes.
 */

/** A regular-expression character class of exactly these characters. */
function charClass(chars: Iterable<string>): string {
  const escaped = [...new Set(chars)].sort().map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `[${escaped.join("")}]`;
}

/**
 * Whether a Latin-1 code is a symbol rather than a letter: U+00A0–U+00BF and × ÷. (`ª`, `º` and
 * `µ` count as symbols here although Unicode calls them letters: no Western word holds them.)
 */
function isLatin1Symbol(code: number): boolean {
  return (code >= 0xa0 && code <= 0xbf) || code === 0xd7 || code === 0xf7;
}

/** The TCVN3 codes that are Latin-1 symbols: ă â ê ô ơ ư đ and the capitals, à…ạ, ằ…ắ, ì, ữ. */
function tcvn3Symbols(): string[] {
  const codes = [...TCVN3_VOWELS.flatMap(([, row]) => row), ...TCVN3_OTHER_LETTERS.map(([, code]) => code)];
  return codes.filter(isLatin1Symbol).map((code) => String.fromCharCode(code));
}

/** The TCVN3 codes of đ and Đ, which may start a word (`®æi`). */
function tcvn3Dd(): string[] {
  return TCVN3_OTHER_LETTERS.filter(([letter]) => letter === "đ" || letter === "Đ").map(([, code]) => String.fromCharCode(code));
}

/**
 * Proof of TCVN3 inside one word: a Latin-1 symbol that TCVN3 uses for a letter after an ASCII
 * letter, as in `ph¸p` or T + U+00AD (tư), or `®`/`§` (đ/Đ) starting a word, as in `®æi`. Unicode
 * Vietnamese never holds these symbols; asking for a letter first keeps out units and signs such
 * as `µm`, `½` or `©`.
 */
const TCVN3_PROOF = new RegExp(`[A-Za-z].*${charClass(tcvn3Symbols())}|^${charClass(tcvn3Dd())}.`, "u");

/**
 * Pairs of a vowel and a VNI mark that Unicode writes too: `o` + à/á/ã ("Hoà", "khoá" put the tone
 * on the a). They prove nothing.
 */
const UNICODE_SPELLINGS: ReadonlySet<string> = new Set(["oà", "oá", "oã"]);

/**
 * Proof of VNI inside one word: a base letter followed by a mark that Unicode Vietnamese never puts
 * there (in either case, as VNI text mixes them). The marks are the tone marks (the second
 * character of a toned plain vowel: `aù`, `uï`), after any vowel that takes one, and the marks of
 * ă â ê ô in every tone (`aê`, `aá`, `oä`), after their base letter; less the pairs Unicode writes too.
 */
function vniProof(): RegExp {
  const rows = [...VNI_LOWERCASE_VOWELS, ...VNI_UPPERCASE_VOWELS].map(([, row]) => row);
  const twoCharCodes = (row: readonly string[]) => row.filter((code) => code.length === 2);
  const plain = rows.filter((row) => row[0].length === 1).flatMap(twoCharCodes);
  const toneMarks = plain.map((code) => code.charAt(1));
  const marks = new Map<string, string[]>();
  const add = (base: string, more: readonly string[]) => marks.set(base, [...(marks.get(base) ?? []), ...more]);
  for (const code of plain) add(code.charAt(0).toLowerCase(), toneMarks);
  for (const row of rows.filter((r) => r[0].length === 2)) {
    for (const code of row) add(code.charAt(0).toLowerCase(), [code.charAt(1)]);
  }
  const pairs = [...marks].map(([base, list]) => {
    const both = list.flatMap((mark) => [mark.toLowerCase(), mark.toUpperCase()]);
    const proving = both.filter((mark) => !UNICODE_SPELLINGS.has(base + mark.toLowerCase()));
    return charClass([base, base.toUpperCase()]) + charClass(proving);
  });
  return new RegExp(pairs.join("|"), "u");
}

/** For each encoding, a test that a word carries a sign only that encoding writes. */
export const PROOF: Readonly<Record<LegacyEncoding, RegExp>> = { tcvn3: TCVN3_PROOF, vni: vniProof() };
