import type { Finding } from "../data/diagnostic.js";
import { cellAddress, type GridSheet } from "../data/grid.js";
import { planYearsText } from "../plan/years-text.js";
import type { ColumnInfo } from "./header-band.js";
import { cellAt, cellText, headerLabel } from "./sheet-text.js";
import { singleYear } from "./title.js";

/** The header band of a table: its first and last rows (0-based) and its columns. */
export interface HeaderBand {
  readonly top: number;
  readonly bottom: number;
  readonly columns: readonly ColumnInfo[];
}

/**
 * BC408: the columns whose money the table gives a year the plan does not have — a year column
 * (`Trong đó: 2025`), or, in a table without year columns, the amount column that names its year
 * (`Kinh phí năm 2025`). Their figures are still consolidated under that year, so a form of an old
 * plan read under a new one (2025 figures in a 2026–2027 plan) is named, not added in silence.
 */
export function yearColumnsOutsidePlan(file: string, sheet: GridSheet, band: HeaderBand, planYears: readonly number[]): Finding[] {
  const findings: Finding[] = [];
  const hasYearColumns = band.columns.some((column) => column.role.kind === "year");
  for (const column of band.columns) {
    const year = column.role.kind === "year" ? column.role.year : !hasYearColumns && column.role.kind === "field" && column.role.field === "amount" ? singleYear(column.label) : undefined;
    if (year === undefined || planYears.includes(year)) continue;
    const [row, col] = labelCell(sheet, band, column.col);
    const text = cellText(cellAt(sheet, row, col));
    findings.push({
      file,
      sheet: sheet.name,
      cell: cellAddress(row, col),
      row: row + 1,
      code: "BC408",
      actual: String(year),
      expected: planYearsText(planYears),
      // The header text is worth showing only when it says more than the year (`Kinh phí năm 2025`).
      ...(text === String(year) ? {} : { args: { column: text } }),
    });
  }
  return findings;
}

/** The cell that holds a column's lowest label: its own cell, or the top-left cell of the merge it lies in. */
function labelCell(sheet: GridSheet, band: HeaderBand, col: number): readonly [number, number] {
  for (let r = band.bottom; r >= band.top; r--) {
    if (headerLabel(sheet, sheet.merges, r, col) === "") continue;
    if (cellText(cellAt(sheet, r, col)) !== "") return [r, col];
    const merge = sheet.merges.find((m) => r >= m.top && r <= m.bottom && col >= m.left && col <= m.right);
    if (merge) return [merge.top, merge.left];
  }
  return [band.top, col];
}
