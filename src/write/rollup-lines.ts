import type { Pivot } from "../aggregate/pivot.js";
import { type RollupDimension, type YearChange, yearChanges } from "../aggregate/rollup.js";
import { DIMENSION_HEADINGS, type PivotLine, pivotLines } from "./pivot-lines.js";

/** A line of a rollup: a pivot line and its change between consecutive years. */
export interface RollupLine extends PivotLine {
  readonly changes: readonly YearChange[];
}

/** Column headings of the rollup dimensions. */
export const ROLLUP_HEADINGS: Readonly<Record<RollupDimension, string>> = {
  agency: DIMENSION_HEADINGS.agency,
  source: DIMENSION_HEADINGS.source,
  section: DIMENSION_HEADINGS.section,
  year: DIMENSION_HEADINGS.year,
  input: "Tệp tổng hợp",
};

/** The rollup flattened (parents first, then the grand total), each line with its year-on-year changes. */
export function rollupLines(rollup: Pivot<RollupDimension>): RollupLine[] {
  const years = rollup.columns.map((c) => c.key);
  return pivotLines(rollup).map((line) => ({ ...line, changes: yearChanges(line.byColumn, years) }));
}

/** The key of a line along dimension `i` as exports write it: the input's name rather than its number. */
export function exportKey(rollup: Pivot<RollupDimension>, line: PivotLine, i: number): string {
  return rollup.by[i] === "input" ? (line.labels[i] ?? "") : (line.keys[i] ?? "");
}

/** A change as a signed percentage with two decimals (`25.9` for +25,9 %), or undefined. */
export function percentOf(change: YearChange): string | undefined {
  return change.ratio?.times(100).toDecimalPlaces(2).toFixed();
}
