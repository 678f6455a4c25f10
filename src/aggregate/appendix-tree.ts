import type { BudgetRow } from "../data/budget-row.js";
import { type Money, ZERO } from "../data/money.js";
import type { LeadUnits } from "./lead-units.js";
import { rowAmount, type Totals, totalsOf } from "./totals.js";

/** Where a line of the appendix was read from: file › sheet › the A1 address of its code cell. */
export interface SourceCell {
  readonly file: string;
  readonly sheet: string;
  /** Undefined for an agency whose form has no agency row. */
  readonly cell: string | undefined;
}

/** What a line of the appendix shows: its total, and its amount per period (a period it has none for is absent). */
export type LineTotals = Pick<Totals, "total" | "byPeriod">;

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
  /**
   * Its lead unit (`Đơn vị chủ trì`) as the consolidation names it: the registry's official name when
   * the unit is an agency of the plan, else its first spelling in the run; `""` when the row states none.
   */
  readonly leadUnit: string;
  /** Funding-source codes in the plan's order, inherited from the nearest ancestor that states them. */
  readonly fundingSources: readonly string[];
  /** Whether some child carries money, so that this line's figures are its children's sums (a SUM in the workbook). */
  readonly sumsChildren: boolean;
  /** Its own figures for a line that does not sum its children; else the sums of its children's. */
  readonly totals: LineTotals;
  /** Whether its money counts in the grand total itself: the nodes with this flag add up to it. */
  readonly inTotal: boolean;
  /** Whether it is an "of which" row (its `row.role`): it details its parent, never counts, and is not in its parent's sums. */
  readonly ofWhich: boolean;
  readonly source: SourceCell;
  /** Its sub-items and "of which" rows, in sheet order. */
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
 * Builds an agency's subtree from the parts each sheet gave it, numbered under `code`, and the
 * agency's totals along every dimension from the nodes that count; `leadUnits` names the rows' lead
 * units. Linear in the number of rows: one pass bottom-up finds which rows carry money, one top-down
 * marks the nodes that count.
 */
export function agencyTree(parts: readonly AgencyPart[], code: string, leadUnits: LeadUnits): AgencyTree {
  const build = (row: BudgetRow, rowCode: string, depth: number, inherited: readonly string[], part: AgencyPart): TreeItem => {
    const fundingSources = row.fundingSources.length > 0 ? row.fundingSources : inherited;
    // "Of which" rows keep their code as written and take no number: the sub-items are numbered without them.
    let numbered = 0;
    const children =
      row.children.length === 0
        ? NO_CHILDREN
        : row.children.map((child) =>
            build(child, child.role === "of-which" ? child.code.text : appendixChildCode(child, rowCode, numbered++), depth + 1, fundingSources, part),
          );
    return new TreeItem(row, rowCode, depth, fundingSources, children, part, leadUnits.name(row.leadUnit));
  };
  const counted: TreeItem[] = [];
  // A node counts when it does not sum its children and every ancestor does; an "of which" node never.
  const mark = (node: TreeItem): void => {
    if (node.ofWhich) return;
    if (node.sumsChildren) node.children.forEach(mark);
    else {
      node.inTotal = true;
      counted.push(node);
    }
  };
  const items: BudgetRow[] = [];
  const children: TreeItem[] = [];
  for (const part of parts) {
    for (const row of part.items) {
      const item = build(row, appendixChildCode(row, code, items.length), 2, [], part);
      mark(item);
      children.push(item);
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

const NO_CHILDREN: readonly TreeItem[] = [];

/**
 * An item node. Its line totals and source are made when first asked for, then kept: `check` and
 * `totals` consolidate too but never read them, and a Map per row made a 57,000-row consolidation
 * three times slower (garbage collection).
 */
class TreeItem implements ItemNode {
  readonly level: "item" | "sub-item";
  readonly originalCode: string;
  readonly ofWhich: boolean;
  readonly sumsChildren: boolean;
  /** Whether it or a descendant has a figure: its parent then sums its children. */
  readonly carries: boolean;
  /** Set once by `agencyTree`'s marking pass, which alone knows the ancestors. */
  inTotal = false;
  private lineTotals: LineTotals | undefined;

  constructor(
    readonly row: BudgetRow,
    readonly code: string,
    readonly depth: number,
    readonly fundingSources: readonly string[],
    readonly children: readonly TreeItem[],
    private readonly part: AgencyPart,
    readonly leadUnit: string,
  ) {
    this.level = depth === 2 ? "item" : "sub-item";
    this.originalCode = row.code.text;
    this.ofWhich = row.role === "of-which";
    this.sumsChildren = children.some((child) => child.carries);
    this.carries = !this.ofWhich && (this.sumsChildren || row.amount !== null || row.periods.size > 0);
  }

  get totals(): LineTotals {
    this.lineTotals ??= this.sumsChildren ? sumOf(this.children) : ownTotals(this.row);
    return this.lineTotals;
  }

  get source(): SourceCell {
    return { file: this.part.file, sheet: this.part.sheet, cell: this.row.codeCell };
  }
}

/** The nodes whose money counts in the totals (`inTotal`), depth-first: what totals, pivots and ceilings add up. */
export function* countedNodes(items: readonly ItemNode[]): Iterable<ItemNode> {
  for (const item of items) {
    if (item.inTotal) yield item;
    else if (!item.ofWhich) yield* countedNodes(item.children);
  }
}

/**
 * The code of a row in the appendix: numeric paths renumbered under their new parent (`4,5` placed
 * under agency 2 becomes `2.5`), and so are an agency's task areas (`I`, `II` of a single agency's
 * plan: `1.1`, `1.2`); `(1)`, `a)` and bullets kept as written.
 */
function appendixChildCode(row: BudgetRow, parentCode: string, index: number): string {
  const kind = row.code.kind;
  return kind === "path" || kind === "none" || kind === "malformed" || kind === "section" ? `${parentCode}.${index + 1}` : row.code.text;
}

function ownTotals(row: BudgetRow): LineTotals {
  const byPeriod = new Map<string, Money>();
  for (const [period, amount] of row.periods) byPeriod.set(period, amount.value);
  return { total: rowAmount(row), byPeriod };
}

function sumOf(children: readonly ItemNode[]): LineTotals {
  let total = ZERO;
  const byPeriod = new Map<string, Money>();
  for (const { totals, ofWhich } of children) {
    if (ofWhich) continue;
    total = total.plus(totals.total);
    for (const [period, value] of totals.byPeriod) byPeriod.set(period, (byPeriod.get(period) ?? ZERO).plus(value));
  }
  return { total, byPeriod };
}
