import Table from "cli-table3";
import type { Pivot } from "../aggregate/pivot.js";
import { bar } from "./bar.js";
import { formatVietnamese } from "./format-number.js";
import { DIMENSION_HEADINGS, pivotLines } from "./pivot-lines.js";

const BAR_WIDTH = 16;

/**
 * Renders a pivot as a terminal table: one column per dimension (each line shows its own key, nested
 * under its parent's), the amount with Vietnamese grouping, its share of the grand total, and a bar
 * scaled to the largest line at the same level. Subtotal and total lines are bold when `color`.
 */
export function pivotAsTable(pivot: Pivot, options: { color: boolean; bold?: (text: string) => string }): string {
  const bold = options.color && options.bold ? options.bold : (text: string) => text;
  const table = new Table({
    head: [...pivot.by.map((d) => DIMENSION_HEADINGS[d]), "Kinh phí", "Tỷ lệ", ""],
    colAligns: [...pivot.by.map(() => "left" as const), "right", "right", "left"],
    style: options.color ? {} : { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  for (const line of pivotLines(pivot)) {
    const strong = line.kind === "line" ? (text: string) => text : bold;
    const labels = line.kind === "total" ? ["TỔNG CỘNG", ...pivot.by.slice(1).map(() => "")] : pivot.by.map((_, i) => (i === line.depth ? (line.labels[i] ?? "") : ""));
    table.push([...labels.map(strong), strong(formatVietnamese(line.amount)), share(line.amount, pivot.total), line.kind === "total" ? "" : bar(line.barShare, BAR_WIDTH)]);
  }
  return `${table.toString()}\n(đơn vị: triệu đồng)\n`;
}

function share(amount: Pivot["total"], total: Pivot["total"]): string {
  if (total.isZero()) return "";
  return `${amount.times(100).dividedBy(total).toFixed(1).replace(".", ",")}%`;
}
