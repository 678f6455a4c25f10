import type { ApprovedTotals } from "../aggregate/approvals.js";
import type { Consolidation } from "../aggregate/consolidate.js";
import type { Diagnostic } from "../data/diagnostic.js";
import type { Lang } from "../write/diagnostic-message.js";
import { totalsAsCsv } from "../write/totals-as-csv.js";
import { totalsAsJson } from "../write/totals-as-json.js";
import { totalsAsTable } from "../write/totals-as-table.js";
import { totalsGrid } from "../write/totals-grid.js";
import type { CliIo } from "./io.js";
import { type Renderer, rendererFor } from "./renderers.js";
import { wantsColor } from "./terminal.js";

/** What the totals are printed from. */
interface TotalsView {
  readonly consolidation: Consolidation;
  readonly diagnostics: readonly Diagnostic[];
  readonly color: boolean;
  readonly lang: Lang;
  readonly approved: ApprovedTotals | undefined;
}

/** The totals' renderers, one per `--format` of `consolidate` and `totals` (without `--by`). */
const TOTALS_RENDERERS: Readonly<Record<"table" | "json" | "csv" | "none", Renderer<TotalsView>>> = {
  table: (v) => totalsAsTable(totalsGrid(v.consolidation, v.lang), { color: v.color, lang: v.lang }),
  json: (v) => totalsAsJson(v.consolidation, v.diagnostics, v.approved),
  csv: (v) => totalsAsCsv(totalsGrid(v.consolidation)),
  none: () => "",
};

/**
 * Prints the totals to stdout in the chosen format (`table`, `json`, `csv`, or `none`); the table's
 * words in `lang` (the CSV's and JSON's stay as they are: scripts read them). With `approved`
 * (`--approved`), the JSON's `byPhase.approved` holds the review workbook's approved figures.
 */
export function printTotals(
  consolidation: Consolidation,
  diagnostics: readonly Diagnostic[],
  format: string,
  color: boolean,
  io: CliIo,
  lang: Lang = "vi",
  approved?: ApprovedTotals,
): void {
  const text = rendererFor(TOTALS_RENDERERS, format)?.({ consolidation, diagnostics, color: wantsColor(io.stdout, color, io.env), lang, approved }) ?? "";
  if (text !== "") io.stdout.write(text);
}
