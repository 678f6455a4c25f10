import { terminalTable, type Alignment } from "./terminal-table.js";
import type { TotalsGrid } from "./totals-grid.js";
import { formatVietnamese } from "./format-number.js";

/** Renders the totals grid as a terminal table, a rule between lines, amounts with Vietnamese grouping. */
export function totalsAsTable(grid: TotalsGrid, options: { color: boolean }): string {
  const table = terminalTable(
    {
      head: ["TT", "Cơ quan, đơn vị", ...grid.columns],
      rows: grid.lines.map((line) => [line.code, line.label, ...line.values.map((v) => (v ? formatVietnamese(v) : "-"))]),
      align: ["left", "left", ...grid.columns.map((): Alignment => "right")],
      rowRules: true,
    },
    options,
  );
  return `${table}\n(đơn vị: triệu đồng)\n`;
}
