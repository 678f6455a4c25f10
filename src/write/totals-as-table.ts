import Table from "cli-table3";
import type { TotalsGrid } from "./totals-grid.js";
import { formatVietnamese } from "./format-number.js";

/** Renders the totals grid as a terminal table (cli-table3), amounts with Vietnamese grouping. */
export function totalsAsTable(grid: TotalsGrid, options: { color: boolean }): string {
  const table = new Table({
    head: ["TT", "Cơ quan, đơn vị", ...grid.columns],
    colAligns: ["left", "left", ...grid.columns.map(() => "right" as const)],
    style: options.color ? {} : { head: [], border: [] },
  });
  for (const line of grid.lines) {
    table.push([line.code, line.label, ...line.values.map((v) => (v ? formatVietnamese(v) : "-"))]);
  }
  return `${table.toString()}\n(đơn vị: triệu đồng)\n`;
}
