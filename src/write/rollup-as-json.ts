import type { Pivot, PivotNode } from "../aggregate/pivot.js";
import { yearChanges, type RollupDimension, type RollupInput } from "../aggregate/rollup.js";
import type { Money } from "../data/money.js";
import { percentOf } from "./rollup-lines.js";

/** The version of the rollup JSON document; bumped whenever a field changes meaning. */
export const ROLLUP_SCHEMA_VERSION = 1;

/**
 * Renders a rollup as JSON: `kind: "rollup"`, the inputs, the row dimensions in `by`, the `years`
 * (`""` = not split by year), and for the whole and every nested line its total, `byYear` and the
 * `changes` between consecutive years (`percent` with two decimals, absent when the earlier year is
 * zero). Amounts are exact decimal strings in triệu đồng.
 */
export function rollupAsJson(rollup: Pivot<RollupDimension>, inputs: readonly RollupInput[]): string {
  const years = rollup.columns.map((c) => c.key);
  const figures = (total: Money, byColumn: ReadonlyMap<string, Money>) => ({
    amount: total.toFixed(),
    byYear: Object.fromEntries(years.flatMap((year) => {
      const value = byColumn.get(year);
      return value ? [[year, value.toFixed()]] : [];
    })),
    changes: yearChanges(byColumn, years).map((c) => ({ from: c.from, to: c.to, change: c.change.toFixed(), ...(c.ratio ? { percent: percentOf(c) } : {}) })),
  });
  const node = (n: PivotNode<RollupDimension>): object => ({
    dimension: n.dimension,
    key: n.dimension === "input" ? n.label : n.key,
    label: n.label,
    ...figures(n.total, n.byColumn),
    ...(n.children.length > 0 ? { children: n.children.map(node) } : {}),
  });
  const document = {
    kind: "rollup",
    schemaVersion: ROLLUP_SCHEMA_VERSION,
    unit: "triệu đồng",
    inputs: inputs.map((input) => ({ file: input.file, label: input.label })),
    by: rollup.by,
    years,
    ...figures(rollup.total, rollup.byColumn),
    nodes: rollup.nodes.map(node),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
