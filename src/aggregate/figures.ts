// A figure of the money model: an amount at a period and a funding-source combination, read from the
// appendix tree. `diff` and `review` key their figures here, so that the period (and, later, the phase)
// of a figure is decided in one place.
import { type Money, ZERO } from "../data/money.js";
import { combinationKey, sourcesForPeriod } from "../parse/funding-source.js";
import type { ItemNode } from "./appendix-tree.js";
import { periodParts, UNSTATED } from "./pivot-facts.js";

/** Where a figure sits: its period (a year or a range, `""` when the row states none; requested figures only) and its funding-source combination (`""`: none stated). */
export interface FigureKey {
  readonly period: string;
  readonly source: string;
}

/** An amount at a figure key. */
export interface Figure extends FigureKey {
  readonly amount: Money;
}

/**
 * The figures of a node whose money counts: its amount by period (what the period columns leave out
 * under the unstated period) under its funding sources. The one place that decides a figure's period:
 * when rows are read by period and phase, only this function changes.
 */
export function ownFigures(node: ItemNode): Figure[] {
  // A source line naming a period (`- ĐTPT (2026-2030)`) gives that period's money its own combination, as in the pivot.
  const sourceOf = (period: string): string =>
    combinationKey(period === UNSTATED ? node.fundingSources : sourcesForPeriod(period, node.row.periodSources, node.fundingSources));
  return periodParts(node.row, node.totals.total)
    .filter(([, amount]) => !amount.isZero())
    .map(([period, amount]) => ({ period, source: sourceOf(period), amount }));
}

/** A figure key as one string, for maps. */
export function keyOf({ period, source }: FigureKey): string {
  return `${period}\u0000${source}`;
}

/** Where a period sorts: years and ranges by their first year, the unstated one last. */
function periodRank(period: string): number {
  return period === UNSTATED ? Number.MAX_SAFE_INTEGER : Number(period.slice(0, 4)) || Number.MAX_SAFE_INTEGER - 1;
}

/** Orders figure keys: by period (see `periodRank`), then by source. */
export function compareKeys(a: FigureKey, b: FigureKey): number {
  return periodRank(a.period) - periodRank(b.period) || a.period.localeCompare(b.period) || a.source.localeCompare(b.source);
}

/** Figures added up by key, in key order, zeros left out. */
export function sumFigures(all: Iterable<Figure>): Figure[] {
  const sums = new Map<string, Figure>();
  for (const figure of all) {
    const key = keyOf(figure);
    const known = sums.get(key);
    sums.set(key, { period: figure.period, source: figure.source, amount: (known?.amount ?? ZERO).plus(figure.amount) });
  }
  return [...sums.values()].filter((f) => !f.amount.isZero()).sort(compareKeys);
}

/** A node's line figures: its own when it counts, else its sub-items' sums; "of which" rows never. */
export function lineFigures(node: ItemNode): Figure[] {
  if (node.ofWhich) return [];
  if (node.inTotal) return ownFigures(node);
  return sumFigures(node.children.flatMap(lineFigures));
}

/** Every period some figure has, in order (years and ranges by their first year, the unstated one last). */
export function periodsOf(figures: Iterable<Figure>): string[] {
  const periods = [...new Set([...figures].map((figure) => figure.period))];
  return periods.sort((a, b) => periodRank(a) - periodRank(b) || a.localeCompare(b));
}

/** Figures added up by period, over their sources (a line's amount per year or period column). */
export function amountsByPeriod(figures: readonly Figure[]): Map<string, Money> {
  const sums = new Map<string, Money>();
  for (const figure of figures) sums.set(figure.period, (sums.get(figure.period) ?? ZERO).plus(figure.amount));
  return sums;
}
