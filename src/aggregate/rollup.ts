import { ROLLUP_DIMENSIONS, type RollupDimension } from "../data/dimensions.js";
import { ZERO, type Money } from "../data/money.js";
import { foldText } from "../data/text.js";
import type { Plan } from "../plan/schema.js";
import { pivot, type Facts, type Pivot } from "./pivot.js";
import { sourceRanker, UNSTATED, UNSTATED_LABEL, type DimensionLabel } from "./pivot-facts.js";
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
  readonly change: Money;
  /** `change / from`, undefined when the earlier year is zero. */
  readonly ratio: Money | undefined;
}

/**
 * Rolls several consolidations together: rows along `by` (agency, source, section, input) with
 * subtotals, one column per year, and the grand total. Agencies are matched through the plan's
 * registry (official names and aliases) and funding-source codes through its vocabulary, so the
 * same agency or source spelled differently in two years is one line.
 */
export function rollup(inputs: readonly RollupInput[], plan: Plan, by: readonly Exclude<RollupDimension, "year">[]): Pivot<RollupDimension> {
  const agencies = new Map<string, { name: string; section: string; rank: number }>();
  plan.agencies.forEach((agency, rank) => {
    for (const spelling of [agency.name, ...agency.aliases]) agencies.set(foldText(spelling), { name: agency.name, section: agency.section, rank });
  });
  const codes = new Map<string, string>();
  for (const source of plan.fundingSources) for (const spelling of [source.code, source.name, ...source.aliases]) codes.set(foldText(spelling), source.code);
  const codeOrder = new Map(plan.fundingSources.map((source, index) => [source.code, index]));
  const rankSource = sourceRanker(plan);

  const labels = new Map<RollupDimension, Map<string, DimensionLabel>>(ROLLUP_DIMENSIONS.map((d) => [d, new Map()]));
  const label = (dimension: RollupDimension, key: string, text: string, rank: number) => {
    const known = labels.get(dimension);
    if (known && !known.has(key)) known.set(key, { label: text, rank });
  };
  const unstatedRank = Number.MAX_SAFE_INTEGER;
  let extraAgencies = plan.agencies.length;

  const facts: Array<Facts<RollupDimension>["facts"][number]> = [];
  inputs.forEach((input, index) => {
    const inputKey = String(index + 1);
    label("input", inputKey, input.label, index);
    for (const fact of input.facts) {
      const known = agencies.get(foldText(fact.agency));
      const agency = known?.name ?? fact.agency;
      const section = known?.section ?? fact.section;
      label("agency", agency, agency === UNSTATED ? UNSTATED_LABEL.agency : agency, known?.rank ?? (agency === UNSTATED ? unstatedRank : extraAgencies++));
      const sectionIndex = plan.sections.findIndex((s) => s.code === section);
      const sectionName = plan.sections[sectionIndex]?.name;
      label("section", section, section === UNSTATED ? UNSTATED_LABEL.section : sectionName ? `${section}. ${sectionName}` : section, sectionIndex >= 0 ? sectionIndex : section === UNSTATED ? unstatedRank : plan.sections.length);
      const source = canonicalSource(fact.source, codes, codeOrder);
      label("source", source, source === UNSTATED ? UNSTATED_LABEL.source : source === MIXED_SOURCES ? "(nhiều nguồn, không tách theo năm)" : source, source === UNSTATED || source === MIXED_SOURCES ? unstatedRank : rankSource(source.split(", ")));
      label("year", fact.year, fact.year === UNSTATED ? UNSTATED_LABEL.year : fact.year, fact.year === UNSTATED ? unstatedRank : Number(fact.year) || 0);
      facts.push({ amount: fact.amount, keys: { agency, section, source, input: inputKey, year: fact.year } });
    }
  });
  return pivot({ facts, labels }, by, "year");
}

/** The change between consecutive years (stated years only), for a line's amounts by year. */
export function yearChanges(byYear: ReadonlyMap<string, Money>, years: readonly string[]): YearChange[] {
  const stated = years.filter((year) => year !== UNSTATED);
  const changes: YearChange[] = [];
  for (let i = 1; i < stated.length; i++) {
    const from = stated[i - 1] ?? "";
    const to = stated[i] ?? "";
    const before = byYear.get(from) ?? ZERO;
    const change = (byYear.get(to) ?? ZERO).minus(before);
    changes.push({ from, to, change, ratio: before.isZero() ? undefined : change.dividedBy(before) });
  }
  return changes;
}

/** A combination written with another plan's spellings (`NSDP, CTX`) in this plan's codes and order. */
function canonicalSource(source: string, codes: ReadonlyMap<string, string>, order: ReadonlyMap<string, number>): string {
  if (source === UNSTATED || source === MIXED_SOURCES) return source;
  const canonical = [...new Set(source.split(",").map((code) => codes.get(foldText(code)) ?? code.trim().toUpperCase()))];
  return canonical.sort((a, b) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size) || (a < b ? -1 : a > b ? 1 : 0)).join(", ");
}
