import type { Finding } from "../data/diagnostic.js";
import { Money, sum, ZERO } from "../data/money.js";
import { sourcesForPeriod } from "../parse/funding-source.js";
import type { PlanIndex } from "../plan/plan-index.js";
import type { Plan } from "../plan/schema.js";
import { countedNodes, type ItemNode } from "./appendix-tree.js";
import type { AgencySource, Consolidation } from "./consolidate.js";

/** A consolidated total above one of the plan's ceilings, with both figures in triệu đồng. */
export interface CeilingBreach {
  readonly scope: "agency" | "source" | "total";
  /** The agency's official name or the funding-source code; empty for the whole plan. */
  readonly subject: string;
  readonly year: number | undefined;
  readonly ceiling: Money;
  readonly actual: Money;
  /** Where to look: the first file of the agency, or of the first agency that uses the source. */
  readonly where: AgencySource | undefined;
  /** Set when the total is of approved figures (`consolidate --approved`), not of requests. */
  readonly phase?: "approved";
}

/** An approved figure of a review workbook's line (`consolidate --approved`): its agency, funding-source codes, and where the item is. */
export interface ApprovedAmount {
  readonly agency: string;
  readonly sources: readonly string[];
  readonly amount: Money;
  readonly where: AgencySource;
}

/** Powers of ten from the plan's unit to triệu đồng. */
export const UNIT_EXPONENT: Readonly<Record<Plan["unit"], number>> = { đồng: -6, "nghìn đồng": -3, "triệu đồng": 0, "tỷ đồng": 3 };

/**
 * Compares the consolidation with the plan's ceilings (stated in the plan's unit): an agency's total,
 * a funding-source code's total (an item of `CTX, NST` counts under both) or the grand total, for
 * the whole plan or one year. Returns every total strictly above its ceiling.
 */
export function ceilingBreaches(consolidation: Consolidation, index: PlanIndex): CeilingBreach[] {
  const plan = index.plan;
  const toMillions = millionsOf(plan);
  const agencies = consolidation.sections.flatMap((section) => section.agencies);

  const breaches: CeilingBreach[] = [];
  const compare = (breach: Omit<CeilingBreach, "actual">, actual: Money) => {
    if (actual.greaterThan(breach.ceiling)) breaches.push({ ...breach, actual });
  };
  if (plan.ceilings.total !== undefined) {
    compare(
      { scope: "total", subject: "", year: undefined, ceiling: toMillions(plan.ceilings.total), where: agencies[0]?.sources[0] },
      consolidation.totals.total,
    );
  }
  for (const ceiling of plan.ceilings.agencies) {
    const name = index.agency(ceiling.agency)?.name ?? ceiling.agency;
    const agency = agencies.find((a) => a.name === name);
    if (!agency) continue;
    const actual = ceiling.year === undefined ? agency.totals.total : (agency.totals.byPeriod.get(String(ceiling.year)) ?? ZERO);
    compare({ scope: "agency", subject: name, year: ceiling.year, ceiling: toMillions(ceiling.amount), where: agency.sources[0] }, actual);
  }
  for (const ceiling of plan.ceilings.sources) {
    const code = index.source(ceiling.source) ?? ceiling.source;
    let actual = ZERO;
    let where: AgencySource | undefined;
    const year = ceiling.year === undefined ? undefined : String(ceiling.year);
    // A row's year under the code: its source line for that year when the cell names one (`- ĐTPT (2026-2030)`).
    const underCode = (part: ItemNode) =>
      year === undefined
        ? part.fundingSources.includes(code) || part.row.periodSources.some((line) => line.codes.includes(code))
        : sourcesForPeriod(year, part.row.periodSources, part.fundingSources).includes(code);
    for (const agency of agencies) {
      const parts = [...countedNodes(agency.children)].filter(underCode);
      if (parts.length === 0) continue;
      where ??= agency.sources[0];
      actual = actual.plus(
        year === undefined ? (agency.totals.bySource.get(code) ?? ZERO) : sum(parts.map((part) => part.row.periods.get(year)?.value ?? ZERO)),
      );
    }
    compare({ scope: "source", subject: code, year: ceiling.year, ceiling: toMillions(ceiling.amount), where }, actual);
  }
  return breaches;
}

/** A ceiling stated in the plan's unit, in triệu đồng. */
function millionsOf(plan: Plan): (amount: number | string) => Money {
  const scale = new Money(10).pow(UNIT_EXPONENT[plan.unit]);
  return (amount) => new Money(String(amount)).times(scale);
}

/**
 * Compares approved figures with the plan's ceilings for the whole plan (ceilings for one year are left
 * out: an approved figure is one per line, not per year): the approved total, an agency's, a funding-source
 * code's (a line of `CTX, NST` counts under both). Lines not approved yet count nothing, so a breach found
 * is one whatever the remaining decisions.
 */
export function approvedCeilingBreaches(approved: readonly ApprovedAmount[], index: PlanIndex): CeilingBreach[] {
  const plan = index.plan;
  const toMillions = millionsOf(plan);
  const breaches: CeilingBreach[] = [];
  const compare = (breach: Omit<CeilingBreach, "actual" | "year" | "phase">, parts: readonly ApprovedAmount[]) => {
    const actual = sum(parts.map((part) => part.amount));
    if (actual.greaterThan(breach.ceiling)) breaches.push({ ...breach, year: undefined, actual, phase: "approved" });
  };
  if (plan.ceilings.total !== undefined)
    compare({ scope: "total", subject: "", ceiling: toMillions(plan.ceilings.total), where: approved[0]?.where }, approved);
  for (const ceiling of plan.ceilings.agencies) {
    if (ceiling.year !== undefined) continue;
    const name = index.agency(ceiling.agency)?.name ?? ceiling.agency;
    const parts = approved.filter((part) => part.agency === name);
    compare({ scope: "agency", subject: name, ceiling: toMillions(ceiling.amount), where: parts[0]?.where }, parts);
  }
  for (const ceiling of plan.ceilings.sources) {
    if (ceiling.year !== undefined) continue;
    const code = index.source(ceiling.source) ?? ceiling.source;
    const parts = approved.filter((part) => part.sources.includes(code));
    compare({ scope: "source", subject: code, ceiling: toMillions(ceiling.amount), where: parts[0]?.where }, parts);
  }
  return breaches;
}

/**
 * BC407: ceiling breaches as findings, at the first file of the agency or source. Made on the
 * consolidation the run already has (and on the approved figures, `consolidate --approved`), as the
 * read, layout and parse stages make theirs: validate/ holds the rule's description only and never runs
 * `consolidate` again.
 */
export function breachFindings(breaches: readonly CeilingBreach[]): Finding[] {
  return breaches.map(
    (breach): Finding => ({
      code: "BC407",
      file: breach.where?.file ?? "",
      ...(breach.where ? { sheet: breach.where.sheet } : {}),
      ...(breach.scope === "agency" ? { rowName: breach.subject } : {}),
      expected: breach.ceiling.toFixed(),
      actual: breach.actual.toFixed(),
      args: {
        scope: breach.scope,
        subject: breach.subject,
        year: breach.year === undefined ? "" : String(breach.year),
        ...(breach.phase === undefined ? {} : { phase: breach.phase }),
      },
    }),
  );
}

/** BC407 on a consolidation's requests: see `breachFindings`. */
export function ceilingFindings(consolidation: Consolidation, index: PlanIndex): Finding[] {
  return breachFindings(ceilingBreaches(consolidation, index));
}
