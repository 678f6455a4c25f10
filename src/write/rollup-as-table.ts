import type { Pivot } from "../aggregate/pivot.js";
import type { RollupDimension } from "../aggregate/rollup.js";
import type { Money } from "../data/money.js";
import { terminalTable, type Alignment } from "./terminal-table.js";
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
  const rows = lines.map((line) => {
    const strong = line.kind === "line" ? (text: string) => text : bold;
    const labels = line.kind === "total" ? ["TỔNG CỘNG", ...rollup.by.slice(1).map(() => "")] : rollup.by.map((_, i) => (i === line.depth ? (line.labels[i] ?? "") : ""));
    const years = rollup.columns.map((c) => amount(line.byColumn.get(c.key)));
    const changes = line.changes.flatMap((c) => [signed(c.change), percent(percentOf(c))]);
    return [...labels, ...years, amount(line.amount), ...changes].map((text) => strong(text));
  });
  const table = terminalTable(
    {
      head: [...rollup.by.map((d) => ROLLUP_HEADINGS[d]), ...rollup.columns.map((c) => c.label), "Tổng", ...pairs.flatMap((p) => [`± ${p}`, "%"])],
      rows,
      align: [...rollup.by.map((): Alignment => "left"), ...rollup.columns.map((): Alignment => "right"), "right", ...pairs.flatMap((): Alignment[] => ["right", "right"])],
      rowRules: false,
    },
    options,
  );
  return `${table}\n(đơn vị: triệu đồng)\n`;
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
