import type { Cell, GridSheet, MergedRange } from "../data/grid.js";
import { squashSpaces } from "../data/text.js";

/** Text that reads as an amount (`31.575`, `(1.000)`, `0,5 đ`): a data row, not labels. */
export const AMOUNT_TEXT = /^[(\-−]?\s*\d[\d.,\s]*\)?\s*(đ|đồng)?$/i;

/** The text a cell shows for layout purposes: text as is, numbers in plain notation, nothing else. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.value.kind === "text") return squashSpaces(cell.value.value);
  if (cell.value.kind === "number") return String(cell.value.value);
  return "";
}

/**
 * A cell's text line by line: each line's spaces squashed, empty lines dropped, lines joined by `\n`
 * (a source cell's `- Chi thường xuyên` / `- ĐTPT (2026-2030)`). Text of one line is `cellText`'s.
 */
export function cellLines(cell: Cell | undefined): string {
  if (cell?.value.kind !== "text" || !/[\r\n]/.test(cell.value.value)) return cellText(cell);
  return cell.value.value
    .split(/\r?\n|\r/)
    .map(squashSpaces)
    .filter((line) => line !== "")
    .join("\n");
}

/** The cell at a position, or undefined. */
export function cellAt(sheet: GridSheet, row: number, col: number): Cell | undefined {
  return sheet.rows[row]?.[col];
}

/**
 * The label a header position shows: its own text, or, inside a merged area, the text of the area's
 * top-left cell — so a label merged across columns belongs to every column under it.
 */
export function headerLabel(sheet: GridSheet, merges: readonly MergedRange[], row: number, col: number): string {
  const own = cellText(cellAt(sheet, row, col));
  if (own !== "") return own;
  const merge = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  return merge ? cellText(cellAt(sheet, merge.top, merge.left)) : "";
}

/** The number of columns the sheet uses (the widest stored row). */
export function sheetWidth(sheet: GridSheet): number {
  let width = 0;
  for (const row of sheet.rows) if (row && row.length > width) width = row.length;
  return width;
}
