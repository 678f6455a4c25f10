import { z } from "zod";
import { PIVOT_DIMENSIONS } from "../data/dimensions.js";
import { AmountSchema, UnitSchema } from "./amount.js";
import { PIVOT_SCHEMA_VERSION } from "./constants.js";

export { PIVOT_SCHEMA_VERSION };

/** One line of a pivot, as JSON. */
export interface PivotNodeDocument {
  readonly key: string;
  readonly label: string;
  readonly amount: string;
  readonly children?: readonly PivotNodeDocument[] | undefined;
}

const DimensionSchema = z.enum(PIVOT_DIMENSIONS);

export const PivotNodeSchema: z.ZodType<PivotNodeDocument> = z
  .object({
    key: z.string().describe("The key along this level's dimension ('2025', 'CTX, NST', a task-group key); '' = not stated."),
    label: z.string().describe("How the key is printed (an agency's name, 'Không chia theo năm'…)."),
    amount: AmountSchema,
    get children() {
      return z.array(PivotNodeSchema).optional().describe("The next dimension's lines under this one; absent on the last level.");
    },
  })
  .meta({ id: "PivotNode" });

/** `budget totals --by … --format json`. */
export const PivotDocumentSchema = z
  .object({
    kind: z.literal("pivot"),
    schemaVersion: z.literal(PIVOT_SCHEMA_VERSION),
    unit: UnitSchema,
    by: z.array(DimensionSchema).describe("The dimensions, in the order they nest."),
    total: AmountSchema.describe("The grand total."),
    nodes: z.array(PivotNodeSchema).describe("The first dimension's lines, each with its subtotal and the next dimension's lines."),
    rows: z
      .array(
        z.object({
          keys: z.record(z.string(), z.string()).describe("The leaf's key along every dimension of `by` ('' = not stated)."),
          amount: AmountSchema,
        }),
      )
      .describe("One row per leaf of the tree: flat, for scripts and spreadsheets."),
  })
  .meta({
    title: "budget totals --by … --format json",
    description: "Totals along chosen dimensions, nested, every level adding up exactly to the one above.",
  });

/** The pivot document as a value. */
export type PivotDocument = z.infer<typeof PivotDocumentSchema>;
