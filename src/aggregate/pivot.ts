import { ZERO, type Money } from "../data/money.js";
import { PIVOT_DIMENSIONS, type PivotDimension, type PivotFacts } from "./pivot-facts.js";

/** One line of a pivot: a key along one dimension, its total, and the next dimension's lines under it. */
export interface PivotNode {
  readonly dimension: PivotDimension;
  readonly key: string;
  readonly label: string;
  readonly total: Money;
  readonly children: readonly PivotNode[];
}

/** Totals along the chosen dimensions, nested in the order given, with the grand total. */
export interface Pivot {
  readonly by: readonly PivotDimension[];
  readonly total: Money;
  readonly nodes: readonly PivotNode[];
}

/** Names people may type for each dimension in `--by` (English and Vietnamese without diacritics). */
const DIMENSION_NAMES: ReadonlyMap<string, PivotDimension> = new Map<string, PivotDimension>([
  ...PIVOT_DIMENSIONS.map((d): [string, PivotDimension] => [d, d]),
  ["don-vi", "agency"],
  ["co-quan", "agency"],
  ["nam", "year"],
  ["nguon", "source"],
  ["nguon-von", "source"],
  ["nhom", "group"],
  ["phan", "section"],
  ["thoi-gian", "period"],
  ["giai-doan", "period"],
]);

/**
 * Reads a `--by` list (`agency,year`; spaces and case ignored). Returns the dimensions in the order
 * given, or the words that are not a dimension or are repeated.
 */
export function parseDimensions(text: string): { ok: true; by: PivotDimension[] } | { ok: false; unknown: string[]; repeated: string[] } {
  const by: PivotDimension[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const word of text.split(",").map((w) => w.trim().toLowerCase()).filter((w) => w !== "")) {
    const dimension = DIMENSION_NAMES.get(word);
    if (!dimension) unknown.push(word);
    else if (by.includes(dimension)) repeated.push(word);
    else by.push(dimension);
  }
  return unknown.length === 0 && repeated.length === 0 && by.length > 0 ? { ok: true, by } : { ok: false, unknown, repeated };
}

/**
 * Totals the facts along `by`, nested in that order: the first dimension's keys, each with its
 * subtotal and the second dimension's keys under it, and so on. Keys sort by the dimension's order
 * (registry order for agencies, plan order for sources and groups, ascending years), unstated last.
 */
export function pivot(data: PivotFacts, by: readonly PivotDimension[]): Pivot {
  let total = ZERO;
  for (const fact of data.facts) total = total.plus(fact.amount);
  return { by, total, nodes: nodesOf(data, data.facts, by) };
}

function nodesOf(data: PivotFacts, facts: PivotFacts["facts"], by: readonly PivotDimension[]): PivotNode[] {
  const [dimension, ...rest] = by;
  if (dimension === undefined) return [];
  const groups = new Map<string, { total: Money; facts: Array<PivotFacts["facts"][number]> }>();
  for (const fact of facts) {
    const key = fact.keys[dimension];
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { total: ZERO, facts: [] }));
    group.total = group.total.plus(fact.amount);
    group.facts.push(fact);
  }
  const labels = data.labels.get(dimension);
  return [...groups]
    .map(([key, group]) => ({ key, group, label: labels?.get(key) }))
    .sort((a, b) => (a.label?.rank ?? 0) - (b.label?.rank ?? 0) || compareText(a.key, b.key))
    .map(({ key, group, label }) => ({ dimension, key, label: label?.label ?? key, total: group.total, children: nodesOf(data, group.facts, rest) }));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
