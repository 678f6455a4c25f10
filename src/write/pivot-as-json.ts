import type { Pivot, PivotNode } from "../aggregate/pivot.js";
import { PIVOT_SCHEMA_VERSION, UNIT } from "../schemas/constants.js";
import type { PivotDocument, PivotNodeDocument } from "../schemas/pivot-schema.js";

/**
 * A pivot as the JSON document scripts (and `budget rollup`) read: `kind: "pivot"`, the dimensions in
 * `by`, the grand total, the nested `nodes`, and `rows`, one per leaf with its key along every
 * dimension (`""` = not stated). Amounts are exact decimal strings in triệu đồng.
 */
export function pivotDocument(pivot: Pivot): PivotDocument {
  const rows: Array<{ keys: Record<string, string>; amount: string }> = [];
  const leaves = (node: PivotNode, keys: Record<string, string>) => {
    const own = { ...keys, [node.dimension]: node.key };
    if (node.children.length === 0) rows.push({ keys: own, amount: node.total.toFixed() });
    node.children.forEach((child) => {
      leaves(child, own);
    });
  };
  pivot.nodes.forEach((node) => {
    leaves(node, {});
  });
  return {
    kind: "pivot",
    schemaVersion: PIVOT_SCHEMA_VERSION,
    unit: UNIT,
    by: [...pivot.by],
    total: pivot.total.toFixed(),
    nodes: pivot.nodes.map(nodeJson),
    rows,
  };
}

/** The pivot document (see `pivotDocument`) as indented JSON text. */
export function pivotAsJson(pivot: Pivot): string {
  return `${JSON.stringify(pivotDocument(pivot), null, 2)}\n`;
}

function nodeJson(node: PivotNode): PivotNodeDocument {
  const base = { key: node.key, label: node.label, amount: node.total.toFixed() };
  return node.children.length > 0 ? { ...base, children: node.children.map(nodeJson) } : base;
}
