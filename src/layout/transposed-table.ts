import type { Finding } from "../data/diagnostic.js";
import type { GridSheet } from "../data/grid.js";
import { cellAddress } from "../data/grid.js";
import { foldText } from "../data/text.js";
import { AMOUNT_TEXT, cellAt, cellText } from "./sheet-text.js";

/**
 * A year or a period as a row label, folded (parentheses and dashes other than `-` become spaces):
 * `2021`, `Năm 2022`, `2026-2030`, `Giai đoạn 2021 – 2025`, `Năm 2025 (ước thực hiện)`.
 */
const YEAR_ROW = /^(nam |giai doan )?(19|20)\d\d( ?[- ] ?(19|20)?\d\d)?( (uoc thuc hien|uoc|ke hoach|thuc hien|du toan|dieu chinh))?$/;
/** A total row between the years (`Tổng cộng`, `Cộng`): neither a year nor a task. */
const TOTAL_ROW = /^(tong cong|tong so|tong|cong|cong so)\b/;
/** A header label that names a column of years: `Năm`, `Năm ngân sách`, `Giai đoạn`, `Niên độ`. */
const YEAR_HEADER = /^(nam|nam ngan sach|giai doan|nien do|thoi ky)$/;
/** How far down a header of years may start when the sheet has no `STT` header. */
const SEARCH_ROWS = 30;

/** The years a column lists as its rows, when every row label from `from` down is one (at least two). */
export function yearRows(sheet: GridSheet, from: number, col: number): string[] | undefined {
  const years: string[] = [];
  for (let r = from; r < sheet.rows.length; r++) {
    const text = cellText(cellAt(sheet, r, col));
    if (text === "") continue;
    const folded = foldText(text);
    if (TOTAL_ROW.test(folded)) continue;
    if (YEAR_ROW.test(folded)) {
      years.push(text);
      continue;
    }
    // A label that is not a year ends the look: a form's first task name, at once. Under two years or
    // more, a line without figures (`Ghi chú: …`, the place and date) is a note under the table.
    return years.length >= 2 && !hasFigures(sheet.rows[r], col) ? years : undefined;
  }
  return years.length >= 2 ? years : undefined;
}

/** Whether a row holds a figure outside column `col`: a number, or text that reads as an amount. */
function hasFigures(cells: GridSheet["rows"][number], col: number): boolean {
  return (cells ?? []).some(
    (cell, c) => c !== col && cell !== undefined && (cell.value.kind === "number" || (cell.value.kind === "text" && AMOUNT_TEXT.test(cell.value.value.trim()))),
  );
}

/**
 * A transposed table on a sheet without an `STT` header: a header row whose first label is `Năm` (or
 * `Giai đoạn`) beside other labels, over rows that are each a year. Undefined for anything else.
 */
export function transposedWithoutCode(sheet: GridSheet): { row: number; col: number; years: string[] } | undefined {
  const limit = Math.min(SEARCH_ROWS, sheet.rows.length);
  for (let r = 0; r < limit; r++) {
    const cells = sheet.rows[r] ?? [];
    const col = cells.findIndex((cell) => cellText(cell) !== "");
    if (col < 0 || !YEAR_HEADER.test(foldText(cellText(cells[col])))) continue;
    if (cells.filter((cell) => cellText(cell) !== "").length < 2) continue;
    const years = yearRows(sheet, r + 1, col);
    if (years) return { row: r, col, years };
  }
  return undefined;
}

/** The BC121 finding: the table's years as rows, in the column that lists them, headed at `headerRow`. */
export function transposedFinding(file: string, sheet: GridSheet, headerRow: number, col: number, years: readonly string[]): Finding {
  const shown = years.length > 4 ? [...years.slice(0, 3), "…"] : years;
  return {
    file,
    sheet: sheet.name,
    cell: cellAddress(headerRow, col),
    row: headerRow + 1,
    code: "BC121",
    args: { years: shown.join(", "), column: cellText(cellAt(sheet, headerRow, col)) || cellAddress(headerRow, col).replace(/\d+$/, "") },
  };
}
