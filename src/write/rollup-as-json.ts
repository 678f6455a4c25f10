import type { Pivot, PivotNode } from "../aggregate/pivot.js";
import { type RollupDimension, type RollupInput, yearChanges } from "../aggregate/rollup.js";
import type { Money } from "../data/money.js";
import { ROLLUP_SCHEMA_VERSION, UNIT } from "../schemas/constants.js";
import type { RollupDocument, RollupNodeDocument } from "../schemas/rollup-schema.js";
import { percentOf } from "./rollup-lines.js";

/**
 * A rollup as its JSON document: `kind: "rollup"`, the inputs, the row dimensions in `by`, the `years`
 * (`""` = not split by year), and for the whole and every nested line its total, `byYear` and the
 * `changes` between consecutive years (`percent` with two decimals, absent when the earlier year is
 * zero). Amounts are exact decimal strings in triệu đồng.
 */
export function rollupDocument(rollup: Pivot<RollupDimension>, inputs: readonly RollupInput[]): RollupDocument {
  const years = rollup.columns.map((c) => c.key);
  const figures = (total: Money, byColumn: ReadonlyMap<string, Money>) => ({
    amount: total.toFixed(),
    byYear: Object.fromEntries(
      years.flatMap((year) => {
        const value = byColumn.get(year);
        return value && !value.isZero() ? [[year, value.toFixed()]] : [];
      }),
    ),
    changes: yearChanges(byColumn, years).map((c) => ({
      from: c.from,
      to: c.to,
      ...(c.change ? { change: c.change.toFixed() } : {}),
      ...(c.ratio ? { percent: percentOf(c) } : {}),
    })),
  });
  const node = (n: PivotNode<RollupDimension>): RollupNodeDocument => ({
    dimension: n.dimension,
    key: n.dimension === "input" ? n.label : n.key,
    label: n.label,
    ...figures(n.total, n.byColumn),
    ...(n.children.length > 0 ? { children: n.children.map(node) } : {}),
  });
  return {
    kind: "rollup",
    schemaVersion: ROLLUP_SCHEMA_VERSION,
    unit: UNIT,
    inputs: inputs.map((input) => ({ file: input.file, label: input.label })),
    by: [...rollup.by],
    years,
    ...figures(rollup.total, rollup.byColumn),
    nodes: rollup.nodes.map(node),
  };
}

/** The rollup document (see `rollupDocument`) as indented JSON text. */
export function rollupAsJson(rollup: Pivot<RollupDimension>, inputs: readonly RollupInput[]): string {
  return `${JSON.stringify(rollupDocument(rollup, inputs), null, 2)}\n`;
}
