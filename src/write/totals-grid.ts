import type { Consolidation } from "../aggregate/consolidate.js";
import type { Totals } from "../aggregate/totals.js";
import type { Money } from "../data/money.js";
import { periodText } from "../data/period.js";
import type { Lang } from "./diagnostic-message.js";
import { TABLE_WORDS } from "./table-words.js";

/** One line of the totals table: a label and its amounts, in the columns of `TotalsGrid.columns`. */
export interface TotalsLine {
  readonly kind: "section" | "agency" | "total";
  readonly code: string;
  readonly label: string;
  readonly values: readonly (Money | undefined)[];
}

/** The totals table as data, shared by the terminal, CSV and workbook renderers. */
export interface TotalsGrid {
  readonly columns: readonly string[];
  readonly lines: readonly TotalsLine[];
}

/**
 * Lays the consolidation out as a table: one line per section and agency and the grand total; columns
 * `Tổng`, each period (`2025`, `2026–2030`), each funding-source combination (`CTX, NST`; blank source as `Không ghi nguồn`),
 * those words in `lang` (Vietnamese unless the terminal table asks for English).
 */
export function totalsGrid(consolidation: Consolidation, lang: Lang = "vi"): TotalsGrid {
  const words = TABLE_WORDS[lang];
  const combinations = [...consolidation.totals.byCombination.keys()].sort();
  const columns = [words.total, ...consolidation.periods.map(periodText), ...combinations.map((c) => (c === "" ? words.noSource : c))];
  const values = (totals: Totals) => [
    totals.total,
    ...consolidation.periods.map((period) => totals.byPeriod.get(period)),
    ...combinations.map((combination) => totals.byCombination.get(combination)),
  ];
  const lines: TotalsLine[] = [];
  for (const section of consolidation.sections) {
    if (section.code !== "") lines.push({ kind: "section", code: section.code, label: section.name, values: values(section.totals) });
    section.agencies.forEach((agency, index) => {
      lines.push({ kind: "agency", code: String(index + 1), label: agency.name, values: values(agency.totals) });
    });
  }
  lines.push({ kind: "total", code: "", label: words.grandTotal, values: values(consolidation.totals) });
  return { columns, lines };
}
