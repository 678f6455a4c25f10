import type { Consolidation } from "../aggregate/consolidate.js";
import type { Diagnostic } from "../data/diagnostic.js";
import { totalsAsCsv } from "../write/totals-as-csv.js";
import { totalsAsJson } from "../write/totals-as-json.js";
import { totalsAsTable } from "../write/totals-as-table.js";
import { totalsGrid } from "../write/totals-grid.js";
import { out, wantsColor } from "./terminal.js";

/** Prints the totals to stdout in the chosen format (`table`, `json`, `csv`, or `none`). */
export function printTotals(consolidation: Consolidation, diagnostics: readonly Diagnostic[], format: string, color: boolean): void {
  if (format === "json") out(totalsAsJson(consolidation, diagnostics));
  else if (format === "csv") out(totalsAsCsv(totalsGrid(consolidation)));
  else if (format === "table") out(totalsAsTable(totalsGrid(consolidation), { color: wantsColor(process.stdout, color) }));
}
