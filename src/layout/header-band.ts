import type { GridSheet } from "../data/grid.js";
import { foldText } from "../data/text.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { closestField } from "./closest-role.js";
import { CODE_LABEL, KNOWN_LABEL } from "./column-vocabulary-patterns.js";
import { type ColumnRole, classifyColumn, isPlaceColumn } from "./columns.js";
import { AMOUNT_TEXT, cellAt, cellText, headerLabel } from "./sheet-text.js";

/** How far down the header band may start. */
const HEADER_SEARCH_ROWS = 30;
/** How many rows a header band may span. */
const MAX_HEADER_DEPTH = 4;

/** A recognised column, for reports. */
export interface ColumnInfo {
  readonly col: number;
  readonly label: string;
  readonly role: ColumnRole;
}

/** A header row has a row-code label and at least one other known label. */
export function findHeaderTop(sheet: GridSheet): { row: number; codeCol: number } | undefined {
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  for (let r = 0; r < limit; r++) {
    const labels = (sheet.rows[r] ?? []).map((cell) => foldText(cellText(cell)));
    const codeCol = labels.findIndex((label) => CODE_LABEL.test(label));
    if (codeCol < 0) continue;
    // A label the tool does not know but can place near a role (`Mức hỗ trợ`) still tells the header, so
    // the columns are reported with their closest role (BC104) and the missing one named (BC103).
    if (labels.some((label, c) => c !== codeCol && (KNOWN_LABEL.test(label) || (label !== "" && closestField([label]) !== undefined)))) {
      return { row: r, codeCol };
    }
  }
  return undefined;
}

/**
 * The header band ends at the last row of the merged header cells starting on the top row, extended
 * (up to four rows) by rows that still hold only labels and nothing in the code column: sub-labels
 * under a merged parent, or, in a CSV export where merges are lost, under a column the band left empty.
 */
export function findHeaderBottom(sheet: GridSheet, top: number, width: number, codeCol: number): number {
  let bottom = top;
  for (const merge of sheet.merges) {
    if (merge.top === top && merge.bottom > bottom) bottom = merge.bottom;
  }
  bottom = Math.min(bottom, top + MAX_HEADER_DEPTH - 1);
  while (bottom < top + MAX_HEADER_DEPTH - 1 && continuesHeader(sheet, top, bottom, width, codeCol)) bottom++;
  return bottom;
}

/** Whether the row under the band so far still belongs to it. */
function continuesHeader(sheet: GridSheet, top: number, bottom: number, width: number, codeCol: number): boolean {
  const row = bottom + 1;
  if (!isLabelRow(sheet, row, width) || cellText(cellAt(sheet, row, codeCol)) !== "" || isNumberingRow(sheet, row, width)) return false;
  if (rowHasMergeFrom(sheet, bottom)) return true;
  for (let c = 0; c < width; c++) {
    if (cellText(cellAt(sheet, row, c)) === "") continue;
    let empty = true;
    for (let r = top; r <= bottom && empty; r++) empty = headerLabel(sheet, sheet.merges, r, c) === "";
    if (empty) return true;
  }
  return false;
}

/** Whether a merge spans columns within one row: a parent label whose sub-labels are on the next row. */
function rowHasMergeFrom(sheet: GridSheet, row: number): boolean {
  return sheet.merges.some((m) => m.top === row && m.bottom === row && m.right > m.left);
}

/** A row of labels: some text, and no figures other than years (`2025` typed as a number). */
function isLabelRow(sheet: GridSheet, row: number, width: number): boolean {
  let texts = 0;
  for (let c = 0; c < width; c++) {
    const cell = cellAt(sheet, row, c);
    if (!cell) continue;
    if (cell.value.kind === "number" && !isYear(cell.value.value)) return false;
    if (cell.value.kind === "text" && !YEAR_TEXT.test(cell.value.value.trim()) && AMOUNT_TEXT.test(cell.value.value.trim())) return false;
    if (cell.value.kind !== "text" && cell.value.kind !== "number") return false;
    texts++;
  }
  return texts > 0;
}

const YEAR_TEXT = /^(19|20)\d\d$/;

/** Whether a number is a year a header names (`2025` typed as a number). */
function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2099;
}

/** A column number as printed: `1`, `(1)`, `3=1+2`, `(3) = (1) + (2)`; or a letter `A`, `(B)`. */
const COLUMN_NUMBER = /^\(?(\d{1,3}|[A-Z])\)?(\s*=.*)?$/;

/**
 * Rows that number the columns under a header are not data: `1 | 2 | 3 …`, `(1) | (2) | (3)`, and letters
 * first for the text columns, `A | B | 1 | 2 | 3` (letters from A, then numbers from 1, in order).
 */
export function isNumberingRow(sheet: GridSheet, row: number, width: number): boolean {
  let count = 0;
  let letters = 0;
  for (let c = 0; c < width; c++) {
    const text = cellText(cellAt(sheet, row, c));
    if (text === "") continue;
    const mark = COLUMN_NUMBER.exec(text)?.[1];
    if (mark === undefined) return false;
    const isLetter = mark >= "A" && mark <= "Z";
    if (isLetter) {
      // Letters come first, in order from A.
      if (count !== letters || mark.charCodeAt(0) !== 65 + letters) return false;
      letters++;
    } else if (Number(mark) !== count - letters + 1) {
      return false;
    }
    count++;
  }
  return count >= 3 && count > letters;
}

/** The columns the header band labels, each with its joined label and what it holds. */
export function readColumns(sheet: GridSheet, top: number, bottom: number, width: number, index: PlanIndex): ColumnInfo[] {
  const band = bandLabels(sheet, top, bottom, width);
  const columns: ColumnInfo[] = [];
  for (let c = 0; c < width; c++) {
    const labels: string[] = [];
    for (const row of band) {
      const label = row[c] ?? "";
      if (label !== "" && labels.at(-1) !== label) labels.push(label);
    }
    if (labels.length === 0) continue;
    columns.push({ col: c, label: labels.join(" › "), role: classifyColumn(labels, index) });
  }
  return withoutPlaceNames(columns);
}

/** A place column (`Tỉnh`, `Địa phương`) is the name only where no other column names the rows; else unknown, and reported. */
function withoutPlaceNames(columns: ColumnInfo[]): ColumnInfo[] {
  const isName = (column: ColumnInfo) => column.role.kind === "field" && column.role.field === "name";
  if (!columns.some((column) => isName(column) && !isPlaceColumn(column.label))) return columns;
  return columns.map((column) => (isName(column) && isPlaceColumn(column.label) ? { ...column, role: { kind: "unknown" } } : column));
}

/**
 * The label of every position of the header band. Merged cells give their label to every column they
 * span. Where merges were lost (a CSV export keeps a merged label in its first column only), a label
 * with sub-labels under it spreads right over the empty positions that also have sub-labels under
 * them, up to the next label: `Trong đó:` over the columns `2025`, `2026`.
 */
function bandLabels(sheet: GridSheet, top: number, bottom: number, width: number): string[][] {
  const band: string[][] = [];
  for (let r = top; r <= bottom; r++) band.push(Array.from({ length: width }, (_, c) => headerLabel(sheet, sheet.merges, r, c)));
  const hasBelow = (i: number, c: number) => band.slice(i + 1).some((row) => (row[c] ?? "") !== "");
  band.forEach((labels, i) => {
    if (i === band.length - 1) return;
    let parent: string | undefined;
    for (let c = 0; c < width; c++) {
      const label = labels[c] ?? "";
      if (label !== "") {
        const merged = sheet.merges.some((m) => top + i >= m.top && top + i <= m.bottom && c >= m.left && c <= m.right);
        parent = !merged && hasBelow(i, c) ? label : undefined;
      } else if (parent !== undefined && hasBelow(i, c)) {
        labels[c] = parent;
      } else {
        parent = undefined;
      }
    }
  });
  return band;
}
