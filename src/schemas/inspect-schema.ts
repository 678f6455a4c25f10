import { z } from "zod";
import { INSPECTED_COLUMN_ROLES } from "../data/inspection.js";
import { AmountSchema, UnitSchema } from "./amount.js";
import { INSPECT_SCHEMA_VERSION } from "./constants.js";

export { INSPECT_SCHEMA_VERSION };

const Row = z.number().int().min(1);

const CellAmountSchema = z
  .object({ value: AmountSchema, cell: z.string().describe("The A1 address of the cell it was read from.") })
  .meta({ id: "CellAmount" });

const ColumnSchema = z.object({
  column: z.string().describe("The column's letters (A, B… AA)."),
  labels: z.array(z.string()).describe("The header band's labels over the column, top to bottom (a merged parent repeated over its columns)."),
  role: z
    .enum(INSPECTED_COLUMN_ROLES)
    .describe("What the column was read as: a plan field, the money of one period (period-amount), a task group, or unknown (not consolidated)."),
  year: z.number().int().nullable().describe("The year of a period-amount column of one year; null otherwise."),
  taskGroup: z.string().nullable().describe("The key of a task-group column; null otherwise."),
  period: z.string().nullable().describe("The period the column's money belongs to ('2025', '2026-2030'); null when none."),
  phase: z.string().nullable().describe("The phase of the column's money (requested, estimate, approved, outturn); null when the table does not say."),
  match: z
    .object({
      by: z
        .enum(["period", "task-group", "total-under", "plan", "built-in", "none"])
        .describe(
          "How the role was decided: a period label (a year or a range), a task group under its framework's band, 'Tổng số' under a parent label, a label of the plan's columns, the tool's own vocabulary, or none (unknown).",
        ),
      label: z.string().nullable().describe("The label that decided (the lowest one); null for an unknown column."),
      under: z.string().nullable().describe("The labels above it that decided too (task group, 'Tổng số'); null otherwise."),
      closest: z.enum(INSPECTED_COLUMN_ROLES).nullable().describe("For an unknown column, the role it comes closest to; null otherwise."),
      quantity: z
        .string()
        .nullable()
        .describe("For an unknown column that counts things, not money, the unit its label states ('tấn' in 'Gạo hỗ trợ (tấn)'); null otherwise."),
    })
    .describe("Why the column got its role."),
  read: z.boolean().describe("Whether its cells are read: a second column of a role already taken is not."),
  unit: z
    .object({
      name: z.string().describe("đồng, nghìn đồng, triệu đồng or tỷ đồng: what the column's figures are written in."),
      from: z
        .enum(["column", "line", "label", "none"])
        .describe("Where it is stated: the column's own label, the sheet's unit line, another column's label, or nowhere (assumed)."),
    })
    .nullable()
    .describe("The unit of a money column; null for the others."),
});

const RowSchema = z.object({
  row: Row.describe("The sheet row (1-based)."),
  role: z
    .enum(["section", "agency", "item", "sub-item", "of-which", "total", "note"])
    .describe("What the tool made of the row; a note is a row left out of the tree."),
  depth: z.number().int().min(0).describe("Depth in the tree: 0 for sections, totals and notes, one more per level."),
  code: z.string().describe("The code as printed ('4,5', '-', 'a)'); '' when none."),
  placed: z.string().describe("Where the tool placed the row, by position ('5.5'); '' for sections, totals, notes and of-which rows."),
  name: z.string(),
  hidden: z.boolean().describe("Whether the row is hidden in the file."),
  amount: CellAmountSchema.nullable().describe("The row's total, in triệu đồng; null when blank."),
  recurrentTotal: CellAmountSchema.nullable(),
  publicInvestment: CellAmountSchema.nullable(),
  periods: z
    .array(z.object({ period: z.string(), phase: z.string().nullable(), amount: CellAmountSchema }))
    .describe("Its money per year (or period) column, in column order."),
});

const TableSchema = z.object({
  header: z.object({ top: Row, bottom: Row }).describe("The header band's first and last sheet rows."),
  columnNumbers: Row.nullable().describe("The column-number row under the header ('A | B | 1'), skipped; null when none."),
  titleLines: z.array(z.string()).describe("The text lines above the header: the title block."),
  unit: z
    .object({
      name: z.string(),
      from: z.enum(["line", "label", "none"]).describe("A unit line above the table, a column's label, or nowhere (triệu đồng assumed)."),
      text: z.string().describe("The text the unit was read from."),
    })
    .describe("The sheet's unit."),
  numberConvention: z.enum(["vi", "en"]).nullable().describe("How the file writes numbers as text when its text amounts tell; null when they do not."),
  amountPeriod: z
    .string()
    .nullable()
    .describe("The period (key: '2025', '2021-2025') the amount column's money belongs to when its label or the title names one."),
  columns: z.array(ColumnSchema),
  rows: z.array(RowSchema).describe("Every row under the header, in sheet order."),
});

/** `budget inspect --format json`. */
export const InspectDocumentSchema = z
  .object({
    kind: z.literal("inspect"),
    schemaVersion: z.literal(INSPECT_SCHEMA_VERSION),
    unit: UnitSchema,
    file: z.string(),
    sha256: z.string().nullable().describe("The file's SHA-256; null when it could not be read."),
    sheets: z.array(
      z.object({
        name: z.string(),
        rowsWithContent: z.number().int().min(0),
        read: z.boolean().describe("Whether the sheet was read: with --sheet, only the sheet it names is."),
        form: z.boolean().describe("Whether the sheet holds the form the tool reads."),
        notFormBecause: z
          .string()
          .nullable()
          .describe("Why a sheet with content holds no form: BC102 (no header) or BC103 (a required column missing); null otherwise."),
        table: TableSchema.nullable().describe("The table found on a form sheet; null otherwise."),
      }),
    ),
    diagnostics: z
      .array(
        z.object({
          code: z.string(),
          severity: z.enum(["error", "warning", "info"]),
          sheet: z.string().nullable(),
          cell: z.string().nullable(),
          message: z.string().describe("In the language of the run."),
        }),
      )
      .describe("The file's findings."),
  })
  .meta({ title: "budget inspect --format json", description: "How the tool read one file: its sheets, columns and rows." });

/** The inspection document as a value. */
export type InspectDocument = z.infer<typeof InspectDocumentSchema>;
