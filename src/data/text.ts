/**
 * Cleans text read from a cell: Unicode NFC (agencies' Macs write NFD), `Ð` (U+00D0, Icelandic eth,
 * typed for `Đ` by some keyboards) read as `Đ`, no-break and other odd spaces as plain spaces.
 */
export function cleanText(text: string): string {
  if (isClean(text)) return text;
  return text
    .normalize("NFC")
    .replace(/\u00d0/g, "Đ")
    .replace(/[\u00a0\u2007\u202f\u3000]/g, " ");
}

/**
 * Whether `cleanText` would leave a text as it is, known from one scan: no `Ð` nor no-break space,
 * and only characters below the combining marks (U+0300) or precomposed ones of Latin Extended
 * Additional (Vietnamese `ạ` … `ỹ`), which are all in NFC and which nothing there combines with.
 * Every cell's text is cleaned, and normalising showed in profiles.
 */
function isClean(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x300 ? code === 0xa0 || code === 0xd0 : code < 0x1e00 || code > 0x1eff) return false;
  }
  return true;
}

/**
 * The matching key of a label: lower case, no diacritics (`đ` → `d`), punctuation other than
 * `/ & % -` turned into spaces, spaces collapsed. `Tổng  kinh phí` and `TONG KINH PHI` share a key.
 */
export function foldText(text: string): string {
  const cached = FOLDED.get(text);
  if (cached !== undefined) return cached;
  const folded = foldUncached(text);
  if (text.length <= FOLD_CACHE_TEXT) {
    if (FOLDED.size >= FOLD_CACHE_ENTRIES) FOLDED.clear();
    FOLDED.set(text, folded);
  }
  return folded;
}

// Labels, codes and agency names repeat across rows and files; folding them again showed in profiles.
const FOLDED = new Map<string, string>();
const FOLD_CACHE_ENTRIES = 20_000;
const FOLD_CACHE_TEXT = 200;

function foldUncached(text: string): string {
  return foldByTable(text) ?? foldByDefinition(text);
}

/** What `foldText` means: every step on the whole text. */
function foldByDefinition(text: string): string {
  return foldSteps(text).replace(/ +/g, " ").trim();
}

/** The steps of folding before spaces are collapsed: each character not kept becomes one space. */
function foldSteps(text: string): string {
  return cleanText(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9/&%-]/g, " ");
}

/**
 * Folds a text one character at a time: each character's fold is `foldSteps` of it alone, worked out
 * once. Several times faster than the steps on the whole text, which profiles showed on every label
 * and item name. For characters below U+1F00 (Latin, Vietnamese included; Greek, Cyrillic and the
 * other scripts there fold to spaces) it is the fold of the whole text: NFD(NFC(x)) = NFD(x), marks
 * dropped or turned to spaces wherever reordering puts them, and no lower-casing that depends on the
 * neighbours can give a kept letter. Undefined for any other character: the definition folds the text.
 */
function foldByTable(text: string): string | undefined {
  if (text.length > FOLD_BY_TABLE_TEXT) return undefined;
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let piece: number | string;
    if (code < LATIN_END) {
      piece = LATIN_FOLDS[code] ?? NOT_YET;
      if (piece === NOT_YET) piece = LATIN_FOLDS[code] = foldPiece(code);
    } else if (code === 0x2007 || code === 0x202f || code === 0x3000) {
      piece = SPACE;
    } else {
      return undefined;
    }
    const pieceLength = typeof piece === "number" ? 1 : piece.length;
    for (let j = 0; j < pieceLength; j++) {
      const char = typeof piece === "number" ? piece : piece.charCodeAt(j);
      if (char === DROPPED) continue;
      if (char === SPACE) {
        space = length > 0;
        continue;
      }
      if (space) FOLDED_BYTES[length++] = SPACE;
      space = false;
      FOLDED_BYTES[length++] = char;
    }
  }
  return FOLDED_BYTES.toString("latin1", 0, length);
}

/** One character's fold: its code when it folds to one character, `DROPPED` to none, else the text. */
function foldPiece(code: number): number | string {
  const piece = foldSteps(String.fromCharCode(code));
  if (piece.length === 0) return DROPPED;
  return piece.length === 1 ? piece.charCodeAt(0) : piece;
}

const SPACE = 0x20;
const DROPPED = -1;
const NOT_YET = -2;
/** Longer texts go to the definition, so the result always fits `FOLDED_BYTES`. */
const FOLD_BY_TABLE_TEXT = 4096;
/** Folds are ASCII: built here, then read out as one string. No character folds to more than four. */
const FOLDED_BYTES = Buffer.alloc(FOLD_BY_TABLE_TEXT * 4);
/** The end of Latin Extended Additional (Vietnamese `ạ` … `ỹ`). */
const LATIN_END = 0x1f00;
const LATIN_FOLDS: Array<number | string> = new Array<number | string>(LATIN_END).fill(NOT_YET);

/** Collapses runs of whitespace (including line breaks inside a cell) into one space and trims. */
export function squashSpaces(text: string): string {
  // Most labels are already squashed: checking is one scan, replacing would build a new string.
  return isSquashed(text) ? text : text.replace(/\s+/g, " ").trim();
}

/** Whether `squashSpaces` would leave a text as it is: no whitespace at either end, none but single plain spaces. */
function isSquashed(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (code < 32 || (code >= 0xa0 && isWideSpace(code))) {
      return false;
    } else {
      previousSpace = false;
    }
  }
  return !previousSpace || text.length === 0;
}

/** The characters above Latin-1's controls that `\s` matches (Unicode spaces, line separators, BOM). */
function isWideSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Excel's longest cell text: 32,767 characters. A reader cuts input there; a writer never goes past it. */
export const EXCEL_MAX_TEXT = 32_767;

/** Text cut to what one Excel cell holds, a cut marked with `…`. */
export function excelText(text: string): string {
  return text.length <= EXCEL_MAX_TEXT ? text : `${text.slice(0, EXCEL_MAX_TEXT - 1)}…`;
}
