import type { AgencyTotal, Consolidation } from "../aggregate/consolidate.js";
import { appendixChildCode } from "./appendix/lines.js";
import { contributions, totalsOf } from "../aggregate/totals.js";
import type { BudgetRow, Submission } from "../data/budget-row.js";
import type { Money } from "../data/money.js";
import { combinationKey } from "../parse/funding-source.js";
import type { Plan } from "../plan/schema.js";

/** What a consolidated row is: an agency's line, one of its items, or an item's sub-item (any depth). */
export type RowLevel = "agency" | "item" | "sub-item";

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
  /** Per year, as the appendix shows it; a year the row has no amount for is absent. */
  readonly byYear: ReadonlyMap<number, Money>;
  /** Funding-source codes in the plan's order, inherited from the nearest ancestor that states them. */
  readonly fundingSources: readonly string[];
  /** The same codes as the appendix prints the combination (`CTX, NST`). */
  readonly combination: string;
  readonly period: string;
  /** The legal basis; for an agency, its cover-letter references joined by `; `. */
  readonly legalBasis: string;
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

/** The consolidated rows of a run, in appendix order, with the year and task-group columns they use. */
export interface ConsolidatedRows {
  readonly years: readonly number[];
  /** The task-group keys marked on some row: the plan's order, then others as found. */
  readonly groups: readonly string[];
  readonly total: Money;
  readonly rows: readonly ConsolidatedRow[];
}

interface RowSource {
  readonly file: string;
  readonly sheet: string;
  /** The agency row of the block the item came from, when the form has one. */
  readonly agencyRow: BudgetRow | undefined;
}

/** What the rows are made from: a consolidation, the submissions it was built from, and its plan (a `ConsolidateResult` is one). */
export interface RowsInput {
  readonly consolidation: Consolidation;
  readonly submissions: readonly Submission[];
  readonly plan: Plan;
}

/**
 * Flattens a consolidation into its rows in appendix order (section → agency → items depth-first),
 * numbered as the appendix numbers them, each with the file, sheet and cell it was read from (found
 * through the submissions the consolidation was built from; the plan gives the task groups' order).
 * Takes a `ConsolidateResult` or the same three fields; returns the rows with the grand total.
 */
export function consolidatedRows({ consolidation, submissions, plan }: RowsInput): ConsolidatedRows {
  const sources = rowSources(submissions);
  const rows: ConsolidatedRow[] = [];
  for (const section of consolidation.sections) {
    section.agencies.forEach((agency, index) => rows.push(...agencyRows(section.code, agency, String(index + 1), sources)));
  }
  const marked = new Set(rows.flatMap((row) => [...row.groups.keys()]));
  const planOrder = plan.taskGroups.map((group) => group.key).filter((key) => marked.has(key));
  return { years: consolidation.years, groups: [...new Set([...planOrder, ...marked])], total: consolidation.totals.total, rows };
}

function rowSources(submissions: readonly Submission[]): Map<BudgetRow, RowSource> {
  const sources = new Map<BudgetRow, RowSource>();
  for (const submission of submissions) {
    for (const block of submission.agencies) {
      const source = { file: submission.file, sheet: submission.sheet, agencyRow: block.row };
      for (const item of [...(block.row ? [block.row] : []), ...block.items]) sources.set(item, source);
    }
  }
  return sources;
}

function agencyRows(section: string, agency: AgencyTotal, code: string, sources: ReadonlyMap<BudgetRow, RowSource>): ConsolidatedRow[] {
  const first = agency.items.map((item) => sources.get(item)).find((source) => source !== undefined);
  const fallback = agency.sources[0] ?? { file: "", sheet: "" };
  const counted = new Set(contributions(agency.items).map((part) => part.row));
  const rows: ConsolidatedRow[] = [
    {
      section,
      agency: agency.name,
      code,
      originalCode: first?.agencyRow?.code.text ?? "",
      level: "agency",
      depth: 1,
      name: agency.name,
      total: agency.totals.total,
      byYear: agency.totals.byYear,
      fundingSources: [],
      combination: "",
      period: "",
      legalBasis: agency.references.join("; "),
      leadUnit: "",
      groups: new Map(),
      inTotal: false,
      file: first?.file ?? fallback.file,
      sheet: first?.sheet ?? fallback.sheet,
      cell: first?.agencyRow?.codeCell,
    },
  ];
  const walk = (item: BudgetRow, itemCode: string, depth: number, inherited: readonly string[], origin: { file: string; sheet: string }): void => {
    const fundingSources = item.fundingSources.length > 0 ? item.fundingSources : inherited;
    const totals = totalsOf(contributions([item]));
    rows.push({
      section,
      agency: agency.name,
      code: itemCode,
      originalCode: item.code.text,
      level: depth === 2 ? "item" : "sub-item",
      depth,
      name: item.name,
      total: totals.total,
      byYear: totals.byYear,
      fundingSources,
      combination: combinationKey(fundingSources),
      period: item.period,
      legalBasis: item.legalBasis,
      leadUnit: item.leadUnit,
      groups: new Map([...item.groups].map(([key, mark]) => [key, mark.kind === "x" ? "x" : mark.amount.value])),
      inTotal: counted.has(item),
      file: origin.file,
      sheet: origin.sheet,
      cell: item.codeCell,
    });
    item.children.forEach((child, j) => walk(child, appendixChildCode(child, itemCode, j), depth + 1, fundingSources, origin));
  };
  agency.items.forEach((item, j) => walk(item, appendixChildCode(item, code, j), 2, [], sources.get(item) ?? fallback));
  return rows;
}
