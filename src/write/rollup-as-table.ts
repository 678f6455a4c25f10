import Table from "cli-table3";
import type { Pivot } from "../aggregate/pivot.js";
import type { RollupDimension } from "../aggregate/rollup.js";
import type { Money } from "../data/money.js";
import { formatVietnamese } from "./format-number.js";
import { percentOf, ROLLUP_HEADINGS, rollupLines } from "./rollup-lines.js";

/**
 * Renders a rollup as a terminal table: the row dimensions (each line its own key, nested), one
 * column per year, the total, and for each pair of consecutive years the change and its percentage.
 */
export function rollupAsTable(rollup: Pivot<RollupDimension>, options: { color: boolean; bold?: (text: string) => string }): string {
  const bold = options.color && options.bold ? options.bold : (text: string) => text;
  const lines = rollupLines(rollup);
  const pairs = lines[0]?.changes.map((c) => `${c.from}→${c.to}`) ?? [];
  const table = new Table({
    head: [...rollup.by.map((d) => ROLLUP_HEADINGS[d]), ...rollup.columns.map((c) => c.label), "Tổng", ...pairs.flatMap((p) => [`± ${p}`, "%"])],
    colAligns: [...rollup.by.map(() => "left" as const), ...rollup.columns.map(() => "right" as const), "right", ...pairs.flatMap(() => ["right" as const, "right" as const])],
    style: options.color ? {} : { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  for (const line of lines) {
    const strong = line.kind === "line" ? (text: string) => text : bold;
    const labels = line.kind === "total" ? ["TỔNG CỘNG", ...rollup.by.slice(1).map(() => "")] : rollup.by.map((_, i) => (i === line.depth ? (line.labels[i] ?? "") : ""));
    const years = rollup.columns.map((c) => amount(line.byColumn.get(c.key)));
    const changes = line.changes.flatMap((c) => [signed(c.change), percent(percentOf(c))]);
    table.push([...labels, ...years, amount(line.amount), ...changes].map(strong));
  }
  return `${table.toString()}\n(đơn vị: triệu đồng)\n`;
}

function amount(value: Money | undefined): string {
  return value && !value.isZero() ? formatVietnamese(value) : "-";
}

function signed(value: Money): string {
  if (value.isZero()) return "0";
  return `${value.isPositive() ? "+" : ""}${formatVietnamese(value)}`;
}

function percent(text: string | undefined): string {
  if (text === undefined) return "";
  const shown = Number(text).toFixed(1).replace(".", ",");
  return `${text.startsWith("-") || Number(text) === 0 ? "" : "+"}${shown}%`;
}
