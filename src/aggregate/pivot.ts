import { type Money, ZERO } from "../data/money.js";
import { type DimensionLabel, PIVOT_DIMENSIONS, type PivotDimension } from "./pivot-facts.js";

/** Facts to pivot along dimensions named `D`: amounts with a key per dimension, and how keys print and sort. */
export interface Facts<D extends string> {
  readonly facts: ReadonlyArray<{ readonly amount: Money; readonly keys: Readonly<Record<D, string>> }>;
  readonly labels: ReadonlyMap<D, ReadonlyMap<string, DimensionLabel>>;
}

/** A key along a dimension, with its label. */
export interface PivotKey {
  readonly key: string;
  readonly label: string;
}

/** One line of a pivot: a key along one dimension, its total (split by column), and the next dimension's lines. */
export interface PivotNode<D extends string = PivotDimension> {
  readonly dimension: D;
  readonly key: string;
  readonly label: string;
  readonly total: Money;
  /** The total by key of the `across` dimension (empty when the pivot has none). */
  readonly byColumn: ReadonlyMap<string, Money>;
  readonly children: readonly PivotNode<D>[];
}

/** Totals along the chosen dimensions, nested in the order given, optionally split into columns, with the grand total. */
export interface Pivot<D extends string = PivotDimension> {
  readonly by: readonly D[];
  readonly across: D | undefined;
  /** The keys of the `across` dimension, in order. */
  readonly columns: readonly PivotKey[];
  readonly total: Money;
  readonly byColumn: ReadonlyMap<string, Money>;
  readonly nodes: readonly PivotNode<D>[];
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
  ["chu-tri", "lead"],
  ["don-vi-chu-tri", "lead"],
  ["loai", "phase"],
  ["so-lieu", "phase"],
]);

/** The result of reading a `--by` list. */
export type ParsedDimensions<D extends string> = { ok: true; by: D[] } | { ok: false; unknown: string[]; repeated: string[] };

/** Reads a `--by` list of the totals dimensions (see `parseDimensionList`). */
export function parseDimensions(text: string): ParsedDimensions<PivotDimension> {
  return parseDimensionList(text, DIMENSION_NAMES);
}

/**
 * Reads a `--by` list (`agency,year`; spaces and case ignored) against the names a command knows.
 * Returns the dimensions in the order given, or the words that are not a dimension or are repeated.
 */
export function parseDimensionList<D extends string>(text: string, names: ReadonlyMap<string, D>): ParsedDimensions<D> {
  const by: D[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const word of text
    .split(",")
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== "")) {
    const dimension = names.get(word);
    if (!dimension) unknown.push(word);
    else if (by.includes(dimension)) repeated.push(word);
    else by.push(dimension);
  }
  return unknown.length === 0 && repeated.length === 0 && by.length > 0 ? { ok: true, by } : { ok: false, unknown, repeated };
}

/**
 * Totals the facts along `by`, nested in that order: the first dimension's keys, each with its
 * subtotal and the second dimension's keys under it, and so on; with `across`, every line is also
 * split by that dimension's keys (the columns). Keys sort by the dimension's order (registry order
 * for agencies, plan order for sources and groups, ascending years), unstated keys last.
 */
export function pivot<D extends string>(data: Facts<D>, by: readonly D[], across?: D): Pivot<D> {
  const whole = totalOf(data.facts, across);
  const columns =
    across === undefined ? [] : sortedKeys(data, across, [...new Set(data.facts.map((fact) => fact.keys[across]))]).map(({ key, label }) => ({ key, label }));
  return { by, across, columns, total: whole.total, byColumn: whole.byColumn, nodes: nodesOf(data, data.facts, by, across) };
}

function nodesOf<D extends string>(data: Facts<D>, facts: Facts<D>["facts"], by: readonly D[], across: D | undefined): PivotNode<D>[] {
  const [dimension, ...rest] = by;
  if (dimension === undefined) return [];
  const groups = new Map<string, Array<Facts<D>["facts"][number]>>();
  for (const fact of facts) {
    const key = fact.keys[dimension];
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  return sortedKeys(data, dimension, [...groups.keys()]).map(({ key, label }) => {
    const members = groups.get(key) ?? [];
    const { total, byColumn } = totalOf(members, across);
    return { dimension, key, label, total, byColumn, children: nodesOf(data, members, rest, across) };
  });
}

function totalOf<D extends string>(facts: Facts<D>["facts"], across: D | undefined): { total: Money; byColumn: Map<string, Money> } {
  let total = ZERO;
  const byColumn = new Map<string, Money>();
  for (const fact of facts) {
    total = total.plus(fact.amount);
    if (across !== undefined) byColumn.set(fact.keys[across], (byColumn.get(fact.keys[across]) ?? ZERO).plus(fact.amount));
  }
  return { total, byColumn };
}

function sortedKeys<D extends string>(data: Facts<D>, dimension: D, keys: readonly string[]): Array<{ key: string; label: string }> {
  const labels = data.labels.get(dimension);
  return keys
    .map((key) => ({ key, known: labels?.get(key) }))
    .sort((a, b) => (a.known?.rank ?? 0) - (b.known?.rank ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, known }) => ({ key, label: known?.label ?? key }));
}
