import { z } from "zod";
import { ROLLUP_DIMENSIONS } from "../data/dimensions.js";
import { AmountSchema, AmountsByKeySchema, UnitSchema } from "./amount.js";
import { ROLLUP_SCHEMA_VERSION } from "./constants.js";

export { ROLLUP_SCHEMA_VERSION };

const ChangeSchema = z.object({
  from: z.string().describe("The earlier year."),
  to: z.string().describe("The next year."),
  change: AmountSchema.optional().describe(
    "The amount of `to` minus the amount of `from`; absent when the line has no figure for one of them (an input that does not cover the year).",
  ),
  percent: z
    .string()
    .regex(/^-?\d+(\.\d{1,2})?$/)
    .optional()
    .describe("The change as a percentage of `from`, two decimals at most; absent when `from` is zero."),
});

const FiguresShape = {
  amount: AmountSchema.describe("The total over every year."),
  byYear: AmountsByKeySchema.describe("Per year of `years` that has money on this line ('' = not split by year)."),
  changes: z.array(ChangeSchema).describe("The change between consecutive stated years."),
};

/** One line of a rollup, as JSON. */
export interface RollupNodeDocument {
  readonly dimension: (typeof ROLLUP_DIMENSIONS)[number];
  readonly key: string;
  readonly label: string;
  readonly amount: string;
  readonly byYear: Readonly<Record<string, string>>;
  readonly changes: ReadonlyArray<z.infer<typeof ChangeSchema>>;
  readonly children?: readonly RollupNodeDocument[] | undefined;
}

export const RollupNodeSchema: z.ZodType<RollupNodeDocument> = z
  .object({
    dimension: z.enum(ROLLUP_DIMENSIONS).describe("The dimension of this level."),
    key: z.string().describe("The key along the dimension (an agency's name, a combination of sources, a section code, an input's label); '' = not stated."),
    label: z.string().describe("How the key is printed."),
    ...FiguresShape,
    get children() {
      return z.array(RollupNodeSchema).optional().describe("The next dimension's lines; absent on the last level.");
    },
  })
  .meta({ id: "RollupNode" });

/** `budget rollup --format json` (and `-o rollup.json`). */
export const RollupDocumentSchema = z
  .object({
    kind: z.literal("rollup"),
    schemaVersion: z.literal(ROLLUP_SCHEMA_VERSION),
    unit: UnitSchema,
    inputs: z
      .array(z.object({ file: z.string().describe("The input as given."), label: z.string().describe("Its name without folder and extension.") }))
      .describe("The consolidations rolled up, in order."),
    by: z.array(z.enum(ROLLUP_DIMENSIONS)).describe("The row dimensions, in the order they nest; years are always the columns."),
    years: z.array(z.string()).describe("The year columns, ascending; '' = money not split by year."),
    ...FiguresShape,
    nodes: z.array(RollupNodeSchema).describe("The first dimension's lines, each with its subtotal and the next dimension's lines."),
  })
  .meta({ title: "budget rollup --format json", description: "Several consolidations side by side, year by year, with the change between consecutive years." });

/** The rollup document as a value. */
export type RollupDocument = z.infer<typeof RollupDocumentSchema>;
