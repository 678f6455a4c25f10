import type { Pivot } from "../aggregate/pivot.js";
import { csvField } from "./csv-cell.js";
import { pivotLines } from "./pivot-lines.js";

/**
 * Renders a pivot as CSV: `kind` (line, subtotal, total), `level` (1 for the first dimension, 0 for
 * the grand total), one column per dimension holding its label as the table prints it (`KH02: Dữ
 * liệu`, `Chưa phân nhóm` for a key not stated in the forms; blank below a subtotal's level), and
 * `amount` as an exact decimal in triệu đồng. The keys are in the JSON document, for scripts.
 */
export function pivotAsCsv(pivot: Pivot): string {
  const rows = [["kind", "level", ...pivot.by, "amount"].join(",")];
  for (const line of pivotLines(pivot)) {
    const keys = pivot.by.map((_, i) => csvField(line.labels[i] ?? ""));
    rows.push([line.kind, String(line.depth + 1), ...keys, csvField(line.amount.toFixed(), "amount")].join(","));
  }
  return `${rows.join("\n")}\n`;
}
