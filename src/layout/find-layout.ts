import type { Cell, GridSheet } from "../data/grid.js";
import { cellAddress } from "../data/grid.js";
import type { Finding } from "../data/diagnostic.js";
import { foldText } from "../data/text.js";
import type { Plan } from "../plan/schema.js";
import { classifyColumn, type ColumnRole, type Field } from "./columns.js";
import { cellAt, cellText, headerLabel, sheetWidth } from "./sheet-text.js";
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
export function findLayout(file: string, sheet: GridSheet, plan: Plan): LayoutResult {
  const top = findHeaderTop(sheet);
  if (top === undefined) {
    return { layout: undefined, findings: [{ file, sheet: sheet.name, code: "BC102" }] };
  }
  const width = sheetWidth(sheet);
  const bottom = findHeaderBottom(sheet, top, width);
  const columns = readColumns(sheet, top, bottom, width, plan);
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
  const amountYears = new Set((amountColumn?.label.match(/\b(19|20)\d\d\b/g) ?? []).map(Number));
  const firstDataRow = skipNumberingRow(sheet, bottom + 1, width);
  return {
    layout: {
      sheet: sheet.name,
      headerTop: top,
      headerBottom: bottom,
      columns,
      unit,
      amountYear: amountYears.size === 1 ? [...amountYears][0] : undefined,
      titleLines,
      rows: dataRows(sheet, firstDataRow, columns, fieldColumn),
    },
    findings,
  };
}

/** A header row has a row-code label and at least two other known labels. */
function findHeaderTop(sheet: GridSheet): number | undefined {
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  for (let r = 0; r < limit; r++) {
    const labels = (sheet.rows[r] ?? []).map((cell) => foldText(cellText(cell)));
    const hasCode = labels.some((label) => /^(stt|tt|so tt|so thu tu)$/.test(label));
    const known = labels.filter((label) => /ten|noi dung|danh muc|kinh phi|tong muc|du toan|nguon|co quan/.test(label)).length;
    if (hasCode && known >= 1) return r;
  }
  return undefined;
}

/**
 * The header band ends at the last row that still belongs to a merged header cell starting on the
 * top row, or where the code column first holds a row code, whichever comes first.
 */
function findHeaderBottom(sheet: GridSheet, top: number, width: number): number {
  let bottom = top;
  for (const merge of sheetMerges(sheet)) {
    if (merge.top === top && merge.bottom > bottom) bottom = merge.bottom;
  }
  bottom = Math.min(bottom, top + MAX_HEADER_DEPTH - 1);
  // A header without merges may still have label rows below it (e.g. "Trong đó" split rows).
  while (bottom < top + MAX_HEADER_DEPTH - 1 && isLabelRow(sheet, bottom + 1, width) && rowHasMergeFrom(sheet, bottom)) bottom++;
  return bottom;
}

function sheetMerges(sheet: GridSheet) {
  return sheet.merges;
}

function rowHasMergeFrom(sheet: GridSheet, row: number): boolean {
  return sheet.merges.some((m) => m.top === row && m.bottom === row && m.right > m.left);
}

function isLabelRow(sheet: GridSheet, row: number, width: number): boolean {
  let texts = 0;
  for (let c = 0; c < width; c++) {
    const cell = cellAt(sheet, row, c);
    if (!cell) continue;
    if (cell.value.kind !== "text") return false;
    texts++;
  }
  return texts > 0;
}

/** Rows like `1 2 3 4 …` or `(1) (2) (3)` under a header number the columns: they are not data. */
function skipNumberingRow(sheet: GridSheet, row: number, width: number): number {
  const texts: string[] = [];
  for (let c = 0; c < width; c++) {
    const text = cellText(cellAt(sheet, row, c));
    if (text !== "") texts.push(text.replace(/[()]/g, ""));
  }
  const sequential = texts.length >= 3 && texts.every((text, i) => text === String(i + 1));
  return sequential ? row + 1 : row;
}

function readColumns(sheet: GridSheet, top: number, bottom: number, width: number, plan: Plan): ColumnInfo[] {
  const columns: ColumnInfo[] = [];
  for (let c = 0; c < width; c++) {
    const labels: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const label = headerLabel(sheet, sheet.merges, r, c);
      if (label !== "" && labels.at(-1) !== label) labels.push(label);
    }
    if (labels.length === 0) continue;
    columns.push({ col: c, label: labels.join(" › "), role: classifyColumn(labels, plan) });
  }
  return columns;
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
