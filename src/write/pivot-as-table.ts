import type { Pivot } from "../aggregate/pivot.js";
import { bar } from "./bar.js";
import { terminalTable, type Alignment } from "./terminal-table.js";
import { formatVietnamese } from "./format-number.js";
import { DIMENSION_HEADINGS, pivotLines } from "./pivot-lines.js";

const BAR_WIDTH = 16;

/**
 * Renders a pivot as a terminal table: one column per dimension (each line shows its own key, nested
 * under its parent's), the amount with Vietnamese grouping, its share of the grand total, and a bar
 * scaled to the largest line of the table (one scale for every level). Subtotal and total lines are
 * bold when `color`.
 */
export function pivotAsTable(pivot: Pivot, options: { color: boolean; bold?: (text: string) => string }): string {
  const bold = options.color && options.bold ? options.bold : (text: string) => text;
  const rows = pivotLines(pivot).map((line) => {
    const strong = line.kind === "line" ? (text: string) => text : bold;
    const labels = line.kind === "total" ? ["TỔNG CỘNG", ...pivot.by.slice(1).map(() => "")] : pivot.by.map((_, i) => (i === line.depth ? (line.labels[i] ?? "") : ""));
    return [...labels.map((label) => strong(label)), strong(formatVietnamese(line.amount)), share(line.amount, pivot.total), line.kind === "total" ? "" : bar(line.barShare, BAR_WIDTH)];
  });
  const table = terminalTable(
    {
      head: [...pivot.by.map((d) => DIMENSION_HEADINGS[d]), "Kinh phí", "Tỷ lệ", ""],
      rows,
      align: [...pivot.by.map((): Alignment => "left"), "right", "right", "left"],
      rowRules: false,
    },
    options,
  );
  return `${table}\n(đơn vị: triệu đồng)\n`;
}

function share(amount: Pivot["total"], total: Pivot["total"]): string {
  if (total.isZero()) return "";
  return `${amount.times(100).dividedBy(total).toFixed(1).replace(".", ",")}%`;
}
