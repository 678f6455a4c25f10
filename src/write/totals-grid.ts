import type { Consolidation } from "../aggregate/consolidate.js";
import type { Totals } from "../aggregate/totals.js";
import type { Money } from "../data/money.js";
import { periodText } from "../data/period.js";
import { UNKNOWN_SOURCE } from "../parse/funding-source.js";
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

/** A funding-source combination as a column heading: `CTX, NST`; no source `Không ghi nguồn`, an unknown one `Không rõ nguồn`. */
export function combinationName(combination: string, lang: Lang = "vi"): string {
  const words = TABLE_WORDS[lang];
  return combination === "" ? words.noSource : combination === UNKNOWN_SOURCE ? words.unknownSource : combination;
}

/**
 * Lays the consolidation out as a table: one line per section and agency and the grand total; columns
 * `Tổng`, each period (`2025`, `2026–2030`; with `periodBySource`, when the run has several periods and
 * several combinations, each period followed by its money per combination, `2024: CTX`), each funding-source combination (`CTX, NST`; blank source as `Không ghi nguồn`),
 * those words in `lang` (Vietnamese unless the terminal table asks for English).
 */
export function totalsGrid(consolidation: Consolidation, lang: Lang = "vi", options: { readonly periodBySource?: boolean } = {}): TotalsGrid {
  const words = TABLE_WORDS[lang];
  const combinations = [...consolidation.totals.byCombination.keys()].sort();
  const sourceName = (c: string) => combinationName(c, lang);
  // Each period with the combinations its money has (`Tổng hợp` when a run has several of both).
  const crossed =
    options.periodBySource === true && consolidation.periods.length > 1 && combinations.length > 1
      ? consolidation.periods.map((period) => {
          const inPeriod = consolidation.totals.byPeriodCombination.get(period);
          return { period, combinations: combinations.filter((c) => inPeriod?.has(c)) };
        })
      : undefined;
  const periodColumns = crossed
    ? crossed.flatMap(({ period, combinations: inPeriod }) => [periodText(period), ...inPeriod.map((c) => `${periodText(period)}: ${sourceName(c)}`)])
    : consolidation.periods.map(periodText);
  const columns = [words.total, ...periodColumns, ...combinations.map(sourceName)];
  const values = (totals: Totals) => [
    totals.total,
    ...(crossed
      ? crossed.flatMap(({ period, combinations: inPeriod }) => [
          totals.byPeriod.get(period),
          ...inPeriod.map((c) => totals.byPeriodCombination.get(period)?.get(c)),
        ])
      : consolidation.periods.map((period) => totals.byPeriod.get(period))),
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
