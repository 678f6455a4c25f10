import type { Pivot } from "../aggregate/pivot.js";
import { UNSTATED } from "../aggregate/pivot-facts.js";
import type { RollupDimension } from "../aggregate/rollup.js";
import { MIXED_SOURCES } from "../aggregate/rollup-inputs.js";
import type { Money } from "../data/money.js";
import type { Lang } from "./diagnostic-message.js";
import type { PivotLine } from "./pivot-lines.js";
import { percentOf, ROLLUP_HEADINGS, rollupLines } from "./rollup-lines.js";
import { DIMENSION_HEADINGS_EN, decimalIn, formatAmountIn, TABLE_WORDS, UNSTATED_LABEL_EN } from "./table-words.js";
import { type Alignment, terminalTable } from "./terminal-table.js";

/** A line's label along dimension `i`; in English, the keys the rollup names in Vietnamese (no source, several sources) in English. */
function labelOf(rollup: Pivot<RollupDimension>, line: PivotLine, i: number, lang: Lang): string {
  const label = line.labels[i] ?? "";
  const dimension = rollup.by[i];
  if (lang === "vi" || dimension === undefined || dimension === "input") return label;
  if (line.keys[i] === UNSTATED) return UNSTATED_LABEL_EN[dimension];
  return dimension === "source" && line.keys[i] === MIXED_SOURCES ? "(several sources, not split by year)" : label;
}

/**
 * Renders a rollup as a terminal table: the row dimensions (each line its own key, nested), one
 * column per year, the total, and for each pair of consecutive years the change and its percentage.
 * Headings, the total line, amounts and the unit are written in `lang` (Vietnamese by default).
 */
export function rollupAsTable(rollup: Pivot<RollupDimension>, options: { color: boolean; bold?: (text: string) => string; lang?: Lang }): string {
  const lang = options.lang ?? "vi";
  const words = TABLE_WORDS[lang];
  const amount = (value: Money | undefined): string => (value && !value.isZero() ? formatAmountIn(value, lang) : "-");
  const signed = (value: Money): string => (value.isZero() ? "0" : `${value.isPositive() ? "+" : ""}${formatAmountIn(value, lang)}`);
  const percent = (text: string | undefined): string => {
    if (text === undefined) return "";
    const shown = decimalIn(Number(text).toFixed(1), lang);
    return `${text.startsWith("-") || Number(text) === 0 ? "" : "+"}${shown}%`;
  };
  const bold = options.color && options.bold ? options.bold : (text: string) => text;
  const lines = rollupLines(rollup);
  const pairs = lines[0]?.changes.map((c) => `${c.from}→${c.to}`) ?? [];
  const rows = lines.map((line) => {
    const strong = line.kind === "line" ? (text: string) => text : bold;
    const labels =
      line.kind === "total"
        ? [words.grandTotal, ...rollup.by.slice(1).map(() => "")]
        : rollup.by.map((_, i) => (i === line.depth ? labelOf(rollup, line, i, lang) : ""));
    const years = rollup.columns.map((c) => amount(line.byColumn.get(c.key)));
    const changes = line.changes.flatMap((c) => (c.change === undefined ? ["—", "—"] : [signed(c.change), percent(percentOf(c))]));
    return [...labels, ...years, amount(line.amount), ...changes].map((text) => strong(text));
  });
  const table = terminalTable(
    {
      head: [
        ...rollup.by.map((d) => (lang === "vi" ? ROLLUP_HEADINGS[d] : DIMENSION_HEADINGS_EN[d])),
        ...rollup.columns.map((c) => (lang === "en" && c.key === UNSTATED ? UNSTATED_LABEL_EN.year : c.label)),
        words.total,
        ...pairs.flatMap((p) => [`± ${p}`, "%"]),
      ],
      rows,
      align: [
        ...rollup.by.map((): Alignment => "left"),
        ...rollup.columns.map((): Alignment => "right"),
        "right",
        ...pairs.flatMap((): Alignment[] => ["right", "right"]),
      ],
      rowRules: false,
    },
    options,
  );
  return `${table}\n${words.unit}\n`;
}
