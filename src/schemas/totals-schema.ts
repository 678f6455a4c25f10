import { z } from "zod";
import { AmountSchema, AmountsByKeySchema, UnitSchema } from "./amount.js";
import { TOTALS_SCHEMA_VERSION } from "./constants.js";

export { TOTALS_SCHEMA_VERSION };

/** The totals of a set of rows along every dimension the appendix reports. */
export const TotalsFieldsSchema = z.object({
  total: AmountSchema.describe("The sum of the rows that carry money (leaves; a parent only when its children carry no figures)."),
  byYear: AmountsByKeySchema.describe("Per single year ('2025'): the byPeriod entries that are one year; money stated for a range is not here."),
  byPeriod: AmountsByKeySchema.describe(
    "Per period ('2025', '2026-2030'): the period columns, or the period the amount column, the row's period cell or the title names; a range's money is never spread over its years.",
  ),
  byPhase: AmountsByKeySchema.describe(
    "Per phase: 'requested' (đề xuất, the total) and any other phase the inputs state in their own columns ('estimate' dự toán, 'approved' thẩm định/giao, 'outturn' thực hiện); phases never add up.",
  ),
  byPhasePeriod: z
    .record(z.string(), AmountsByKeySchema)
    .describe(
      "Per phase other than requested, per period: the figures of 'Năm 2025 › Đánh giá thực hiện' columns. Empty when the inputs state only requested figures.",
    ),
  bySource: AmountsByKeySchema.describe("Per funding-source code: an item of 'CTX, NST' counts fully under both, so these do not add up to total."),
  byCombination: z
    .array(z.object({ sources: z.array(z.string()).describe("The codes of the combination in canonical order; [] = no source stated."), amount: AmountSchema }))
    .describe("Per combination of funding sources as written; these add up to total. ['?'] = a source the plan does not know (BC401)."),
  byPeriodCombination: z
    .array(
      z.object({
        period: z.string().describe("The period key ('2025', '2026-2030'); '' for money stated for no period."),
        sources: z.array(z.string()).describe("The codes of the combination; [] = no source stated, ['?'] = unknown."),
        amount: AmountSchema,
      }),
    )
    .describe(
      "Per period and combination: a source line naming a period ('- ĐTPT (2026-2030)') gives that period's money its combination. These add up to total.",
    ),
  byGroup: AmountsByKeySchema.describe("Per task-group key of the plan: an 'x' counts the item's whole amount, a number counts itself."),
});

/** One agency of the totals document. */
export const TotalsAgencySchema = z.object({
  name: z.string().describe("The registry's official name when the agency is known, else the name as written."),
  known: z.boolean().describe("Whether the agency matched the plan's registry (by name or alias)."),
  section: z.string().describe("The section code (I, II…) of the agency; '' when none."),
  references: z.array(z.string()).describe("Cover-letter references found on the agency row."),
  files: z.array(z.string()).describe("The input files the agency's rows came from."),
  items: z.number().int().nonnegative().describe("How many top-level items the agency has."),
  ...TotalsFieldsSchema.shape,
});

/** `budget totals --format json` and `budget consolidate --format json` (the totals printed). */
export const TotalsDocumentSchema = z
  .object({
    schemaVersion: z.literal(TOTALS_SCHEMA_VERSION),
    unit: UnitSchema,
    years: z.array(z.number().int()).describe("The single years of periods, ascending."),
    periods: z.array(z.string()).describe("The plan's periods (years and ranges such as '2026-2030') and any other found in the inputs, in order."),
    ...TotalsFieldsSchema.shape,
    sections: z
      .array(
        z.object({
          code: z.string().describe("The section code (I, II…); '' for agencies in no section."),
          name: z.string().describe("The section's name from the plan; '' when the plan has none."),
          ...TotalsFieldsSchema.shape,
          agencies: z.array(TotalsAgencySchema),
        }),
      )
      .describe("The appendix's sections in plan order, each with its agencies in registry order."),
    diagnostics: z
      .object({ errors: z.number().int().nonnegative(), warnings: z.number().int().nonnegative(), infos: z.number().int().nonnegative() })
      .describe("How many findings of each severity the run produced."),
  })
  .meta({ title: "budget totals --format json", description: "The consolidated totals of a run, every amount exact in triệu đồng." });

/** The totals document as a value. */
export type TotalsDocument = z.infer<typeof TotalsDocumentSchema>;
