import type { Lang } from "./diagnostic-message.js";
import { formatAmountIn, TABLE_WORDS } from "./table-words.js";
import { type Alignment, terminalTable } from "./terminal-table.js";
import type { TotalsGrid } from "./totals-grid.js";

/**
 * Renders the totals grid as a terminal table, a rule between lines, its headings, unit and amount
 * grouping in `lang` (Vietnamese by default; the grid's own column words come from `totalsGrid`).
 */
export function totalsAsTable(grid: TotalsGrid, options: { color: boolean; lang?: Lang }): string {
  const lang = options.lang ?? "vi";
  const table = terminalTable(
    {
      head: [TABLE_WORDS[lang].code, TABLE_WORDS[lang].agency, ...grid.columns],
      rows: grid.lines.map((line) => [line.code, line.label, ...line.values.map((v) => (v ? formatAmountIn(v, lang) : "-"))]),
      align: ["left", "left", ...grid.columns.map((): Alignment => "right")],
      rowRules: true,
    },
    options,
  );
  return `${table}\n${TABLE_WORDS[lang].unit}\n`;
}
