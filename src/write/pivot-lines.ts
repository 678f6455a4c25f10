import type { Pivot, PivotNode } from "../aggregate/pivot.js";
import type { Money } from "../data/money.js";

/** One printed line of a pivot: a key with its subtotal, a leaf, or the grand total. */
export interface PivotLine {
  readonly kind: "subtotal" | "line" | "total";
  /** 0 for the first dimension; the grand total has depth -1. */
  readonly depth: number;
  /** Keys and labels along the dimensions down to this line (shorter than `by` for subtotals). */
  readonly keys: readonly string[];
  readonly labels: readonly string[];
  readonly amount: Money;
  /** The amount by column key, when the pivot has columns. */
  readonly byColumn: ReadonlyMap<string, Money>;
  /** Share of the largest line of the whole table, for bars (0…1). */
  readonly barShare: number;
}

/**
 * Flattens a pivot, parents before their children, then the grand total. Every line shares one bar
 * scale, the largest line's (a full bar): a bar per level would draw a child longer than its equal
 * parent, and bars of different lengths for equal amounts.
 */
export function pivotLines<D extends string>(pivot: Pivot<D>): PivotLine[] {
  let max: Money | undefined;
  const measure = (node: PivotNode<D>) => {
    if (!max || node.total.abs().greaterThan(max)) max = node.total.abs();
    node.children.forEach(measure);
  };
  pivot.nodes.forEach(measure);

  const lines: PivotLine[] = [];
  const visit = (node: PivotNode<D>, depth: number, keys: readonly string[], labels: readonly string[]) => {
    const ownKeys = [...keys, node.key];
    const ownLabels = [...labels, node.label];
    const barShare = max && !max.isZero() ? Number(node.total.dividedBy(max).toFixed(4)) : 0;
    lines.push({
      kind: node.children.length > 0 ? "subtotal" : "line",
      depth,
      keys: ownKeys,
      labels: ownLabels,
      amount: node.total,
      byColumn: node.byColumn,
      barShare,
    });
    node.children.forEach((child) => {
      visit(child, depth + 1, ownKeys, ownLabels);
    });
  };
  pivot.nodes.forEach((node) => {
    visit(node, 0, [], []);
  });
  lines.push({ kind: "total", depth: -1, keys: [], labels: [], amount: pivot.total, byColumn: pivot.byColumn, barShare: 0 });
  return lines;
}

/** Column headings of the pivot dimensions, in Vietnamese as the appendix names them. */
export const DIMENSION_HEADINGS: Readonly<Record<Pivot["by"][number], string>> = {
  agency: "Cơ quan, đơn vị",
  year: "Năm",
  source: "Nguồn vốn",
  group: "Nhóm nhiệm vụ",
  section: "Phần",
  period: "Năm, giai đoạn",
  phase: "Loại số liệu",
  lead: "Đơn vị chủ trì",
};
