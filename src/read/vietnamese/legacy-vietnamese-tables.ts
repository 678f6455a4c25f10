/**
 * Code tables of the two legacy 8-bit Vietnamese font encodings still found in agency
 * spreadsheets. A workbook stores the text of such cells as the Latin-1 characters whose code
 * points equal the font's byte codes, so every code below is written as that Latin-1 text.
 *
 * Sources, cross-checked against each other:
 * - TCVN3: libiconv `lib/tcvn.h` (TCVN 5712:1993, range 0xA0–0xFF), xvnkb `tcvn.h` (Dao Hai Lam,
 *   VISC), and the comparison table "Bảng đối chiếu encoding các bộ chữ hiện hành với Unicode"
 *   (scribd.com/document/23311958). All three agree on every code used here.
 * - VNI-Windows: xvnkb `vni.h` (Dao Hai Lam, VISC) and the same comparison table.
 *
 * @module
 */

/**
 * Combining tone marks in the column order of every row below: no tone, huyền (grave), hỏi (hook
 * above), ngã (tilde), sắc (acute), nặng (dot below). This is the order of the TCVN3 codes
 * 0xB5–0xB9 (à ả ã á ạ).
 */
export const TONE_MARKS = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const;

/** One code per tone, in the order of {@link TONE_MARKS}. */
export type ToneRow<T> = readonly [T, T, T, T, T, T];

/** A toneless Vietnamese vowel and its codes for each tone. */
export type VowelRow<T> = readonly [vowel: string, codes: ToneRow<T>];

/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" table of the `.VnTime` fonts): byte codes of the twelve
 * lowercase vowels with each tone. The toneless a e i o u y are plain ASCII.
 */
export const TCVN3_VOWELS: readonly VowelRow<number>[] = [
  ["a", [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ["ă", [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ["â", [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ["e", [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ["ê", [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ["i", [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ["o", [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ["ô", [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ["ơ", [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee]],
  ["u", [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ["ư", [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ["y", [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/**
 * TCVN3 letters outside the vowel rows: đ and the only capitals the ABC table has. Capitals with
 * a tone mark have no code of their own (see `legacyToUnicode`'s `capitals` option).
 */
export const TCVN3_OTHER_LETTERS: readonly (readonly [letter: string, code: number])[] = [
  ["đ", 0xae],
  ["Ă", 0xa1],
  ["Â", 0xa2],
  ["Ê", 0xa3],
  ["Ô", 0xa4],
  ["Ơ", 0xa5],
  ["Ư", 0xa6],
  ["Đ", 0xa7],
];

/**
 * VNI-Windows lowercase vowels: base letter followed by a mark character. `ô` alone is ơ, `ö`
 * alone is ư; the i row and ỵ use single characters.
 */
export const VNI_LOWERCASE_VOWELS: readonly VowelRow<string>[] = [
  ["a", ["a", "aø", "aû", "aõ", "aù", "aï"]],
  ["ă", ["aê", "aè", "aú", "aü", "aé", "aë"]],
  ["â", ["aâ", "aà", "aå", "aã", "aá", "aä"]],
  ["e", ["e", "eø", "eû", "eõ", "eù", "eï"]],
  ["ê", ["eâ", "eà", "eå", "eã", "eá", "eä"]],
  ["i", ["i", "ì", "æ", "ó", "í", "ò"]],
  ["o", ["o", "oø", "oû", "oõ", "où", "oï"]],
  ["ô", ["oâ", "oà", "oå", "oã", "oá", "oä"]],
  ["ơ", ["ô", "ôø", "ôû", "ôõ", "ôù", "ôï"]],
  ["u", ["u", "uø", "uû", "uõ", "uù", "uï"]],
  ["ư", ["ö", "öø", "öû", "öõ", "öù", "öï"]],
  ["y", ["y", "yø", "yû", "yõ", "yù", "î"]],
];

/** VNI-Windows uppercase vowels: the same scheme with the uppercase mark characters. */
export const VNI_UPPERCASE_VOWELS: readonly VowelRow<string>[] = [
  ["A", ["A", "AØ", "AÛ", "AÕ", "AÙ", "AÏ"]],
  ["Ă", ["AÊ", "AÈ", "AÚ", "AÜ", "AÉ", "AË"]],
  ["Â", ["AÂ", "AÀ", "AÅ", "AÃ", "AÁ", "AÄ"]],
  ["E", ["E", "EØ", "EÛ", "EÕ", "EÙ", "EÏ"]],
  ["Ê", ["EÂ", "EÀ", "EÅ", "EÃ", "EÁ", "EÄ"]],
  ["I", ["I", "Ì", "Æ", "Ó", "Í", "Ò"]],
  ["O", ["O", "OØ", "OÛ", "OÕ", "OÙ", "OÏ"]],
  ["Ô", ["OÂ", "OÀ", "OÅ", "OÃ", "OÁ", "OÄ"]],
  ["Ơ", ["Ô", "ÔØ", "ÔÛ", "ÔÕ", "ÔÙ", "ÔÏ"]],
  ["U", ["U", "UØ", "UÛ", "UÕ", "UÙ", "UÏ"]],
  ["Ư", ["Ö", "ÖØ", "ÖÛ", "ÖÕ", "ÖÙ", "ÖÏ"]],
  ["Y", ["Y", "YØ", "YÛ", "YÕ", "YÙ", "Î"]],
];

/** VNI-Windows letters outside the vowel rows. */
export const VNI_OTHER_LETTERS: readonly (readonly [letter: string, code: string])[] = [
  ["đ", "ñ"],
  ["Đ", "Ñ"],
];
