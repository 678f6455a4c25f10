import { z } from "zod";
import { AmountSchema, UnitSchema } from "./amount.js";
import { STATUS_SCHEMA_VERSION } from "./constants.js";

export { STATUS_SCHEMA_VERSION };

const FILE_STATES = ["errors", "late", "valid", "superseded"] as const;

const StatusFileSchema = z
  .object({
    file: z.string().describe("The file as the run named it."),
    received: z.string().nullable().describe("Its modification time, ISO 8601 in UTC; null when unknown (a file given in memory)."),
    state: z.enum(FILE_STATES).describe("`superseded` for an older file of the agency, else the state it gives the agency."),
    errors: z.number().int().min(0).describe("Errors found in the file (BC405, the agency in two files, not counted)."),
    warnings: z.number().int().min(0).describe("Warnings found in the file (BC405 not counted)."),
    total: AmountSchema.describe("What this file asks for the agency."),
  })
  .meta({ id: "StatusFile" });

/** `budget status --format json`. */
export const StatusDocumentSchema = z
  .object({
    kind: z.literal("status"),
    schemaVersion: z.literal(STATUS_SCHEMA_VERSION),
    unit: UnitSchema,
    deadline: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .describe("The `--deadline` day (local time) files were judged against; null without one."),
    summary: z
      .object({
        registry: z.number().int().min(0).describe("Agencies in the plan's registry."),
        submitted: z.number().int().min(0).describe("Registry agencies with at least one form."),
        missing: z.number().int().min(0).describe("Registry agencies without a form."),
        withErrors: z.number().int().min(0).describe("Agencies whose newest file has errors."),
        late: z.number().int().min(0).describe("Agencies whose newest file came after the deadline (and has no errors)."),
        superseded: z.number().int().min(0).describe("Older files replaced by a newer one of the same agency."),
        unknown: z.number().int().min(0).describe("Agencies found in the files that the registry lacks."),
        notForms: z.number().int().min(0).describe("Files read that are not forms, not counted."),
        total: AmountSchema.describe("What the agencies' newest files ask for together."),
      })
      .describe("The counts of the summary line."),
    agencies: z
      .array(
        z.object({
          section: z.string().describe("The plan section's code; '' when none."),
          agency: z.string().describe("The registry's official name, or the name as written when `known` is false."),
          known: z.boolean().describe("Whether the agency is in the plan's registry."),
          state: z.enum(["missing", ...FILE_STATES.filter((s) => s !== "superseded")]).describe("Where the agency stands."),
          file: StatusFileSchema.nullable().describe("Its newest file, whose findings and total are the agency's; null while missing."),
          superseded: z.array(StatusFileSchema).describe("Its older files, newest first, not counted."),
        }),
      )
      .describe("Every agency of the registry, then those found that it lacks, in the appendix's order."),
    notForms: z
      .array(
        z.object({
          file: z.string(),
          kind: z
            .enum(["own-output", "copy", "unreadable", "blank", "no-form", "not-spreadsheet"])
            .describe(
              "What the file is: our output (BC113), a copy (BC114), unreadable (BC101), a blank form (BC111), no form in it, or not a spreadsheet (not read).",
            ),
          code: z.string().nullable().describe("The diagnostic code that says why (BC113, BC114, BC101…)."),
          message: z.string().nullable().describe("That diagnostic's message, in the language of the run."),
        }),
      )
      .describe("Files read that hold no form, listed apart and not counted."),
  })
  .meta({ title: "budget status --format json", description: "Who has sent what: the roster of the plan's agencies." });

/** The roster document as a value. */
export type StatusDocument = z.infer<typeof StatusDocumentSchema>;
