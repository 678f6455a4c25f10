import type { Pivot } from "../aggregate/pivot.js";
import type { RollupDimension } from "../aggregate/rollup.js";
import { csvField } from "./csv-cell.js";
import { percentOf, rollupLines } from "./rollup-lines.js";

/**
 * Renders a rollup as CSV: `kind`, `level`, the row dimensions (labels, as the table prints them:
 * inputs by name, `Không ghi nguồn` for no source), one column per
 * year (`""` year as `unsplit`), `total`, then `change_<from>_<to>` and `percent_<from>_<to>` for each
 * pair of consecutive years. Amounts are exact decimals in triệu đồng.
 */
export function rollupAsCsv(rollup: Pivot<RollupDimension>): string {
  const lines = rollupLines(rollup);
  const pairs = lines[0]?.changes.map((c) => `${c.from}_${c.to}`) ?? [];
  const head = [
    "kind",
    "level",
    ...rollup.by,
    ...rollup.columns.map((c) => (c.key === "" ? "unsplit" : c.key)),
    "total",
    ...pairs.flatMap((p) => [`change_${p}`, `percent_${p}`]),
  ];
  const rows = [head.map((h) => csvField(h)).join(",")];
  for (const line of lines) {
    const keys = rollup.by.map((_, i) => csvField(line.labels[i] ?? ""));
    const years = rollup.columns.map((c) => csvField(line.byColumn.get(c.key)?.toFixed() ?? "0", "amount"));
    const changes = line.changes.flatMap((c) => [csvField(c.change?.toFixed() ?? "", "amount"), csvField(percentOf(c) ?? "", "amount")]);
    rows.push([line.kind, String(line.depth + 1), ...keys, ...years, csvField(line.amount.toFixed(), "amount"), ...changes].join(","));
  }
  return `${rows.join("\n")}\n`;
}
