import { z } from "zod";
import { Money } from "../data/money.js";
import { keyPath } from "../plan/key-path.js";
import type { Plan } from "../plan/schema.js";
import type { Consolidation } from "./consolidate.js";
import { pivotFacts, UNSTATED } from "./pivot-facts.js";

/** One amount of a consolidation as a rollup sees it: agency and section as written, year, funding-source combination. */
export interface RollupFact {
  readonly agency: string;
  readonly section: string;
  /** `"2025"`, or `""` when the input does not split the amount by year. */
  readonly year: string;
  /** The combination of codes (`CTX, NST`), `""` when none is stated. */
  readonly source: string;
  readonly amount: Money;
}

/** The source key of an amount a totals export cannot split by both year and source. */
export const MIXED_SOURCES = "*";

const Amount = z.string().regex(/^-?\d+(\.\d+)?$/);
const Combination = z.looseObject({ sources: z.array(z.string()), amount: Amount });

/** `budget totals --format json`, versions 1 and 2 (which adds `byPeriod`, ranges included): what a rollup needs of it. */
const TotalsExport = z.looseObject({
  schemaVersion: z.union([z.literal(1), z.literal(2)]),
  unit: z.literal("triệu đồng"),
  sections: z.array(
    z.looseObject({
      code: z.string(),
      agencies: z.array(
        z.looseObject({
          name: z.string(),
          section: z.string(),
          total: Amount,
          byYear: z.record(z.string(), Amount),
          byPeriod: z.record(z.string(), Amount).optional(),
          byPeriodCombination: z.array(z.looseObject({ period: z.string(), sources: z.array(z.string()), amount: Amount })).optional(),
          byCombination: z.array(Combination),
        }),
      ),
    }),
  ),
});

/** `budget totals --by … --format json`, version 1: its leaf rows. */
const PivotExport = z.looseObject({
  kind: z.literal("pivot"),
  schemaVersion: z.literal(1),
  unit: z.literal("triệu đồng"),
  rows: z.array(z.looseObject({ keys: z.record(z.string(), z.string()), amount: Amount })),
});

/** The facts of a JSON export and the agencies it could not split, or the key paths that make it not one of ours. */
export type ExportFacts = { ok: true; facts: RollupFact[]; notes: string[] } | { ok: false; problems: string[] };

/** The facts of a consolidation read by the tool itself (a form or an appendix workbook). */
export function factsOfConsolidation(consolidation: Consolidation, plan: Plan): RollupFact[] {
  return pivotFacts(consolidation, plan).facts.map(({ amount, keys }) => ({
    agency: keys.agency,
    section: keys.section,
    year: keys.period,
    source: keys.source,
    amount,
  }));
}

/**
 * Reads one of our JSON exports back into facts. A pivot export gives its rows (dimensions it was
 * not cut by are unstated). A totals export gives each agency's years and combinations; when an
 * agency has several of each, the export does not say how they cross, so its years are kept under
 * the source `*` and a note says so.
 */
export function factsOfExport(value: unknown): ExportFacts {
  if (typeof value === "object" && value !== null && "kind" in value && value.kind === "pivot") {
    const parsed = PivotExport.safeParse(value);
    if (!parsed.success) return { ok: false, problems: [...new Set(parsed.error.issues.map((i) => keyPath(i.path)))] };
    const facts = parsed.data.rows.map(({ keys, amount }) => ({
      agency: keys.agency ?? UNSTATED,
      section: keys.section ?? UNSTATED,
      year: keys.period ?? keys.year ?? UNSTATED,
      source: keys.source ?? UNSTATED,
      amount: new Money(amount),
    }));
    return { ok: true, facts, notes: [] };
  }
  const parsed = TotalsExport.safeParse(value);
  if (!parsed.success) return { ok: false, problems: [...new Set(parsed.error.issues.map((i) => keyPath(i.path)))] };
  const facts: RollupFact[] = [];
  const notes: string[] = [];
  for (const section of parsed.data.sections) {
    for (const agency of section.agencies) {
      const total = new Money(agency.total);
      // Version 2 states each period, ranges included (`2026-2030`); version 1 only years.
      const years: Array<[string, Money]> = Object.entries(agency.byPeriod ?? agency.byYear).map(([year, amount]) => [year, new Money(amount)]);
      const rest = years.reduce((left, [, amount]) => left.minus(amount), total);
      if (!rest.isZero()) years.push([UNSTATED, rest]);
      const combinations: Array<[string, Money]> = agency.byCombination.map((c) => [c.sources.join(", "), new Money(c.amount)]);
      const base = { agency: agency.name, section: agency.section || section.code };
      if (agency.byPeriodCombination) {
        // Version 2 says how periods and sources cross: each piece as it is.
        for (const piece of agency.byPeriodCombination) {
          facts.push({ ...base, year: piece.period === "" ? UNSTATED : piece.period, source: piece.sources.join(", "), amount: new Money(piece.amount) });
        }
      } else if (combinations.length <= 1) {
        const source = combinations[0]?.[0] ?? UNSTATED;
        for (const [year, amount] of years) facts.push({ ...base, year, source, amount });
      } else if (years.length === 1) {
        const year = years[0]?.[0] ?? UNSTATED;
        for (const [source, amount] of combinations) facts.push({ ...base, year, source, amount });
      } else {
        for (const [year, amount] of years) facts.push({ ...base, year, source: MIXED_SOURCES, amount });
        notes.push(agency.name);
      }
    }
  }
  return { ok: true, facts, notes };
}
