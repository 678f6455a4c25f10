import { z } from "zod";
import { AmountSchema, UnitSchema } from "./amount.js";
import { DIFF_SCHEMA_VERSION } from "./constants.js";

export { DIFF_SCHEMA_VERSION };

const STATUSES = ["added", "removed", "changed", "unchanged"] as const;

const FigureChangeSchema = z
  .object({
    period: z.string().describe("The year (or period, `2026-2030`) of the figure; '' when the row states none."),
    source: z.string().describe("The funding-source combination (`CTX, NST`); '' when none is stated."),
    before: AmountSchema.describe("The figure in the old version (0 when it had none)."),
    after: AmountSchema.describe("The figure in the new version (0 when it has none)."),
    change: AmountSchema.describe("after − before."),
  })
  .meta({ id: "FigureChange" });

const ItemSideSchema = z
  .object({
    code: z.string().describe("The item's code as its form wrote it (`4,5`), else the appendix's."),
    name: z.string(),
    source: z.string().describe("Its funding sources (`CTX, NST`); '' when none."),
    total: AmountSchema.describe("Its line's total in this version."),
    file: z.string(),
    sheet: z.string(),
    cell: z.string().nullable().describe("The A1 address of its code cell."),
  })
  .meta({ id: "DiffItemSide" });

/** `budget diff --format json`. */
export const DiffDocumentSchema = z.object({
  kind: z.literal("diff"),
  schemaVersion: z.literal(DIFF_SCHEMA_VERSION),
  unit: UnitSchema,
  before: z.string().describe("The old version as given (a file or a folder)."),
  after: z.string().describe("The new version as given."),
  minimum: AmountSchema.describe("The `--min` threshold: a change smaller than this is not listed (it still counts in the totals)."),
  changed: z.boolean().describe("Whether anything is listed; the exit code is 1 when true, 0 when false."),
  total: z
    .object({
      before: AmountSchema,
      after: AmountSchema,
      change: AmountSchema,
      changes: z.array(FigureChangeSchema).describe("The grand total's changes by period and source, every one."),
    })
    .describe("The effect on the grand total."),
  agencies: z
    .array(
      z.object({
        agency: z.string().describe("The registry's official name, or the name as written."),
        status: z.enum(STATUSES),
        before: AmountSchema.describe("The agency's total in the old version."),
        after: AmountSchema.describe("Its total in the new version."),
        change: AmountSchema,
        changes: z.array(FigureChangeSchema).describe("Its total's changes by period and source, every one."),
        items: z
          .array(
            z.object({
              status: z.enum(STATUSES),
              depth: z.number().int().min(2).describe("2 for an item, 3 and more for its sub-items."),
              before: ItemSideSchema.nullable().describe("The item in the old version; null when it was added."),
              after: ItemSideSchema.nullable().describe("The item in the new version; null when it was removed."),
              renamed: z.boolean().describe("Matched by its code; its name changed."),
              renumbered: z.boolean().describe("Matched by its name; its code changed."),
              changes: z
                .array(FigureChangeSchema)
                .describe("Its own figures that changed by at least `minimum` (an item summing sub-items has none: theirs are listed)."),
            }),
          )
          .describe("The items listed, depth-first in the new version's order, removed ones after their old neighbours."),
      }),
    )
    .describe("The agencies with something listed, in the new version's appendix order, removed ones last."),
});

/** The diff document as a type. */
export type DiffDocument = z.infer<typeof DiffDocumentSchema>;
