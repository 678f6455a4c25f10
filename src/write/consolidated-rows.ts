import type { ItemNode } from "../aggregate/appendix-tree.js";
import type { AgencyTotal, Consolidation } from "../aggregate/consolidate.js";
import type { Money } from "../data/money.js";
import { combinationKey } from "../parse/funding-source.js";
import type { Plan } from "../plan/schema.js";

/**
 * What a consolidated row is: an agency's line, one of its items, an item's sub-item (any depth), or an
 * "of which" row detailing the row above it (never counted: `inTotal` false, not in its parent's total).
 */
export type RowLevel = "agency" | "item" | "sub-item" | "of-which";

/** One line of the consolidated appendix, with the cell it came from. Amounts are exact, in triệu đồng. */
export interface ConsolidatedRow {
  /** The section code (`I`, `II`); `""` when the agency is in no section. */
  readonly section: string;
  /** The agency's official name (the registry's), or its name as written when it is not in the registry. */
  readonly agency: string;
  /** The code the appendix gives the row (`2`, `2.1`, `2.1.1`, `(1)`). */
  readonly code: string;
  /** The row's code as its form wrote it (`4,5`); `""` when it had none. */
  readonly originalCode: string;
  readonly level: RowLevel;
  /** 1 for an agency, 2 for its items, 3 and more for sub-items. */
  readonly depth: number;
  readonly name: string;
  /** The total the appendix shows: a parent's is the sum of its children when they carry money. */
  readonly total: Money;
  /** Per period key (`"2025"`, `"2026-2030"`), as the appendix shows it; a period the row has no amount for is absent. */
  readonly byPeriod: ReadonlyMap<string, Money>;
  /** Funding-source codes in the plan's order, inherited from the nearest ancestor that states them. */
  readonly fundingSources: readonly string[];
  /** The same codes as the appendix prints the combination (`CTX, NST`). */
  readonly combination: string;
  readonly period: string;
  /** The legal basis; for an agency, its cover-letter references joined by `; `. */
  readonly legalBasis: string;
  /** The lead unit as the consolidation names it (the registry's name when it is an agency); `""` when none. */
  readonly leadUnit: string;
  /** Task-group marks by group key: `x` (the whole item) or the amount written in the group's column. */
  readonly groups: ReadonlyMap<string, Money | "x">;
  /** Whether the row's money counts in the grand total itself (the rows with this flag add up to it). */
  readonly inTotal: boolean;
  readonly file: string;
  readonly sheet: string;
  /** A1 address of the row's code cell; undefined for an agency whose form has no agency row. */
  readonly cell: string | undefined;
}

/** The consolidated rows of a run, in appendix order, with the period and task-group columns they use. */
export interface ConsolidatedRows {
  /** The period keys of the appendix's columns (`"2025"`, `"2026-2030"`), in order. */
  readonly periods: readonly string[];
  /** The task-group keys marked on some row: the plan's order, then others as found. */
  readonly groups: readonly string[];
  readonly total: Money;
  readonly rows: readonly ConsolidatedRow[];
}

/** What the rows are made from: a consolidation and its plan (a `ConsolidateResult` is one). */
export interface RowsInput {
  readonly consolidation: Consolidation;
  readonly plan: Plan;
}

/**
 * Flattens a consolidation's tree into its rows in appendix order (section → agency → items
 * depth-first), with the codes, totals and source cells the tree gives them (the plan gives the task
 * groups' order). Takes a `ConsolidateResult` or the same two fields; returns the rows with the grand
 * total.
 */
export function consolidatedRows({ consolidation, plan }: RowsInput): ConsolidatedRows {
  const rows: ConsolidatedRow[] = [];
  for (const section of consolidation.sections) {
    for (const agency of section.agencies) {
      rows.push(agencyRow(section.code, agency));
      const walk = (node: ItemNode): void => {
        rows.push(itemRow(section.code, agency.name, node));
        node.children.forEach(walk);
      };
      agency.children.forEach(walk);
    }
  }
  const marked = new Set(rows.flatMap((row) => [...row.groups.keys()]));
  const planOrder = plan.taskGroups.map((group) => group.key).filter((key) => marked.has(key));
  return { periods: consolidation.periods, groups: [...new Set([...planOrder, ...marked])], total: consolidation.totals.total, rows };
}

function agencyRow(section: string, agency: AgencyTotal): ConsolidatedRow {
  return {
    section,
    agency: agency.name,
    code: agency.code,
    originalCode: agency.originalCode,
    level: "agency",
    depth: agency.depth,
    name: agency.name,
    total: agency.totals.total,
    byPeriod: agency.totals.byPeriod,
    fundingSources: [],
    combination: "",
    period: "",
    legalBasis: agency.references.join("; "),
    leadUnit: "",
    groups: new Map(),
    inTotal: agency.inTotal,
    file: agency.source.file,
    sheet: agency.source.sheet,
    cell: agency.source.cell,
  };
}

function itemRow(section: string, agency: string, node: ItemNode): ConsolidatedRow {
  const { row } = node;
  return {
    section,
    agency,
    code: node.code,
    originalCode: node.originalCode,
    level: node.ofWhich ? "of-which" : node.level,
    depth: node.depth,
    name: row.name,
    total: node.totals.total,
    byPeriod: node.totals.byPeriod,
    fundingSources: node.fundingSources,
    combination: combinationKey(node.fundingSources),
    period: row.period,
    legalBasis: row.legalBasis,
    leadUnit: node.leadUnit,
    groups: new Map([...row.groups].map(([key, mark]) => [key, mark.kind === "x" ? "x" : mark.amount.value])),
    inTotal: node.inTotal,
    file: node.source.file,
    sheet: node.source.sheet,
    cell: node.source.cell,
  };
}
