import type { Pivot } from "../aggregate/pivot.js";
import { UNSTATED } from "../aggregate/pivot-facts.js";
import { bar } from "./bar.js";
import type { Lang } from "./diagnostic-message.js";
import { DIMENSION_HEADINGS, type PivotLine, pivotLines } from "./pivot-lines.js";
import { DIMENSION_HEADINGS_EN, decimalIn, formatAmountIn, TABLE_WORDS, UNSTATED_LABEL_EN } from "./table-words.js";
import { type Alignment, terminalTable } from "./terminal-table.js";

const BAR_WIDTH = 16;

/** A line's label along dimension `i`, a key not stated there in the language's words. */
function labelOf(pivot: Pivot, line: PivotLine, i: number, lang: Lang): string {
  const dimension = pivot.by[i];
  if (lang === "en" && dimension !== undefined && line.keys[i] === UNSTATED) return UNSTATED_LABEL_EN[dimension];
  return line.labels[i] ?? "";
}

/**
 * Renders a pivot as a terminal table: one column per dimension (each line shows its own key, nested
 * under its parent's), the amount grouped the language's way, its share of the grand total, and a
 * bar scaled to the largest line of the table (one scale for every level). Subtotal and total lines
 * are bold when `color`. Headings, the total line, unstated keys and the unit are in `lang`
 * (Vietnamese by default).
 */
export function pivotAsTable(pivot: Pivot, options: { color: boolean; bold?: (text: string) => string; lang?: Lang }): string {
  const lang = options.lang ?? "vi";
  const words = TABLE_WORDS[lang];
  const bold = options.color && options.bold ? options.bold : (text: string) => text;
  const rows = pivotLines(pivot).map((line) => {
    const strong = line.kind === "line" ? (text: string) => text : bold;
    const labels =
      line.kind === "total"
        ? [words.grandTotal, ...pivot.by.slice(1).map(() => "")]
        : pivot.by.map((_, i) => (i === line.depth ? labelOf(pivot, line, i, lang) : ""));
    return [
      ...labels.map((label) => strong(label)),
      strong(formatAmountIn(line.amount, lang)),
      share(line.amount, pivot.total, lang),
      line.kind === "total" ? "" : bar(line.barShare, BAR_WIDTH),
    ];
  });
  const table = terminalTable(
    {
      head: [...pivot.by.map((d) => (lang === "vi" ? DIMENSION_HEADINGS[d] : DIMENSION_HEADINGS_EN[d])), words.amount, words.share, ""],
      rows,
      align: [...pivot.by.map((): Alignment => "left"), "right", "right", "left"],
      rowRules: false,
    },
    options,
  );
  return `${table}\n${words.unit}\n`;
}

/** An amount's share of the total as `60,1%` (`60.1%` in English); blank when the total is zero. */
export function share(amount: Pivot["total"], total: Pivot["total"], lang: Lang): string {
  if (total.isZero()) return "";
  return `${decimalIn(amount.times(100).dividedBy(total).toFixed(1), lang)}%`;
}
