import { type Money, ZERO } from "../data/money.js";
import { foldText } from "../data/text.js";
import { combinationKey } from "../parse/funding-source.js";
import type { ItemNode, SourceCell } from "./appendix-tree.js";
import type { AgencyTotal, Consolidation } from "./consolidate.js";
import { compareKeys, type Figure, type FigureKey, keyOf, lineFigures, ownFigures, periodsOf, sumFigures } from "./figures.js";

export type { Figure, FigureKey };

/** A figure that differs between the two versions: what it was, what it is, and the difference (after − before). */
export interface FigureChange extends FigureKey {
  readonly before: Money;
  readonly after: Money;
  readonly change: Money;
}

/** What became of an item, an agency: only in the new version, only in the old one, different, the same. */
export type DiffStatus = "added" | "removed" | "changed" | "unchanged";

/** An item (or sub-item) as one version has it. */
export interface ItemSide {
  /** Its code as its form wrote it (`4,5`), else the appendix's. */
  readonly code: string;
  readonly name: string;
  /** The funding sources of its line, as the appendix shows them (`CTX, NST`; `""`: none). */
  readonly source: string;
  /** Its line's figures (a line that sums its sub-items: their sums), by period and source. */
  readonly line: readonly Figure[];
  /** Its line's total. */
  readonly total: Money;
  readonly cell: SourceCell;
}

/** One item of an agency, aligned between the two versions. */
export interface ItemDiff {
  readonly status: DiffStatus;
  /** 2 for an agency's items, one more per level below. */
  readonly depth: number;
  readonly before: ItemSide | undefined;
  readonly after: ItemSide | undefined;
  /** Matched by its code, its name changed. */
  readonly renamed: boolean;
  /** Matched by its name, its code changed. */
  readonly renumbered: boolean;
  /**
   * The figures of its own that changed (an item whose money counts in the total, not one that sums its
   * sub-items, whose changes are theirs), threshold or not: over all items of an agency they add up to
   * the change of the agency's total.
   */
  readonly changes: readonly FigureChange[];
  /** The `changes` reported: those at least the threshold. */
  readonly listed: readonly FigureChange[];
  /** Whether it is reported: one of `changes` is at least the threshold, or, with no threshold, it changed at all. */
  readonly material: boolean;
}

/** A total in both versions (an agency's, or the grand total): its change, by period and source too. */
export interface TotalDiff {
  readonly before: Money;
  readonly after: Money;
  readonly change: Money;
  /** The total's changes by period and source (every change, threshold or not). */
  readonly changes: readonly FigureChange[];
  /** The line's figures in each version, by period and source. */
  readonly lineBefore: readonly Figure[];
  readonly lineAfter: readonly Figure[];
}

/** An agency, aligned between the two versions, with the effect of its changes on its total. */
export interface AgencyDiff extends TotalDiff {
  readonly name: string;
  readonly status: DiffStatus;
  /** Its items and sub-items depth-first, in the new version's order; a removed one after its old neighbours. */
  readonly items: readonly ItemDiff[];
  /** Whether one of its items is reported. */
  readonly material: boolean;
}

/** What changed between two versions of some forms: agency by agency, item by item, figure by figure, and the grand total. */
export interface BudgetDiff {
  /** The materiality threshold (`--min`): a change smaller than this is not reported. */
  readonly minimum: Money;
  /** Every period a figure of either version has, in order (years, then ranges, then the unstated one). */
  readonly periods: readonly string[];
  readonly agencies: readonly AgencyDiff[];
  readonly total: TotalDiff;
  /** Whether anything is reported (the exit code of `budget diff`). */
  readonly changed: boolean;
}

/** The figures that differ between two lists, in key order. */
function changesBetween(before: readonly Figure[], after: readonly Figure[]): FigureChange[] {
  const pairs = new Map<string, { key: FigureKey; before: Money; after: Money }>();
  for (const [side, figures] of [
    ["before", before],
    ["after", after],
  ] as const) {
    for (const figure of figures) {
      const key = keyOf(figure);
      const pair = pairs.get(key) ?? { key: figure, before: ZERO, after: ZERO };
      pair[side] = pair[side].plus(figure.amount);
      pairs.set(key, pair);
    }
  }
  return [...pairs.values()]
    .map(({ key, before: b, after: a }) => ({ period: key.period, source: key.source, before: b, after: a, change: a.minus(b) }))
    .filter((c) => !c.change.isZero())
    .sort(compareKeys);
}

function sideOf(node: ItemNode): ItemSide {
  return {
    code: node.originalCode === "" ? node.code : node.originalCode,
    name: node.row.name,
    source: combinationKey(node.fundingSources),
    line: lineFigures(node),
    total: node.totals.total,
    cell: node.source,
  };
}

/** The words of a name, folded, for telling a renamed item from another one. */
function words(name: string): Set<string> {
  return new Set(foldText(name).split(" ").filter(Boolean));
}

/** Whether two names share at least half their words (Dice's coefficient ≥ 0.5): the same item renamed, not another one. */
function similarNames(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  if (x.size + y.size === 0) return true;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return (2 * shared) / (x.size + y.size) >= 0.5;
}

/**
 * Pairs the old and new nodes of one level: the same code and name first, then the same name (a
 * renumbered item), then the same code with a similar name (a renamed one). Returns each new node's
 * old partner (or undefined) and the old nodes left without one.
 */
function alignLevel(olds: readonly ItemNode[], news: readonly ItemNode[]): { partners: Array<ItemNode | undefined>; removed: ItemNode[] } {
  const partners: Array<ItemNode | undefined> = news.map(() => undefined);
  const taken = new Set<ItemNode>();
  const codeOf = (node: ItemNode) => (node.originalCode === "" ? node.code : node.originalCode).trim();
  const passes: Array<(o: ItemNode, n: ItemNode) => boolean> = [
    (o, n) => codeOf(o) === codeOf(n) && foldText(o.row.name) === foldText(n.row.name),
    (o, n) => foldText(o.row.name) === foldText(n.row.name),
    (o, n) => codeOf(o) === codeOf(n) && similarNames(o.row.name, n.row.name),
  ];
  for (const matches of passes) {
    news.forEach((n, i) => {
      if (partners[i]) return;
      const o = olds.find((candidate) => !taken.has(candidate) && matches(candidate, n));
      if (!o) return;
      partners[i] = o;
      taken.add(o);
    });
  }
  return { partners, removed: olds.filter((o) => !taken.has(o)) };
}

/** Diffs two levels of items (an agency's items, an item's sub-items), depth-first, into `out`. */
function diffLevel(olds: readonly ItemNode[], news: readonly ItemNode[], minimum: Money, out: ItemDiff[]): void {
  const counted = (nodes: readonly ItemNode[]) => nodes.filter((node) => !node.ofWhich);
  const { partners, removed } = alignLevel(counted(olds), counted(news));
  counted(news).forEach((n, i) => {
    const o = partners[i];
    if (o) {
      out.push(itemDiff(o, n, minimum));
      diffLevel(o.children, n.children, minimum, out);
    } else {
      out.push(itemDiff(undefined, n, minimum));
      diffLevel([], n.children, minimum, out);
    }
  });
  for (const o of removed) {
    out.push(itemDiff(o, undefined, minimum));
    diffLevel(o.children, [], minimum, out);
  }
}

function itemDiff(o: ItemNode | undefined, n: ItemNode | undefined, minimum: Money): ItemDiff {
  const own = (node: ItemNode | undefined) => (node?.inTotal ? ownFigures(node) : []);
  const changes = changesBetween(own(o), own(n));
  const before = o && sideOf(o);
  const after = n && sideOf(n);
  const renamed = before !== undefined && after !== undefined && foldText(before.name) !== foldText(after.name);
  const renumbered = before !== undefined && after !== undefined && before.code.trim() !== after.code.trim();
  const status: DiffStatus = !before ? "added" : !after ? "removed" : changes.length > 0 || renamed || renumbered ? "changed" : "unchanged";
  const listed = changes.filter((c) => c.change.abs().greaterThanOrEqualTo(minimum));
  const material = minimum.isZero() ? status !== "unchanged" : listed.length > 0;
  return { status, depth: (n ?? o)?.depth ?? 2, before, after, renamed, renumbered, changes, listed, material };
}

/** Every figure an agency's lines count, added up by period and source. */
function agencyFigures(agency: AgencyTotal | undefined): Figure[] {
  return agency ? sumFigures(agency.children.flatMap(lineFigures)) : [];
}

function agencyDiff(name: string, o: AgencyTotal | undefined, n: AgencyTotal | undefined, minimum: Money): AgencyDiff {
  const items: ItemDiff[] = [];
  diffLevel(o?.children ?? [], n?.children ?? [], minimum, items);
  const lineBefore = agencyFigures(o);
  const lineAfter = agencyFigures(n);
  const before = o?.totals.total ?? ZERO;
  const after = n?.totals.total ?? ZERO;
  const status: DiffStatus = !o ? "added" : !n ? "removed" : items.some((item) => item.status !== "unchanged") ? "changed" : "unchanged";
  return {
    name,
    status,
    before,
    after,
    change: after.minus(before),
    changes: changesBetween(lineBefore, lineAfter),
    lineBefore,
    lineAfter,
    items,
    material: items.some((item) => item.material),
  };
}

function agenciesOf(consolidation: Consolidation): AgencyTotal[] {
  return consolidation.sections.flatMap((section) => [...section.agencies]);
}

/**
 * What changed from `before` to `after` (two consolidations: two versions of one agency's form, or two
 * folders of forms): agencies paired by name (two forms of one agency each pair whatever their names),
 * items aligned level by level by code and name (a renumbered item by its name, a renamed one by its
 * code), every figure that changed by period and source, and the effect on each agency's total and on
 * the grand total. A change smaller than `minimum` (triệu đồng) is not reported, but still counts in
 * the totals; with a threshold, a renamed or renumbered item whose money did not change is not reported.
 */
export function diffConsolidations(before: Consolidation, after: Consolidation, minimum: Money = ZERO): BudgetDiff {
  const olds = agenciesOf(before);
  const news = agenciesOf(after);
  const pairs: Array<[string, AgencyTotal | undefined, AgencyTotal | undefined]> = [];
  const [onlyOld, onlyNew] = [olds[0], news[0]];
  if (olds.length === 1 && news.length === 1 && onlyOld && onlyNew) pairs.push([onlyNew.name, onlyOld, onlyNew]);
  else {
    const byName = new Map(olds.map((agency) => [foldText(agency.name), agency]));
    for (const agency of news) {
      const old = byName.get(foldText(agency.name));
      byName.delete(foldText(agency.name));
      pairs.push([agency.name, old, agency]);
    }
    for (const old of byName.values()) pairs.push([old.name, old, undefined]);
  }
  const agencies = pairs.map(([name, o, n]) => agencyDiff(name, o, n, minimum));
  const lineBefore = sumFigures(agencies.flatMap((a) => a.lineBefore));
  const lineAfter = sumFigures(agencies.flatMap((a) => a.lineAfter));
  const periods = periodsOf([
    ...lineBefore,
    ...lineAfter,
    ...agencies.flatMap((a) => a.items.flatMap((i) => [...(i.before?.line ?? []), ...(i.after?.line ?? [])])),
  ]);
  return {
    minimum,
    periods,
    agencies,
    total: {
      before: before.totals.total,
      after: after.totals.total,
      change: after.totals.total.minus(before.totals.total),
      changes: changesBetween(lineBefore, lineAfter),
      lineBefore,
      lineAfter,
    },
    changed: agencies.some((agency) => agency.material),
  };
}
