import type { Finding } from "../data/diagnostic.js";
import { cellAddress, type GridSheet } from "../data/grid.js";
import { planYearsText } from "../plan/years-text.js";
import type { ColumnInfo } from "./header-band.js";
import { cellAt, cellText, headerLabel } from "./sheet-text.js";
import { linesAbove, singleYear, titleYear } from "./title.js";

/** The header band of a table: its first and last rows (0-based) and its columns. */
export interface HeaderBand {
  readonly top: number;
  readonly bottom: number;
  readonly columns: readonly ColumnInfo[];
}

/**
 * BC408: the columns whose money the table gives a year the plan does not have — a year column
 * (`Trong đó: 2025`), or, in a table without year columns, the amount column that names its year
 * (`Kinh phí năm 2025`) or whose year the title states (`… NĂM 2025`). Their figures are still
 * consolidated under that year, so a form of an old plan read under a new one (2025 figures in a
 * 2026–2027 plan) is named, not added in silence. Mirrors how `findLayout` gives amounts a year.
 */
export function yearColumnsOutsidePlan(file: string, sheet: GridSheet, band: HeaderBand, planYears: readonly number[]): Finding[] {
  const finding = (year: number, row: number, col: number, args: Readonly<Record<string, string>>): Finding => ({
    file,
    sheet: sheet.name,
    cell: cellAddress(row, col),
    row: row + 1,
    code: "BC408",
    actual: String(year),
    expected: planYearsText(planYears),
    ...(Object.keys(args).length > 0 ? { args } : {}),
  });
  const outside = (year: number | undefined): year is number => year !== undefined && !planYears.includes(year);

  const years = band.columns.flatMap((column) => (column.role.kind === "year" ? [{ col: column.col, year: column.role.year }] : []));
  if (years.length > 0) {
    return years
      .filter(({ year }) => outside(year))
      .map(({ col, year }) => {
        const [row, at] = labelCell(sheet, band, col, year);
        return finding(year, row, at, {});
      });
  }
  const amount = band.columns.find((column) => column.role.kind === "field" && column.role.field === "amount");
  if (!amount) return [];
  const named = singleYear(amount.label);
  if (named !== undefined) {
    if (!outside(named)) return [];
    const [row, col] = labelCell(sheet, band, amount.col, named);
    return [finding(named, row, col, { column: cellText(cellAt(sheet, row, col)) })];
  }
  const titled = titleYear(linesAbove(sheet, band.top));
  if (!outside(titled)) return [];
  const [row, col] = titleCell(sheet, band.top, titled);
  return [finding(titled, row, col, { title: cellText(cellAt(sheet, row, col)) })];
}

/**
 * The header cell that writes a column's year: the lowest label of the column naming it, as its own
 * cell or the top-left cell of the merge it lies in (`Kinh phí năm 2025` merged over two columns).
 */
function labelCell(sheet: GridSheet, band: HeaderBand, col: number, year: number): readonly [number, number] {
  for (let r = band.bottom; r >= band.top; r--) {
    if (!headerLabel(sheet, sheet.merges, r, col).includes(String(year))) continue;
    if (cellText(cellAt(sheet, r, col)) !== "") return [r, col];
    const merge = sheet.merges.find((m) => r >= m.top && r <= m.bottom && col >= m.left && col <= m.right);
    if (merge) return [merge.top, merge.left];
  }
  return [band.top, col];
}

/** The cell of the title block that states the year (`titleYear` of its text alone). */
function titleCell(sheet: GridSheet, top: number, year: number): readonly [number, number] {
  for (let r = 0; r < top; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) if (titleYear([cellText(row[c])]) === year) return [r, c];
  }
  return [0, 0];
}
