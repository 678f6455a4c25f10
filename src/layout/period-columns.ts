import type { Finding } from "../data/diagnostic.js";
import { cellAddress, type GridSheet } from "../data/grid.js";
import { type Period, periodText } from "../data/period.js";
import { inPlan, planPeriodsText } from "../plan/years-text.js";
import type { ColumnInfo } from "./header-band.js";
import { cellAt, cellText, headerLabel } from "./sheet-text.js";
import { labelPeriod, linesAbove, titlePeriod } from "./title.js";

/** What of a plan says its periods. */
type PlanPeriods = Parameters<typeof inPlan>[1];

/** The header band of a table: its first and last rows (0-based) and its columns. */
export interface HeaderBand {
  readonly top: number;
  readonly bottom: number;
  readonly columns: readonly ColumnInfo[];
}

/**
 * BC408: the columns whose money the table gives a period the plan does not have — a period column
 * (`Trong đó: 2025`, `2026 - 2030`), or, in a table without period columns, the amount column that
 * names its period (`Kinh phí năm 2025`) or, when no row has a period cell, whose period the title
 * states (`… NĂM 2025`). Their figures are still consolidated under that period, so a form of an old
 * plan read under a new one (2025 figures in a 2026–2027 plan) is named, not added in silence. Mirrors
 * how `findLayout` and `parseSheet` give amounts a period.
 */
export function periodColumnsOutsidePlan(file: string, sheet: GridSheet, band: HeaderBand, plan: PlanPeriods): Finding[] {
  const finding = (period: Period, row: number, col: number, args: Readonly<Record<string, string>>): Finding => ({
    file,
    sheet: sheet.name,
    cell: cellAddress(row, col),
    row: row + 1,
    code: "BC408",
    actual: periodText(period.key),
    expected: planPeriodsText(plan),
    ...(Object.keys(args).length > 0 ? { args } : {}),
  });
  const outside = (period: Period | undefined): period is Period => period !== undefined && !inPlan(period, plan);

  const periods = band.columns.flatMap((column) => (column.role.kind === "period" ? [{ col: column.col, period: column.role.period }] : []));
  if (periods.length > 0) {
    return periods
      .filter(({ period }) => outside(period))
      .map(({ col, period }) => {
        const [row, at] = labelCell(sheet, band, col, period);
        return finding(period, row, at, {});
      });
  }
  const amount = band.columns.find((column) => column.role.kind === "field" && column.role.field === "amount");
  if (!amount) return [];
  const named = labelPeriod(amount.label);
  if (named !== undefined) {
    if (!outside(named)) return [];
    const [row, col] = labelCell(sheet, band, amount.col, named);
    return [finding(named, row, col, { column: cellText(cellAt(sheet, row, col)) })];
  }
  // A table with a period column gives each row the period of its cell (BC402 checks those).
  if (band.columns.some((column) => column.role.kind === "field" && column.role.field === "period")) return [];
  const titled = titlePeriod(linesAbove(sheet, band.top));
  if (!outside(titled)) return [];
  const [row, col] = titleCell(sheet, band.top, titled);
  return [finding(titled, row, col, { title: cellText(cellAt(sheet, row, col)) })];
}

/**
 * The header cell that writes a column's period: the lowest label of the column naming its first year, as its own
 * cell or the top-left cell of the merge it lies in (`Kinh phí năm 2025` merged over two columns).
 */
function labelCell(sheet: GridSheet, band: HeaderBand, col: number, period: Period): readonly [number, number] {
  for (let r = band.bottom; r >= band.top; r--) {
    if (!headerLabel(sheet, sheet.merges, r, col).includes(String(period.first))) continue;
    if (cellText(cellAt(sheet, r, col)) !== "") return [r, col];
    const merge = sheet.merges.find((m) => r >= m.top && r <= m.bottom && col >= m.left && col <= m.right);
    if (merge) return [merge.top, merge.left];
  }
  return [band.top, col];
}

/** The cell of the title block that states the period (`titlePeriod` of its text alone). */
function titleCell(sheet: GridSheet, top: number, period: Period): readonly [number, number] {
  for (let r = 0; r < top; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) if (titlePeriod([cellText(row[c])]) === period) return [r, c];
  }
  return [0, 0];
}
