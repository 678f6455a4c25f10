import type { BudgetRow } from "../data/budget-row.js";
import { ZERO, type Money } from "../data/money.js";
import { rowAmount, totalsOf, type Contribution, type Totals } from "./totals.js";

/** Where a line of the appendix was read from: file › sheet › the A1 address of its code cell. */
export interface SourceCell {
  readonly file: string;
  readonly sheet: string;
  /** Undefined for an agency whose form has no agency row. */
  readonly cell: string | undefined;
}

/** What a line of the appendix shows: its total, and its amount per year (a year it has none for is absent). */
export type LineTotals = Pick<Totals, "total" | "byYear">;

/** The part of the appendix tree an agency heads: its number, where it was read from, its items. */
export interface AgencyNode {
  /** Its number within its section (`1`, `2`): the prefix of its items' codes. */
  readonly code: string;
  /** The code of its agency row in the first sheet that sent it rows (`2`, `I.1`); `""` when that sheet has no agency row. */
  readonly originalCode: string;
  /** Always 1: the agency's line, above its items (2) and sub-items (3 and more). */
  readonly depth: number;
  /** Always false: an agency's line is the sum of its items, which are counted instead. */
  readonly inTotal: boolean;
  /** Its agency row in the first sheet that sent it rows (that sheet, cell undefined, when it has none). */
  readonly source: SourceCell;
  readonly children: readonly ItemNode[];
}

/** An item or sub-item of the appendix, numbered as the appendix numbers it, with its exact totals. */
export interface ItemNode {
  readonly level: "item" | "sub-item";
  /** The code the appendix gives it: numeric paths renumbered under the parent (`2.1`, `2.1.1`), `(1)` and `a)` kept. */
  readonly code: string;
  /** Its code as its form wrote it (`4,5`); `""` when it had none. */
  readonly originalCode: string;
  /** 2 for an agency's items, one more per level below. */
  readonly depth: number;
  /** The row as read: name, period, legal basis, lead unit, its own funding sources and task-group marks. */
  readonly row: BudgetRow;
  /** Funding-source codes in the plan's order, inherited from the nearest ancestor that states them. */
  readonly fundingSources: readonly string[];
  /** Whether some child carries money, so that this line's figures are its children's sums (a SUM in the workbook). */
  readonly sumsChildren: boolean;
  /** Its own figures for a line that does not sum its children; else the sums of its children's. */
  readonly totals: LineTotals;
  /** Whether its money counts in the grand total itself: the nodes with this flag add up to it. */
  readonly inTotal: boolean;
  readonly source: SourceCell;
  readonly children: readonly ItemNode[];
}

/** The rows one form sheet gave an agency: its items (or its agency row alone when it has none), and where they were read. */
export interface AgencyPart {
  readonly file: string;
  readonly sheet: string;
  readonly agencyRow: BudgetRow | undefined;
  readonly items: readonly BudgetRow[];
}

/** An agency's part of the tree as `consolidate` builds it, with the rows and totals it is made of. */
export interface AgencyTree extends AgencyNode {
  readonly items: readonly BudgetRow[];
  readonly totals: Totals;
}

/**
 * Builds an agency's subtree from the parts each sheet gave it, numbered under `code`: every node
 * with its totals, computed once bottom-up (a parent's are its children's sums when they carry
 * money), and the agency's totals along every dimension from the nodes that count. Linear in the
 * number of rows: one pass finds which rows carry money, one builds the nodes.
 */
export function agencyTree(parts: readonly AgencyPart[], code: string): AgencyTree {
  const carrying = rowsCarryingMoney(parts);
  const counted: Contribution[] = [];
  const node = (row: BudgetRow, rowCode: string, depth: number, inherited: readonly string[], inTotal: boolean, part: AgencyPart): ItemNode => {
    const fundingSources = row.fundingSources.length > 0 ? row.fundingSources : inherited;
    const sumsChildren = row.children.some((child) => carrying.has(child));
    if (inTotal && !sumsChildren) counted.push({ row, fundingSources });
    const children = row.children.map((child, j) => node(child, appendixChildCode(child, rowCode, j), depth + 1, fundingSources, inTotal && sumsChildren, part));
    return {
      level: depth === 2 ? "item" : "sub-item",
      code: rowCode,
      originalCode: row.code.text,
      depth,
      row,
      fundingSources,
      sumsChildren,
      totals: sumsChildren ? sumOf(children) : ownTotals(row),
      inTotal: inTotal && !sumsChildren,
      source: { file: part.file, sheet: part.sheet, cell: row.codeCell },
      children,
    };
  };
  const items: BudgetRow[] = [];
  const children: ItemNode[] = [];
  for (const part of parts) {
    for (const row of part.items) {
      children.push(node(row, appendixChildCode(row, code, items.length), 2, [], true, part));
      items.push(row);
    }
  }
  const first = parts.find((part) => part.items.length > 0);
  const origin = first ?? parts[0];
  return {
    code,
    originalCode: first?.agencyRow?.code.text ?? "",
    depth: 1,
    inTotal: false,
    source: { file: origin?.file ?? "", sheet: origin?.sheet ?? "", cell: first?.agencyRow?.codeCell },
    children,
    items,
    totals: totalsOf(counted),
  };
}

/** The nodes whose money counts in the totals (`inTotal`), depth-first: what totals, pivots and ceilings add up. */
export function* countedNodes(items: readonly ItemNode[]): Iterable<ItemNode> {
  for (const item of items) {
    if (item.inTotal) yield item;
    else yield* countedNodes(item.children);
  }
}

/**
 * The code of a row in the appendix: numeric paths renumbered under their new parent (`4,5` placed
 * under agency 2 becomes `2.5`), `(1)`, `a)` and bullets kept as written.
 */
function appendixChildCode(row: BudgetRow, parentCode: string, index: number): string {
  return row.code.kind === "path" || row.code.kind === "none" || row.code.kind === "malformed" ? `${parentCode}.${index + 1}` : row.code.text;
}

/** The rows that carry money (a figure of their own or in some descendant), found bottom-up in one pass. */
function rowsCarryingMoney(parts: readonly AgencyPart[]): Set<BudgetRow> {
  const carrying = new Set<BudgetRow>();
  const visit = (row: BudgetRow): boolean => {
    let carries = row.amount !== null || row.years.size > 0;
    for (const child of row.children) if (visit(child)) carries = true;
    if (carries) carrying.add(row);
    return carries;
  };
  for (const part of parts) for (const row of part.items) visit(row);
  return carrying;
}

function ownTotals(row: BudgetRow): LineTotals {
  const byYear = new Map<number, Money>();
  for (const [year, amount] of row.years) byYear.set(year, amount.value);
  return { total: rowAmount(row), byYear };
}

function sumOf(children: readonly ItemNode[]): LineTotals {
  let total = ZERO;
  const byYear = new Map<number, Money>();
  for (const { totals } of children) {
    total = total.plus(totals.total);
    for (const [year, value] of totals.byYear) byYear.set(year, (byYear.get(year) ?? ZERO).plus(value));
  }
  return { total, byYear };
}
