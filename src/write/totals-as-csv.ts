import { csvField } from "./csv-cell.js";
import type { TotalsGrid } from "./totals-grid.js";

/** Renders the totals grid as CSV (UTF-8, comma separated, amounts as exact decimal strings in triệu đồng). */
export function totalsAsCsv(grid: TotalsGrid): string {
  const head = ["kind", "code", "label", ...grid.columns].map((h) => csvField(h));
  const rows = grid.lines.map((line) =>
    [csvField(line.kind), csvField(line.code), csvField(line.label), ...line.values.map((v) => csvField(v ? v.toFixed() : "0", "amount"))].join(","),
  );
  return `${[head.join(","), ...rows].join("\n")}\n`;
}
