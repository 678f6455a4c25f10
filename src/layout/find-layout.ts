import type { Cell, GridSheet } from "../data/grid.js";
import { cellAddress, consecutiveRuns } from "../data/grid.js";
import type { Finding } from "../data/diagnostic.js";
import { foldText } from "../data/text.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { classifyColumn, type ColumnRole, type Field } from "./columns.js";
import { cellAt, cellText, headerLabel, sheetWidth } from "./sheet-text.js";
import { numberConvention, type NumberConvention } from "./number-convention.js";
import { findUnit, type Unit } from "./unit.js";

/** How far down the header band may start. */
const HEADER_SEARCH_ROWS = 30;
/** How many rows a header band may span. */
const MAX_HEADER_DEPTH = 4;
const REQUIRED: readonly Field[] = ["code", "name", "amount"];

/** One data row of the table: the cells of each recognised column, with their addresses. */
export interface RawRow {
  /** 0-based sheet row. */
  readonly row: number;
  readonly hidden: boolean;
  /** 0-based column of the row code, so findings about a row can point at it. */
  readonly codeCol: number;
  readonly fields: ReadonlyMap<Field, Cell>;
  readonly years: ReadonlyMap<number, Cell>;
  readonly groups: ReadonlyMap<string, Cell>;
}

/** A recognised column, for reports. */
export interface ColumnInfo {
  readonly col: number;
  readonly label: string;
  readonly role: ColumnRole;
}

/** The table found on a sheet. */
export interface SheetLayout {
  readonly sheet: string;
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly columns: readonly ColumnInfo[];
  readonly unit: Unit;
  /** The year the amount column belongs to when its header names one (`Kinh phí năm 2025`). */
  readonly amountYear: number | undefined;
  /** How the file writes number text, when its text amounts tell (decides `1.5` and `1,500`). */
  readonly numberConvention: NumberConvention | undefined;
  /** Text lines above the header: the title block. */
  readonly titleLines: readonly string[];
  readonly rows: readonly RawRow[];
}

/** The layout of a sheet, or nothing, with the findings made on the way. */
export interface LayoutResult {
  readonly layout: SheetLayout | undefined;
  readonly findings: readonly Finding[];
}

/**
 * Finds the table on a sheet: the header band anywhere in the first 30 rows (1–4 rows deep, merged
 * cells spread over their columns), what each column holds, the unit line, and the data rows.
 */
export function findLayout(file: string, sheet: GridSheet, index: PlanIndex): LayoutResult {
  const header = findHeaderTop(sheet);
  if (header === undefined) {
    return { layout: undefined, findings: [{ file, sheet: sheet.name, code: "BC102" }] };
  }
  const top = header.row;
  const width = sheetWidth(sheet);
  const bottom = findHeaderBottom(sheet, top, width, header.codeCol);
  const columns = readColumns(sheet, top, bottom, width, index);
  const findings: Finding[] = [];

  const fieldColumn = new Map<Field, number>();
  for (const column of columns) {
    if (column.role.kind === "field" && !fieldColumn.has(column.role.field)) fieldColumn.set(column.role.field, column.col);
    if (column.role.kind === "unknown" && column.label !== "") {
      findings.push({ file, sheet: sheet.name, cell: cellAddress(top, column.col), row: top + 1, code: "BC104", args: { label: column.label } });
    }
  }
  const missing = REQUIRED.filter((field) => !fieldColumn.has(field));
  if (missing.length > 0) {
    findings.push({ file, sheet: sheet.name, cell: cellAddress(top, 0), row: top + 1, code: "BC103", args: { columns: missing.join(", ") } });
    return { layout: undefined, findings };
  }

  const titleLines = linesAbove(sheet, top);
  const unit = findUnit(titleLines, columns.map((c) => c.label));
  if (!unit.found) findings.push({ file, sheet: sheet.name, code: "BC105", args: { text: unit.text } });

  const amountColumn = columns.find((c) => c.role.kind === "field" && c.role.field === "amount");
  const hasYearColumns = columns.some((c) => c.role.kind === "year");
  const amountYear = singleYear(amountColumn?.label ?? "") ?? (hasYearColumns ? undefined : titleYear(titleLines));
  const firstDataRow = isNumberingRow(sheet, bottom + 1, width) ? bottom + 2 : bottom + 1;
  const rows = withoutTrailingNotes(dataRows(sheet, firstDataRow, columns, fieldColumn));
  const hidden = rows.filter((row) => row.hidden).map((row) => row.row);
  const [firstHidden] = hidden;
  if (firstHidden !== undefined) {
    findings.push({ file, sheet: sheet.name, cell: cellAddress(firstHidden, header.codeCol), row: firstHidden + 1, code: "BC108", args: { count: String(hidden.length), rows: rowRanges(hidden) } });
  }
  return {
    layout: {
      sheet: sheet.name,
      headerTop: top,
      headerBottom: bottom,
      columns,
      unit,
      amountYear,
      numberConvention: numberConvention(rows),
      titleLines,
      rows,
    },
    findings,
  };
}

/** The one year a label names (`Kinh phí năm 2025`), or undefined when it names none or several. */
function singleYear(label: string): number | undefined {
  const years = new Set((label.match(/\b(19|20)\d\d\b/g) ?? []).map(Number));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * The year a title block gives the money of a table without year columns (`DỰ KIẾN NHIỆM VỤ … VÀ KINH
 * PHÍ NĂM 2025`). Dates (`ngày … tháng 7 năm 2025`) do not count: they say when a letter was signed.
 */
function titleYear(lines: readonly string[]): number | undefined {
  const years = new Set<number>();
  for (const line of lines) {
    const folded = foldText(line).replace(/thang \S* nam (19|20)\d\d/g, "");
    for (const match of folded.matchAll(/\bnam ((19|20)\d\d)\b/g)) years.add(Number(match[1]));
  }
  return years.size === 1 ? [...years][0] : undefined;
}

const CODE_LABEL = /^(stt|tt|so tt|so thu tu)$/;

/** A header row has a row-code label and at least one other known label. */
function findHeaderTop(sheet: GridSheet): { row: number; codeCol: number } | undefined {
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  for (let r = 0; r < limit; r++) {
    const labels = (sheet.rows[r] ?? []).map((cell) => foldText(cellText(cell)));
    const codeCol = labels.findIndex((label) => CODE_LABEL.test(label));
    const known = labels.filter((label) => /ten|noi dung|danh muc|kinh phi|tong muc|du toan|nguon|co quan/.test(label)).length;
    if (codeCol >= 0 && known >= 1) return { row: r, codeCol };
  }
  return undefined;
}

/**
 * The header band ends at the last row of the merged header cells starting on the top row, extended
 * (up to four rows) by rows that still hold only labels and nothing in the code column: sub-labels
 * under a merged parent, or, in a CSV export where merges are lost, under a column the band left empty.
 */
function findHeaderBottom(sheet: GridSheet, top: number, width: number, codeCol: number): number {
  let bottom = top;
  for (const merge of sheet.merges) {
    if (merge.top === top && merge.bottom > bottom) bottom = merge.bottom;
  }
  bottom = Math.min(bottom, top + MAX_HEADER_DEPTH - 1);
  while (bottom < top + MAX_HEADER_DEPTH - 1 && continuesHeader(sheet, top, bottom, width, codeCol)) bottom++;
  return bottom;
}

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
/** Row codes are short (`1.2.3`, `(12)`, `II`); longer text in the code column is a note. */
const MAX_CODE_LENGTH = 12;
/** Text that reads as an amount (`31.575`, `(1.000)`, `0,5 đ`): a data row, not labels. */
const AMOUNT_TEXT = /^[(\-−]?\s*\d[\d.,\s]*\)?\s*(đ|đồng)?$/i;

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2099;
}

/** Rows like `1 2 3 4 …` or `(1) (2) (3)` under a header number the columns: they are not data. */
function isNumberingRow(sheet: GridSheet, row: number, width: number): boolean {
  const texts: string[] = [];
  for (let c = 0; c < width; c++) {
    const text = cellText(cellAt(sheet, row, c));
    if (text !== "") texts.push(text.replace(/[()]/g, ""));
  }
  return texts.length >= 3 && texts.every((text, i) => text === String(i + 1));
}

function readColumns(sheet: GridSheet, top: number, bottom: number, width: number, index: PlanIndex): ColumnInfo[] {
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
  return columns;
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

function linesAbove(sheet: GridSheet, top: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < top; r++) {
    const text = (sheet.rows[r] ?? []).map(cellText).filter((t) => t !== "").join(" ");
    if (text !== "") lines.push(text);
  }
  return lines;
}

function dataRows(sheet: GridSheet, from: number, columns: readonly ColumnInfo[], fieldColumn: ReadonlyMap<Field, number>): RawRow[] {
  const rows: RawRow[] = [];
  for (let r = from; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells || cells.every((cell) => cell === undefined)) continue;
    const fields = new Map<Field, Cell>();
    for (const [field, col] of fieldColumn) {
      const cell = cells[col];
      if (cell) fields.set(field, cell);
    }
    const years = new Map<number, Cell>();
    const groups = new Map<string, Cell>();
    for (const column of columns) {
      const cell = cells[column.col];
      if (!cell) continue;
      if (column.role.kind === "year") years.set(column.role.year, cell);
      if (column.role.kind === "group") groups.set(column.role.key, cell);
    }
    rows.push({ row: r, hidden: sheet.hiddenRows.has(r), codeCol: fieldColumn.get("code") ?? 0, fields, years, groups });
  }
  return rows;
}

/** 1-based sheet rows written compactly: `12, 15–17`. */
function rowRanges(rows: readonly number[]): string {
  return consecutiveRuns(rows)
    .map(([start, end]) => (start === end ? `${start + 1}` : `${start + 1}–${end + 1}`))
    .join(", ");
}

/**
 * Drops the rows after the last row that carries a row code or a figure: notes, the place and date,
 * signatures under the table are not data, even where they sit in an amount column.
 */
function withoutTrailingNotes(rows: readonly RawRow[]): RawRow[] {
  let last = rows.length - 1;
  while (last >= 0 && !carriesData(rows[last])) last--;
  return rows.slice(0, last + 1);
}

function carriesData(row: RawRow | undefined): boolean {
  if (!row) return false;
  const code = cellText(row.fields.get("code"));
  if (code !== "" && code.length <= MAX_CODE_LENGTH) return true;
  const figure = (cell: Cell | undefined) =>
    cell !== undefined && (cell.value.kind !== "text" || AMOUNT_TEXT.test(cell.value.value.trim()));
  return (["amount", "recurrentTotal", "publicInvestment"] as const).some((field) => figure(row.fields.get(field))) || [...row.years.values()].some(figure);
}
