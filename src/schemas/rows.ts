import { z } from "zod";
import { AmountSchema, AmountsByKeySchema, UnitSchema } from "./amount.js";

/** Version of the rows document (`budget consolidate --rows rows.json`); bumped when a field changes meaning. */
export const ROWS_SCHEMA_VERSION = 1;

/** The levels of a consolidated row. */
export const ROW_LEVELS = ["agency", "item", "sub-item", "of-which"] as const;

/** One consolidated row, as JSON. */
export const RowDocumentSchema = z
  .object({
    section: z.string().describe("The section code (I, II…); '' when the agency is in no section."),
    agency: z.string().describe("The agency's official name from the registry, or its name as written when it is not in the registry."),
    code: z.string().describe("The code the appendix gives the row (2, 2.1, 2.1.1, (1)): numeric codes renumbered under the agency's place in its section."),
    originalCode: z.string().describe("The row's code as the form wrote it ('4,5'); '' when it had none."),
    level: z
      .enum(ROW_LEVELS)
      .describe(
        "agency, item (an agency's top-level task), sub-item (any deeper row) or of-which (a row under 'Trong đó:', 'Bao gồm:', 'Gồm:' detailing the row above; never counted).",
      ),
    depth: z.number().int().min(1).describe("1 for an agency, 2 for an item, 3 and more for sub-items."),
    name: z.string().describe("The row's name exactly as written (the agency's official name on agency rows)."),
    total: AmountSchema.describe("The total the appendix shows: a parent's is the sum of its children when they carry money."),
    byYear: AmountsByKeySchema.describe("Per single year ('2025') the row has an amount for, as the appendix shows it; a range's money is only in byPeriod."),
    byPeriod: AmountsByKeySchema.describe("Per period ('2025', '2026-2030') the row has an amount for, as the appendix shows it."),
    sources: z.array(z.string()).describe("Funding-source codes in the plan's order, inherited from the nearest ancestor that states them; [] = none."),
    combination: z.string().describe("The same codes as the appendix prints them ('CTX, NST'); '' = none."),
    period: z.string().describe("The period as written ('2025 - 2026'); '' when none."),
    legalBasis: z.string().describe("The legal basis as written; on agency rows, the cover-letter references joined by '; '."),
    leadUnit: z
      .string()
      .describe(
        "The lead unit (Chủ trì): the registry's official name when it is an agency of the plan, else its first spelling in the run (compared without case, diacritics or extra spaces); '' when none.",
      ),
    groups: z
      .record(z.string(), z.union([z.literal("x"), AmountSchema]))
      .describe("Task-group marks by the plan's group key: 'x' (the whole item) or the amount written in the group's column."),
    inTotal: z.boolean().describe("Whether the row's money counts in the grand total itself: the totals of these rows add up to `total`."),
    file: z.string().describe("The input file the row was read from."),
    sheet: z.string().describe("The sheet it was read from."),
    cell: z.string().nullable().describe("The A1 address of the row's code cell; null for an agency whose form has no agency row."),
  })
  .meta({ id: "ConsolidatedRow" });

/** `budget consolidate --rows rows.json`: every consolidated row in appendix order. */
export const RowsDocumentSchema = z
  .object({
    kind: z.literal("rows"),
    schemaVersion: z.literal(ROWS_SCHEMA_VERSION),
    unit: UnitSchema,
    years: z.array(z.number().int()).describe("The single years among periods, ascending."),
    periods: z.array(z.string()).describe("The plan's periods (years and ranges such as '2026-2030') and any other found in the inputs, in order."),
    groups: z.array(z.string()).describe("The task-group keys marked on some row, in the plan's order."),
    total: AmountSchema.describe("The grand total: the sum of `total` over the rows with `inTotal`."),
    rows: z.array(RowDocumentSchema).describe("Every agency, item, sub-item and of-which row in appendix order: section, agency, then items depth-first."),
  })
  .meta({
    title: "budget consolidate --rows rows.json",
    description: "The consolidated rows of the appendix, each with its source cell, every amount exact in triệu đồng.",
  });

/** The rows document as a value. */
export type RowsDocument = z.infer<typeof RowsDocumentSchema>;
