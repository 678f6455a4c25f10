import { cellAddress, consecutiveRuns } from "../../data/grid.js";
import type { CapitalFontCell } from "./capital-fonts.js";
import { type LegacyEncoding, legacyToUnicode } from "./legacy-codec.js";
import { detectLegacyEncoding } from "./legacy-detection.js";

/** A text cell that may hold legacy-encoded Vietnamese, with its text exactly as stored. */
export interface LegacyCandidate {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** The cells converted from one legacy encoding. */
export interface LegacyConversion {
  readonly encoding: LegacyEncoding;
  /** A1 addresses, in sheet order. */
  readonly cells: readonly string[];
}

/** The outcome of the legacy pass over one sheet: converted texts by candidate index, and what was converted. */
export interface LegacyPass {
  readonly texts: ReadonlyArray<string | undefined>;
  readonly conversions: readonly LegacyConversion[];
}

/**
 * Whether a cell's text can be legacy-encoded Vietnamese: it holds Latin-1 letters or symbols
 * (0x80–0xFF, where TCVN3 and VNI put their codes) and none of the letters only Unicode Vietnamese
 * has (ă đ ơ ư ĩ ũ in Latin Extended, ạ…ỹ, combining marks). One pass over the characters, no regex:
 * this runs on every text cell.
 */
export function isLegacyCandidate(text: string): boolean {
  let latin1 = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c <= 0xff) latin1 = true;
    else if ((c >= 0x100 && c <= 0x24f) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return false;
  }
  return latin1;
}

/**
 * Decides, column by column, whether candidate cells hold Vietnamese typed in a legacy font encoding,
 * and converts those that do. A column's own text decides; a column with too little text to decide
 * alone follows the verdict of the whole sheet. Converted texts are NFC; others are left undefined.
 * `capitalFont` tells which cells are set in a TCVN3 capital font (`.VnTimeH`): their TCVN3 text is
 * converted to capitals, as the font shows it; it is asked only about cells being converted.
 */
export function convertLegacyCells(candidates: readonly LegacyCandidate[], capitalFont?: CapitalFontCell): LegacyPass {
  const texts: (string | undefined)[] = [];
  if (candidates.length === 0) return { texts, conversions: [] };
  const byColumn = new Map<number, number[]>();
  candidates.forEach((cell, index) => {
    const list = byColumn.get(cell.col);
    if (list) list.push(index);
    else byColumn.set(cell.col, [index]);
  });
  // Boxed so that a verdict of null is remembered too: weighing the whole sheet again for each of
  // thousands of undecided columns would be quadratic.
  let sheetVerdict: { readonly encoding: LegacyEncoding | null } | undefined;
  const converted = new Map<LegacyEncoding, number[]>();
  for (const indexes of byColumn.values()) {
    let encoding = detectLegacyEncoding(indexes.map((i) => candidates[i]?.text ?? "").join(" "));
    if (encoding === null) {
      sheetVerdict ??= { encoding: detectLegacyEncoding(candidates.map((cell) => cell.text).join(" ")) };
      encoding = sheetVerdict.encoding;
    }
    if (encoding === null) continue;
    for (const index of indexes) {
      const cell = candidates[index];
      if (cell === undefined) continue;
      const capitals = encoding === "tcvn3" && capitalFont?.(cell.row, cell.col) === true;
      const unicode = legacyToUnicode(cell.text, encoding, { capitals });
      if (unicode === cell.text.normalize("NFC")) continue;
      texts[index] = unicode;
      const list = converted.get(encoding);
      if (list) list.push(index);
      else converted.set(encoding, [index]);
    }
  }
  const conversions = [...converted].map(([encoding, indexes]) => ({
    encoding,
    cells: indexes
      .map((i) => candidates[i])
      .filter((cell): cell is LegacyCandidate => cell !== undefined)
      .sort((a, b) => a.row - b.row || a.col - b.col)
      .map((cell) => cellAddress(cell.row, cell.col)),
  }));
  return { texts, conversions };
}

/** The name of a legacy encoding as users know it. */
export function legacyEncodingName(encoding: LegacyEncoding): string {
  return encoding === "tcvn3" ? "TCVN3 (ABC)" : "VNI-Windows";
}

/**
 * Writes a list of A1 addresses compactly: runs down one column become ranges (`B7:B12, C7`), and
 * past `limit` entries the rest is counted (`… +40`).
 */
export function compactCells(cells: readonly string[], limit = 12): string {
  const parsed = cells.map((cell) => {
    const match = /^([A-Z]+)(\d+)$/.exec(cell);
    return { col: match?.[1] ?? cell, row: Number(match?.[2] ?? 0) };
  });
  const byColumn = new Map<string, number[]>();
  for (const { col, row } of parsed) {
    const rows = byColumn.get(col);
    if (rows) rows.push(row);
    else byColumn.set(col, [row]);
  }
  const parts = [...byColumn].flatMap(([col, rows]) =>
    consecutiveRuns(rows).map(([start, end]) => (start === end ? `${col}${start}` : `${col}${start}:${col}${end}`)),
  );
  return parts.length <= limit ? parts.join(", ") : `${parts.slice(0, limit).join(", ")}, … +${parts.length - limit}`;
}
