import { COLUMN_FIELDS } from "./column-fields.js";
import type { Diagnostic } from "./diagnostic.js";
import type { Money } from "./money.js";

/**
 * What a column was read as: a plan field (`code`, `name`, `amount`…), the money of one period (a
 * year `2025` or a range `2026-2030`: `period-amount`), a task group, or nothing the tool knows
 * (`unknown`). New kinds of column (phases) add a name here.
 */
export const INSPECTED_COLUMN_ROLES = [...COLUMN_FIELDS, "period-amount", "task-group", "unknown"] as const;

/** One of {@link INSPECTED_COLUMN_ROLES}. */
export type InspectedColumnRole = (typeof INSPECTED_COLUMN_ROLES)[number];

/**
 * Why a column got its role: the label that decided it and how it was matched — a period (`2025`, `2026 - 2030`), a
 * task group under its framework's band, `Tổng số` under a parent label, a label of the plan's
 * `columns`, the tool's own vocabulary, or nothing (`none`, with the role it comes closest to, or the unit it counts in).
 */
export type ColumnMatch =
  | { readonly by: "period" | "task-group" | "total-under" | "plan" | "built-in"; readonly label: string; readonly under?: string | undefined }
  | {
      readonly by: "none";
      readonly closest: InspectedColumnRole | undefined;
      /** The unit of a column that counts things, not money (`tấn` in `Gạo hỗ trợ (tấn)`); then no closest role. */
      readonly quantity?: string | undefined;
    };

/** The unit of a money column and where it was stated: its own label, the sheet's unit line, or nowhere (assumed). */
export interface InspectedUnit {
  readonly name: string;
  readonly from: "column" | "line" | "label" | "none";
}

/** One column of the header band, as the tool read it. */
export interface InspectedColumn {
  /** 0-based column. */
  readonly col: number;
  /** The labels of the header band over it, top to bottom (a merged parent repeated over its columns). */
  readonly labels: readonly string[];
  readonly role: InspectedColumnRole;
  /** The year of a `period-amount` column of one year. */
  readonly year?: number | undefined;
  /** The key of a task-group column. */
  readonly taskGroup?: string | undefined;
  /** The period a money column belongs to, as a key (`2025`, `2026-2030`), when the table gives it one. */
  readonly period?: string | undefined;
  /** The phase of a money column (requested, estimate, approved, outturn), when the table says. */
  readonly phase?: string | undefined;
  readonly match: ColumnMatch;
  /** Whether its cells are read: a second column of a role already taken is not. */
  readonly read: boolean;
  /** The unit of a money column; undefined for the others. */
  readonly unit?: InspectedUnit | undefined;
}

/** What a row of the table is in the tree the tool built. */
export type InspectedRowRole = "section" | "agency" | "item" | "sub-item" | "of-which" | "total" | "note";

/** An amount read from a row, in triệu đồng, with its cell. */
export interface InspectedAmount {
  readonly value: Money;
  readonly cell: string;
}

/** One row under the header band, as the tool placed it. */
export interface InspectedRow {
  /** 0-based sheet row. */
  readonly row: number;
  readonly role: InspectedRowRole;
  /** How deep in the tree: 0 for sections and totals, one more per level. */
  readonly depth: number;
  /** The code as printed in the code column (`4,5`, `-`, `a)`); `""` when none. */
  readonly code: string;
  /** Where the tool placed it, by position (`5.5`); `""` for a section's own code, a total, a note, an "of which" row. */
  readonly placed: string;
  readonly name: string;
  readonly hidden: boolean;
  /** The row's total, and its splits, in triệu đồng. */
  readonly amount: InspectedAmount | undefined;
  readonly recurrentTotal: InspectedAmount | undefined;
  readonly publicInvestment: InspectedAmount | undefined;
  /** Its money per year (or period) column, in column order. */
  readonly periods: ReadonlyArray<{ readonly period: string; readonly phase?: string | undefined; readonly amount: InspectedAmount }>;
}

/** The table found on a form sheet. */
export interface InspectedTable {
  /** 0-based first and last rows of the header band. */
  readonly headerTop: number;
  readonly headerBottom: number;
  /** 0-based row of the column-number row under the header (`A | B | 1 | 2`), skipped; undefined when none. */
  readonly columnNumbers: number | undefined;
  readonly titleLines: readonly string[];
  /** The sheet's unit, where it was stated, and the text it was read from. */
  readonly unit: { readonly name: string; readonly from: "line" | "label" | "none"; readonly text: string };
  /** How the file writes number text, when its text amounts tell. */
  readonly numberConvention: "vi" | "en" | undefined;
  /** The period (key) the amount column's money belongs to, when its label or the title names one. */
  readonly amountPeriod: string | undefined;
  readonly columns: readonly InspectedColumn[];
  readonly rows: readonly InspectedRow[];
}

/** One sheet of the file: whether it holds the form, and the table found when it does. */
export interface InspectedSheet {
  readonly name: string;
  /** Rows with content. */
  readonly rowsWithContent: number;
  /** Whether the sheet was read: with `--sheet`, only the sheet it names is. */
  readonly read: boolean;
  readonly form: boolean;
  /** Why a sheet with content holds no form: the code of the finding (`BC102` no header, `BC103` a required column missing). */
  readonly notFormBecause: string | undefined;
  readonly table: InspectedTable | undefined;
}

/** How the tool read one file: its sheets, the form's table, columns and rows, and the findings. */
export interface Inspection {
  readonly file: string;
  /** Undefined when the file could not be read. */
  readonly sha256: string | undefined;
  readonly sheets: readonly InspectedSheet[];
  readonly diagnostics: readonly Diagnostic[];
}
