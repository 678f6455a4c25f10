import type { BudgetRow } from "../data/budget-row.js";
import { PIVOT_DIMENSIONS, type PivotDimension } from "../data/dimensions.js";
import { type Money, sum, ZERO } from "../data/money.js";
import { comparePeriodKeys, isRequestedKey, PHASE_LABELS, PHASES, periodFromKey, periodText, singleYearOf, splitPhasedKey } from "../data/period.js";
import { combinationKey, sourcesForPeriod, UNKNOWN_SOURCE } from "../parse/funding-source.js";
import type { Plan } from "../plan/schema.js";
import type { ItemNode } from "./appendix-tree.js";
import type { Consolidation } from "./consolidate.js";

// Defined in data/ so that schemas/ can name them without importing a stage; still exported here for callers.
export { PIVOT_DIMENSIONS, type PivotDimension };

/** How a key of a dimension is printed, and where it sorts. */
export interface DimensionLabel {
  readonly label: string;
  readonly rank: number;
}

/** One piece of money and its key along every dimension (`""` = not stated). */
export interface PivotFact {
  readonly amount: Money;
  readonly keys: Readonly<Record<PivotDimension, string>>;
}

/** The money of a consolidation cut into facts, with the labels and order of every key. */
export interface PivotFacts {
  readonly facts: readonly PivotFact[];
  readonly labels: ReadonlyMap<PivotDimension, ReadonlyMap<string, DimensionLabel>>;
}

/** A key not stated along a dimension (no year, no source, no group, no period). */
export const UNSTATED = "";

/** What an unstated key is called in print. */
export const UNSTATED_LABEL: Readonly<Record<PivotDimension, string>> = {
  agency: "(không rõ đơn vị)",
  year: "Không chia theo năm",
  source: "Không ghi nguồn",
  group: "Chưa phân nhóm",
  section: "(không thuộc phần nào)",
  period: "Không chia theo năm, giai đoạn",
  phase: "Đề xuất",
  lead: "Không ghi đơn vị chủ trì",
};

/** What the combination of a source the plan does not know (`?`, BC401) is called in print. */
export const UNKNOWN_SOURCE_LABEL = "Không rõ nguồn";

/** How a task group is printed: its framework and its short name (`KH02: Dữ liệu`). */
export function taskGroupLabel(group: Plan["taskGroups"][number]): string {
  return `${group.framework}: ${group.synonyms[0] ?? group.label}`;
}

/** Amounts are allocated between periods and task groups to the đồng (6 decimals of triệu đồng). */
const ALLOCATION_PLACES = 6;

/**
 * Cuts a consolidation into facts: every node of its tree whose money counts (`inTotal`) split by period
 * (a year or a range, as stated; what the period figures do not cover goes to an unstated period; the
 * `year` key is the period when it is one year, else unstated) and by task group (amounts written
 * under a group go to it, the rest to the groups marked `x` together, or to no group). When a row is
 * split both ways, the cross is allocated in proportion, to the đồng, with the last share taking the
 * remainder, so every fact adds up exactly to the row and every total along any dimension is exact.
 * With `phases`, other phases' figures are facts too; with `approved` (a review workbook's figures,
 * `approvedOf`), each approved item's figure is a fact of the phase `approved`, stated for no period,
 * under the item's sources, and the forms' own approved columns are left out.
 */
export function pivotFacts(
  consolidation: Consolidation,
  plan: Plan,
  options: { readonly phases?: boolean; readonly approved?: ((node: ItemNode) => Money | undefined) | undefined } = {},
): PivotFacts {
  const facts: PivotFact[] = [];
  const labels = new Map<PivotDimension, Map<string, DimensionLabel>>(PIVOT_DIMENSIONS.map((d) => [d, new Map()]));
  const label = (dimension: PivotDimension, key: string, text: string, rank: number) => {
    const known = labels.get(dimension);
    if (known && !known.has(key))
      known.set(key, { label: key === UNSTATED ? UNSTATED_LABEL[dimension] : text, rank: key === UNSTATED ? Number.MAX_SAFE_INTEGER : rank });
  };
  const sourceRank = sourceRanker(plan);
  const groupNames = new Map(plan.taskGroups.map((group, index) => [group.key, { text: taskGroupLabel(group), index }]));

  // A lead unit of the registry sorts in its order, another after them all in order of appearance.
  const registryOrder = new Map(plan.agencies.map((agency, index) => [agency.name, index]));
  let otherLeads = plan.agencies.length;

  // One node whose money counts: its amount cut by period and task group, under its agency, section and lead unit.
  const addFacts = (agency: string, section: string, node: ItemNode, lead: string): void => {
    const { row, fundingSources, totals } = node;
    const amount = totals.total;
    if (!labels.get("lead")?.has(lead)) label("lead", lead, lead, registryOrder.get(lead) ?? otherLeads++);
    const periods = periodParts(row, amount);
    label("phase", "requested", PHASE_LABELS.requested, 0);
    // A source line naming a period (`- ĐTPT (2026-2030)`) gives that period's money its own combination.
    const sourceOf = (period: string): string => {
      const codes = period === UNSTATED ? fundingSources : sourcesForPeriod(period, row.periodSources, fundingSources);
      const key = combinationKey(codes);
      if (key === UNKNOWN_SOURCE) label("source", key, UNKNOWN_SOURCE_LABEL, Number.MAX_SAFE_INTEGER - 1);
      else label("source", key, key, sourceRank(codes));
      return key;
    };
    const groups = groupParts(row, amount);
    for (const [period] of periods) {
      const single = singleYearOf(period);
      const known = periodFromKey(period);
      label("period", period, periodText(period), known ? known.first * 10_000 + known.last : 0);
      if (single !== undefined) label("year", period, period, single);
      else label("year", UNSTATED, "", 0);
    }
    for (const [group] of groups) {
      const members = group.split("+").map((key) => groupNames.get(key));
      label("group", group, members.map((m, i) => m?.text ?? group.split("+")[i]).join(" + "), members[0]?.index ?? plan.taskGroups.length);
    }
    for (const [period, group, part] of cross(periods, groups, amount)) {
      if (part.isZero()) continue;
      const year = singleYearOf(period) === undefined ? UNSTATED : period;
      facts.push({ amount: part, keys: { agency, section, year, source: sourceOf(period), group, period, phase: "requested", lead } });
    }
    // Another phase's figures (an estimate, an outturn) only when the pivot is cut by phase: they never add up with the requested ones.
    if (!options.phases) return;
    const approved = options.approved?.(node);
    for (const [key, value] of row.periods) {
      if (isRequestedKey(key) || value.value.isZero()) continue;
      const { period, phase } = splitPhasedKey(key);
      // The review workbook's figures are the approved phase (`--approved`): the form's own approved columns give way.
      if (options.approved && phase === "approved") continue;
      const known = periodFromKey(period);
      label("period", period, periodText(period), known ? known.first * 10_000 + known.last : 0);
      label("phase", phase, PHASE_LABELS[phase], PHASES.indexOf(phase));
      label("group", UNSTATED, "", 0);
      const year = singleYearOf(period) === undefined ? UNSTATED : period;
      if (year === UNSTATED) label("year", UNSTATED, "", 0);
      else label("year", year, year, Number(year));
      facts.push({ amount: value.value, keys: { agency, section, year, source: sourceOf(period), group: UNSTATED, period, phase, lead } });
    }
    // An approved figure of the review workbook is the item's, stated for no period, under the item's sources.
    if (approved === undefined) return;
    label("phase", "approved", PHASE_LABELS.approved, PHASES.indexOf("approved"));
    label("period", UNSTATED, "", 0);
    label("year", UNSTATED, "", 0);
    label("group", UNSTATED, "", 0);
    facts.push({
      amount: approved,
      keys: { agency, section, year: UNSTATED, source: sourceOf(UNSTATED), group: UNSTATED, period: UNSTATED, phase: "approved", lead },
    });
  };

  let agencyRank = 0;
  consolidation.sections.forEach((section, sectionRank) => {
    label("section", section.code, section.name === "" ? section.code : `${section.code}. ${section.name}`, sectionRank);
    for (const agency of section.agencies) {
      label("agency", agency.name, agency.name, agencyRank++);
      // The nodes that count (as `countedNodes` finds them), each with its lead unit or its nearest ancestor's.
      const visit = (items: readonly ItemNode[], inherited: string): void => {
        for (const item of items) {
          const lead = item.leadUnit === "" ? inherited : item.leadUnit;
          if (item.inTotal) addFacts(agency.name, section.code, item, lead);
          else if (!item.ofWhich) visit(item.children, lead);
        }
      };
      visit(agency.children, UNSTATED);
    }
  });
  return { facts, labels };
}

/**
 * The row's amount by period key (`"2025"`, `"2026-2030"`): each period's figure as stated, never a
 * range spread over years; what the period figures leave out goes to the unstated period (also `diff`'s figures).
 */
export function periodParts(row: BudgetRow, amount: Money): Array<[string, Money]> {
  const parts: Array<[string, Money]> = [...row.periods]
    .filter(([period]) => isRequestedKey(period))
    .sort(([a], [b]) => comparePeriodKeys(a, b))
    .map(([period, value]) => [period, value.value]);
  const rest = amount.minus(sum(parts.map(([, value]) => value)));
  if (!rest.isZero() || parts.length === 0) parts.push([UNSTATED, rest]);
  return parts;
}

/** The row's amount by group key: amounts written under groups, the rest to the `x` groups together. */
function groupParts(row: BudgetRow, amount: Money): Array<[string, Money]> {
  const parts: Array<[string, Money]> = [];
  const marked: string[] = [];
  for (const [key, mark] of row.groups) {
    if (mark.kind === "amount") parts.push([key, mark.amount.value]);
    else marked.push(key);
  }
  const rest = amount.minus(sum(parts.map(([, value]) => value)));
  if (!rest.isZero() || parts.length === 0) parts.push([marked.length > 0 ? marked.join("+") : UNSTATED, rest]);
  return parts;
}

/** Allocates `amount` over years × groups so that both splits add up exactly. */
function cross(years: ReadonlyArray<[string, Money]>, groups: ReadonlyArray<[string, Money]>, amount: Money): Array<[string, string, Money]> {
  const cells: Money[][] = years.map(([, yearPart], i) =>
    groups.map(([, groupPart], j) => {
      if (i === years.length - 1 || j === groups.length - 1 || amount.isZero()) return ZERO;
      return yearPart.times(groupPart).dividedBy(amount).toDecimalPlaces(ALLOCATION_PLACES);
    }),
  );
  const lastYear = years.length - 1;
  const lastGroup = groups.length - 1;
  years.forEach(([, yearPart], i) => {
    if (i === lastYear) return;
    setCell(cells, i, lastGroup, yearPart.minus(sum(cells[i]?.slice(0, lastGroup) ?? [])));
  });
  groups.forEach(([, groupPart], j) => {
    if (j === lastGroup) return;
    setCell(cells, lastYear, j, groupPart.minus(sum(cells.slice(0, lastYear).map((r) => r[j] ?? ZERO))));
  });
  const others = sum(cells.flatMap((r, i) => r.filter((_, j) => i !== lastYear || j !== lastGroup)));
  setCell(cells, lastYear, lastGroup, amount.minus(others));
  return years.flatMap(([year], i) => groups.map(([group], j): [string, string, Money] => [year, group, cells[i]?.[j] ?? ZERO]));
}

function setCell(cells: Money[][], i: number, j: number, value: Money): void {
  const row = cells[i];
  if (row) row[j] = value;
}

/** Ranks a combination of codes by the plan's order of its codes (`CTX` before `CTX, NST` before `NST`). */
export function sourceRanker(plan: Plan): (codes: readonly string[]) => number {
  const order = new Map(plan.fundingSources.map((source, index) => [source.code, index]));
  const base = plan.fundingSources.length + 1;
  return (codes) => codes.slice(0, 3).reduce((rank, code, i) => rank + ((order.get(code) ?? plan.fundingSources.length) + 1) * base ** (2 - i), 0);
}
