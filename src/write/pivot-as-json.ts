import type { Pivot, PivotNode } from "../aggregate/pivot.js";

/** The version of the pivot JSON document; bumped whenever a field changes meaning. */
export const PIVOT_SCHEMA_VERSION = 1;

interface NodeJson {
  readonly key: string;
  readonly label: string;
  readonly amount: string;
  readonly children?: readonly NodeJson[];
}

/**
 * Renders a pivot as the JSON document scripts (and `budget rollup`) read: `kind: "pivot"`, the
 * dimensions in `by`, the grand total, the nested `nodes`, and `rows`, one per leaf with its key
 * along every dimension (`""` = not stated). Amounts are exact decimal strings in triệu đồng.
 */
export function pivotAsJson(pivot: Pivot): string {
  const rows: Array<{ keys: Record<string, string>; amount: string }> = [];
  const leaves = (node: PivotNode, keys: Record<string, string>) => {
    const own = { ...keys, [node.dimension]: node.key };
    if (node.children.length === 0) rows.push({ keys: own, amount: node.total.toFixed() });
    node.children.forEach((child) => leaves(child, own));
  };
  pivot.nodes.forEach((node) => leaves(node, {}));
  const document = {
    kind: "pivot",
    schemaVersion: PIVOT_SCHEMA_VERSION,
    unit: "triệu đồng",
    by: pivot.by,
    total: pivot.total.toFixed(),
    nodes: pivot.nodes.map(nodeJson),
    rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function nodeJson(node: PivotNode): NodeJson {
  const base = { key: node.key, label: node.label, amount: node.total.toFixed() };
  return node.children.length > 0 ? { ...base, children: node.children.map(nodeJson) } : base;
}
