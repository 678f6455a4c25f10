import type { Cell, GridSheet } from "../data/grid.js";
import { consecutiveRuns } from "../data/grid.js";
import type { Field } from "./columns.js";
import type { ColumnInfo } from "./header-band.js";
import { AMOUNT_TEXT, cellText } from "./sheet-text.js";

/** One data row of the table: the cells of each recognised column, with their addresses. */
export interface RawRow {
  /** 0-based sheet row. */
  readonly row: number;
  readonly hidden: boolean;
  /** 0-based column of the row code, so findings about a row can point at it. */
  readonly codeCol: number;
  readonly fields: ReadonlyMap<Field, Cell>;
  /** The cells of the period columns, by period key (`"2025"`, `"2026-2030"`; `"2025#outturn"` for another phase, see `phasedKey`). */
  readonly periods: ReadonlyMap<string, Cell>;
  readonly groups: ReadonlyMap<string, Cell>;
  /**
   * The cells of the source columns after the first, when the source header spans several (`Nguồn vốn`
   * over `Chi thường xuyên` | `NS tỉnh`): with the first, one combination. Empty when there is one.
   */
  readonly moreSources: readonly Cell[];
}

const NO_CELLS: readonly Cell[] = [];

/** Row codes are short (`1.2.3`, `(12)`, `II`); longer text in the code column is a note. */
const MAX_CODE_LENGTH = 12;

/** The rows under the header band that hold anything, each with the cells of its recognised columns. */
export function dataRows(
  sheet: GridSheet,
  from: number,
  columns: readonly ColumnInfo[],
  fieldColumn: ReadonlyMap<Field, number>,
  moreSourceColumns: readonly number[] = [],
): RawRow[] {
  const rows: RawRow[] = [];
  for (let r = from; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells || cells.every((cell) => cell === undefined)) continue;
    const fields = new Map<Field, Cell>();
    for (const [field, col] of fieldColumn) {
      const cell = cells[col];
      if (cell) fields.set(field, cell);
    }
    const periods = new Map<string, Cell>();
    const groups = new Map<string, Cell>();
    for (const column of columns) {
      const cell = cells[column.col];
      if (!cell) continue;
      if (column.role.kind === "period") periods.set(column.role.key, cell);
      if (column.role.kind === "group") groups.set(column.role.key, cell);
    }
    let moreSources = NO_CELLS;
    for (const col of moreSourceColumns) {
      const cell = cells[col];
      if (cell) moreSources = moreSources === NO_CELLS ? [cell] : [...moreSources, cell];
    }
    rows.push({ row: r, hidden: sheet.hiddenRows.has(r), codeCol: fieldColumn.get("code") ?? 0, fields, periods, groups, moreSources });
  }
  return rows;
}

/** 1-based sheet rows written compactly: `12, 15–17`. */
export function rowRanges(rows: readonly number[]): string {
  return consecutiveRuns(rows)
    .map(([start, end]) => (start === end ? `${start + 1}` : `${start + 1}–${end + 1}`))
    .join(", ");
}

/**
 * Drops the rows after the last row that carries a row code or a figure: notes, the place and date,
 * signatures under the table are not data, even where they sit in an amount column.
 */
export function withoutTrailingNotes(rows: readonly RawRow[]): RawRow[] {
  let last = rows.length - 1;
  while (last >= 0 && !carriesData(rows[last])) last--;
  return rows.slice(0, last + 1);
}

/** Whether a row carries a short row code or a figure in an amount or year column. */
function carriesData(row: RawRow | undefined): boolean {
  if (!row) return false;
  const code = cellText(row.fields.get("code"));
  if (code !== "" && code.length <= MAX_CODE_LENGTH) return true;
  const figure = (cell: Cell | undefined) => cell !== undefined && (cell.value.kind !== "text" || AMOUNT_TEXT.test(cell.value.value.trim()));
  return (["amount", "recurrentTotal", "publicInvestment"] as const).some((field) => figure(row.fields.get(field))) || [...row.periods.values()].some(figure);
}
