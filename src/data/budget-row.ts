import type { Money } from "./money.js";

/** A row code (`STT`) as people type it, understood. */
export type RowCode =
  | { kind: "part"; letter: string; text: string }
  | { kind: "section"; number: number; text: string }
  | { kind: "path"; parts: readonly number[]; text: string; commaTyped: boolean }
  | { kind: "paren"; number: number; text: string }
  | { kind: "letter"; letter: string; text: string }
  | { kind: "bullet"; text: string }
  | { kind: "none"; text: "" }
  | { kind: "malformed"; text: string };

/** An amount and the A1 cell it was read from. */
export interface Amount {
  readonly value: Money;
  readonly cell: string;
}

/** A task-group mark: `x` (the whole item belongs to the group) or an amount. */
export type GroupMark = { readonly kind: "x"; readonly cell: string } | { readonly kind: "amount"; readonly amount: Amount };

/**
 * What a row is in the appendix tree. An `of-which` row (under `Trong đó:`, `Bao gồm:`, `Gồm:`) details
 * the row above, among whose `children` it sits, and never counts in any total.
 */
export type RowRole = "section" | "agency" | "item" | "total" | "of-which";

/** The sources one line of a source cell gives the periods it names (`- ĐTPT (2026-2030)`). */
export interface PeriodSources {
  /** The period key the line names (`"2026-2030"`); it covers each of the row's periods inside it. */
  readonly period: string;
  readonly codes: readonly string[];
}

/** One budget row of a form, typed, with the addresses of its cells. */
export interface BudgetRow {
  readonly role: RowRole;
  /** 0-based sheet row. */
  readonly row: number;
  readonly hidden: boolean;
  readonly code: RowCode;
  /** A1 address of the row's code cell, where findings about the whole row point. */
  readonly codeCell: string;
  readonly name: string;
  /** The cover-letter reference written after an agency's name (`2896-CV/VPTU ngày 30/6/2025`). */
  readonly reference: string;
  /** The row's total in triệu đồng, or null when the cell is blank or `-`. */
  readonly amount: Amount | null;
  readonly recurrentTotal: Amount | null;
  readonly publicInvestment: Amount | null;
  /**
   * The row's amounts by period key (`"2025"`, `"2026-2030"`, see `data/period.ts`): its period columns,
   * or, in a table without them, its amount under the period its column, period cell or title names.
   */
  readonly periods: ReadonlyMap<string, Amount>;
  /**
   * Canonical funding-source codes, in the plan's order (`CTX`, `NST`): the lines of the source cell
   * that name no period; `["?"]` (`UNKNOWN_SOURCE`) when one names a source the plan does not know.
   */
  readonly fundingSources: readonly string[];
  /** The lines of the source cell that name a period (`- ĐTPT (2026-2030)`): that period's combination. */
  readonly periodSources: readonly PeriodSources[];
  readonly period: string;
  /** A1 address of the period cell, when the row has one. */
  readonly periodCell: string | undefined;
  readonly legalBasis: string;
  readonly leadUnit: string;
  readonly objective: string;
  readonly groups: ReadonlyMap<string, GroupMark>;
  readonly children: BudgetRow[];
}

/**
 * Every field of a `BudgetRow`, in the order the parser builds a row (`withRole`). The worker wire
 * format (`run/transfer.ts`) is a tuple in this order and a decoded row has its keys in this order;
 * test/run/transfer.test.ts fails when this list and `BudgetRow` differ.
 */
export const BUDGET_ROW_FIELDS = [
  "row",
  "hidden",
  "code",
  "codeCell",
  "name",
  "amount",
  "recurrentTotal",
  "publicInvestment",
  "periods",
  "fundingSources",
  "periodSources",
  "period",
  "periodCell",
  "legalBasis",
  "leadUnit",
  "objective",
  "groups",
  "role",
  "reference",
  "children",
] as const satisfies readonly (keyof BudgetRow)[];

/** The name of a field of `BudgetRow`, as `BUDGET_ROW_FIELDS` lists them. */
export type BudgetRowField = (typeof BUDGET_ROW_FIELDS)[number];

/** An agency's block: its stated row when the form has one, and its items. */
export interface AgencyBlock {
  readonly name: string;
  readonly reference: string;
  /** Section code from the form (`I`, `II`), when the form has section rows. */
  readonly section: string | undefined;
  readonly row: BudgetRow | undefined;
  readonly items: readonly BudgetRow[];
}

/** One form sheet, parsed: agencies with their item trees, and the stated grand total. */
export interface Submission {
  readonly file: string;
  readonly sheet: string;
  readonly unit: string;
  readonly agencies: readonly AgencyBlock[];
  readonly statedTotal: BudgetRow | undefined;
  /**
   * Total rows after the first (a table that states its total above the items and again below them):
   * each is checked against the sum as the first is, none is added. Absent when there are none.
   */
  readonly laterTotals?: readonly BudgetRow[];
  readonly rowsRead: number;
  /** Keys of the task groups the form has columns for (empty when it has none). */
  readonly groupColumns: readonly string[];
}
