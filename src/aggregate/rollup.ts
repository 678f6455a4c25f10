import { ROLLUP_DIMENSIONS, type RollupDimension } from "../data/dimensions.js";
import { type Money, ZERO } from "../data/money.js";
import { periodFromKey, periodText, singleYearOf } from "../data/period.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { type Facts, type Pivot, pivot } from "./pivot.js";
import { type DimensionLabel, sourceRanker, UNSTATED, UNSTATED_LABEL } from "./pivot-facts.js";
import { MIXED_SOURCES, type RollupFact } from "./rollup-inputs.js";

// Defined in data/ so that schemas/ can name them without importing a stage; still exported here for callers.
export { ROLLUP_DIMENSIONS, type RollupDimension };

/** One consolidation to roll up: where it came from, and its facts. */
export interface RollupInput {
  readonly file: string;
  /** How the input is named in print (the file name without folder and extension). */
  readonly label: string;
  readonly facts: readonly RollupFact[];
}

/** The change of a line from one year to the next. */
export interface YearChange {
  readonly from: string;
  readonly to: string;
  /** Undefined when the line has no figure for one of the two years (an input that does not cover it): shown as `—`, never −100 %. */
  readonly change: Money | undefined;
  /** `change / from`, undefined when the earlier year is zero. */
  readonly ratio: Money | undefined;
}

/**
 * Rolls several consolidations together: rows along `by` (agency, source, section, input) with
 * subtotals, one column per year, and the grand total. Agencies are matched through the plan's
 * registry (official names and aliases) and funding-source codes through its vocabulary, so the
 * same agency or source spelled differently in two years is one line.
 */
export function rollup(inputs: readonly RollupInput[], index: PlanIndex, by: readonly Exclude<RollupDimension, "year">[]): Pivot<RollupDimension> {
  const plan = index.plan;
  const rankSource = sourceRanker(plan);

  const labels = new Map<RollupDimension, Map<string, DimensionLabel>>(ROLLUP_DIMENSIONS.map((d) => [d, new Map()]));
  const label = (dimension: RollupDimension, key: string, text: string, rank: number) => {
    const known = labels.get(dimension);
    if (known && !known.has(key)) known.set(key, { label: text, rank });
  };
  const unstatedRank = Number.MAX_SAFE_INTEGER;
  let extraAgencies = plan.agencies.length;

  const facts: Array<Facts<RollupDimension>["facts"][number]> = [];
  inputs.forEach((input, position) => {
    const inputKey = String(position + 1);
    label("input", inputKey, input.label, position);
    for (const fact of input.facts) {
      const known = index.agency(fact.agency);
      const agency = known?.name ?? fact.agency;
      const section = known?.section ?? fact.section;
      label("agency", agency, agency === UNSTATED ? UNSTATED_LABEL.agency : agency, known?.order ?? (agency === UNSTATED ? unstatedRank : extraAgencies++));
      const sectionIndex = plan.sections.findIndex((s) => s.code === section);
      const sectionName = plan.sections[sectionIndex]?.name;
      label(
        "section",
        section,
        section === UNSTATED ? UNSTATED_LABEL.section : sectionName ? `${section}. ${sectionName}` : section,
        sectionIndex >= 0 ? sectionIndex : section === UNSTATED ? unstatedRank : plan.sections.length,
      );
      const source = canonicalSource(fact.source, index);
      label(
        "source",
        source,
        source === UNSTATED ? UNSTATED_LABEL.source : source === MIXED_SOURCES ? "(nhiều nguồn, không tách theo năm)" : source,
        source === UNSTATED || source === MIXED_SOURCES ? unstatedRank : rankSource(source.split(", ")),
      );
      const period = periodFromKey(fact.year);
      label(
        "year",
        fact.year,
        fact.year === UNSTATED ? UNSTATED_LABEL.year : periodText(fact.year),
        period ? period.first * 10_000 + period.last : unstatedRank - 1,
      );
      facts.push({ amount: fact.amount, keys: { agency, section, source, input: inputKey, year: fact.year } });
    }
    coverYears(facts, inputKey);
  });
  return pivot({ facts, labels }, by, "year");
}

/**
 * Marks the years an input covers (those it has any figure for) on each of its lines: a zero fact for
 * each covered year a line lacks. A line then has a figure, maybe zero, for every year its input covers,
 * and none for a year it does not: `yearChanges` computes a fall to zero in the first case (an agency
 * that asked for nothing in 2026), and no change in the second (a 2025 appendix says nothing of 2026).
 */
function coverYears(facts: Array<Facts<RollupDimension>["facts"][number]>, inputKey: string): void {
  const years = new Set<string>();
  const lines = new Map<string, { keys: Readonly<Record<RollupDimension, string>>; years: Set<string> }>();
  for (const fact of facts) {
    if (fact.keys.input !== inputKey) continue;
    if (fact.keys.year !== UNSTATED) years.add(fact.keys.year);
    const id = `${fact.keys.agency}\u0000${fact.keys.section}\u0000${fact.keys.source}`;
    const line = lines.get(id) ?? { keys: fact.keys, years: new Set<string>() };
    line.years.add(fact.keys.year);
    lines.set(id, line);
  }
  for (const line of lines.values()) {
    for (const year of years) if (!line.years.has(year)) facts.push({ amount: ZERO, keys: { ...line.keys, year } });
  }
}

/**
 * The change between consecutive single years, for a line's amounts by period: none between a year and
 * a range (2025 → 2026–2030 compares nothing), and none computed where the line has no figure for one
 * of the two years (an input that does not cover the year is not a fall to zero).
 */
export function yearChanges(byYear: ReadonlyMap<string, Money>, years: readonly string[]): YearChange[] {
  const stated = years.filter((year) => singleYearOf(year) !== undefined);
  const changes: YearChange[] = [];
  for (let i = 1; i < stated.length; i++) {
    const from = stated[i - 1] ?? "";
    const to = stated[i] ?? "";
    const before = byYear.get(from);
    const after = byYear.get(to);
    if (before === undefined || after === undefined) {
      changes.push({ from, to, change: undefined, ratio: undefined });
      continue;
    }
    const change = after.minus(before);
    changes.push({ from, to, change, ratio: before.isZero() ? undefined : change.dividedBy(before) });
  }
  return changes;
}

/** A combination written with another plan's spellings (`NSDP, CTX`) in this plan's codes and order. */
function canonicalSource(source: string, index: PlanIndex): string {
  if (source === UNSTATED || source === MIXED_SOURCES) return source;
  const canonical = [...new Set(source.split(",").map((code) => index.source(code) ?? code.trim().toUpperCase()))];
  const rank = (code: string) => index.sourceOrder(code) ?? index.sourceCount;
  return canonical.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)).join(", ");
}
