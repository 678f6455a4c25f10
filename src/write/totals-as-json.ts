import type { ApprovedSums, ApprovedTotals } from "../aggregate/approvals.js";
import type { AgencyTotal, Consolidation } from "../aggregate/consolidate.js";
import type { Totals } from "../aggregate/totals.js";
import type { Diagnostic } from "../data/diagnostic.js";
import { type Money, ZERO } from "../data/money.js";
import { comparePeriodKeys, isRequestedKey, PHASES, type Phase, singleYearOf, splitPhasedKey } from "../data/period.js";
import { TOTALS_SCHEMA_VERSION, UNIT } from "../schemas/constants.js";
import type { TotalsDocument } from "../schemas/totals-schema.js";
import { countBySeverity } from "../validate/file-status.js";

function amounts<K extends string | number>(map: ReadonlyMap<K, Money>): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [key, value] of [...map].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0))) out[String(key)] = value.toFixed();
  return out;
}

/** Amounts by period key, in period order (`2025`, `2026`, `2026-2030`). */
function periodAmounts(map: ReadonlyMap<string, Money>, keep: (key: string) => boolean): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [key, value] of [...map].filter(([k]) => keep(k)).sort(([a], [b]) => comparePeriodKeys(a, b))) out[key] = value.toFixed();
  return out;
}

/** The codes of a combination key (`"CTX, NST"`); `[]` for no source, `["?"]` for an unknown one. */
const sourcesOf = (key: string): string[] => (key === "" ? [] : key.split(", "));

/** The approved sums of a level with no approved figure (every item not approved yet). */
const NOTHING_APPROVED: ApprovedSums = { total: ZERO, byCombination: new Map() };

const isYear = (key: string): boolean => singleYearOf(key) !== undefined;

/**
 * Per phase: `requested` is the total; another phase (an estimate, an outturn stated in its own
 * columns) is the sum of its periods, never added to the total. With a review workbook's `approved`
 * sums (`--approved`), `approved` is theirs, stated for no period: the forms' own approved columns are
 * then left out, so that no approved figure is counted twice.
 */
function phaseTotals(
  totals: Totals,
  approved: ApprovedSums | undefined,
): { byPhase: Record<string, string>; byPhasePeriod: Record<string, Record<string, string>> } {
  const byPhase: Record<string, string> = Object.create(null);
  const byPhasePeriod: Record<string, Record<string, string>> = Object.create(null);
  byPhase.requested = totals.total.toFixed();
  const sums = new Map<Phase, Money>();
  const keys = [...totals.byPeriod.keys()].filter((key) => !isRequestedKey(key)).sort(comparePeriodKeys);
  for (const key of keys) {
    const value = totals.byPeriod.get(key);
    if (value === undefined) continue;
    const { period, phase } = splitPhasedKey(key);
    if (approved && phase === "approved") continue;
    sums.set(phase, (sums.get(phase) ?? ZERO).plus(value));
    const inPhase = (byPhasePeriod[phase] ??= Object.create(null) as Record<string, string>);
    inPhase[period] = value.toFixed();
  }
  if (approved) sums.set("approved", approved.total);
  for (const phase of PHASES) {
    const value = sums.get(phase);
    if (value !== undefined) byPhase[phase] = value.toFixed();
  }
  return { byPhase, byPhasePeriod };
}

function totalsJson(totals: Totals, approved: ApprovedSums | undefined) {
  return {
    total: totals.total.toFixed(),
    byYear: periodAmounts(totals.byPeriod, isYear),
    byPeriod: periodAmounts(totals.byPeriod, isRequestedKey),
    ...phaseTotals(totals, approved),
    bySource: amounts(totals.bySource),
    byCombination: [...totals.byCombination].map(([key, value]) => ({ sources: sourcesOf(key), amount: value.toFixed() })),
    byPeriodCombination: [...totals.byPeriodCombination]
      .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : comparePeriodKeys(a, b)))
      .flatMap(([period, combinations]) => [...combinations].map(([key, value]) => ({ period, sources: sourcesOf(key), amount: value.toFixed() }))),
    byGroup: amounts(totals.byGroup),
  };
}

function agencyJson(agency: AgencyTotal, approved: ApprovedTotals | undefined) {
  return {
    name: agency.name,
    known: agency.known,
    section: agency.section,
    references: [...agency.references],
    files: [...new Set(agency.sources.map((s) => s.file))],
    items: agency.items.length,
    ...totalsJson(agency.totals, approved && (approved.byAgency.get(agency.name) ?? NOTHING_APPROVED)),
  };
}

/**
 * The totals as the JSON document scripts consume (docs/JSON.md, schemas/totals.schema.json): every
 * amount an exact decimal string in triệu đồng; per section and agency; by period (`byPeriod`, years and
 * ranges) and by single year (`byYear`, the single-year periods only), funding-source code,
 * combination and task group; and the count of diagnostics by severity. With `approved`
 * (`--approved`), `byPhase.approved` is the review workbook's approved figures at every level.
 */
export function totalsDocument(consolidation: Consolidation, diagnostics: readonly Diagnostic[], approved?: ApprovedTotals): TotalsDocument {
  return {
    schemaVersion: TOTALS_SCHEMA_VERSION,
    unit: UNIT,
    years: consolidation.periods.flatMap((key) => singleYearOf(key) ?? []),
    periods: consolidation.periods.filter(isRequestedKey),
    ...totalsJson(consolidation.totals, approved?.total),
    sections: consolidation.sections.map((section) => ({
      code: section.code,
      name: section.name,
      ...totalsJson(section.totals, approved && (approved.bySection.get(section.code) ?? NOTHING_APPROVED)),
      agencies: section.agencies.map((agency) => agencyJson(agency, approved)),
    })),
    diagnostics: countBySeverity(diagnostics),
  };
}

/** The totals document (see `totalsDocument`) as indented JSON text. */
export function totalsAsJson(consolidation: Consolidation, diagnostics: readonly Diagnostic[], approved?: ApprovedTotals): string {
  return `${JSON.stringify(totalsDocument(consolidation, diagnostics, approved), null, 2)}\n`;
}
