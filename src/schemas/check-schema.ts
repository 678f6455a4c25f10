import { z } from "zod";
import { CHECK_SCHEMA_VERSION } from "./constants.js";

export { CHECK_SCHEMA_VERSION };

const Count = z.number().int().nonnegative();
const SeveritySchema = z.enum(["error", "warning", "info"]);

/** `budget check --format json`. */
export const CheckDocumentSchema = z
  .object({
    schemaVersion: z.literal(CHECK_SCHEMA_VERSION),
    tool: z.object({ name: z.string().describe("Always 'budget'."), version: z.string().describe("The version of budget that checked.") }),
    lang: z.enum(["vi", "en"]).describe("The language of `message` and `hint`."),
    summary: z
      .object({
        files: Count.describe("Files checked (and inputs that could not be found)."),
        filesWithFindings: Count.describe("Files with at least one error or warning."),
        errors: Count,
        warnings: Count,
        infos: Count,
      })
      .describe("Counts over the whole check."),
    result: z
      .object({
        passed: z
          .boolean()
          .describe(
            "Whether the check passed: no errors, and warnings within the thresholds. The exit code is 0 exactly when it passed (and every input could be opened).",
          ),
        failedBy: z
          .enum(["errors", "strict", "max-warnings"])
          .nullable()
          .describe(
            "What failed it: 'errors' (errors first), else 'strict' (a warning under --strict) or 'max-warnings' (more warnings than --max-warnings); null when it passed.",
          ),
        thresholds: z
          .object({
            strict: z.boolean().describe("Whether --strict was given: any warning fails."),
            maxWarnings: Count.nullable().describe("--max-warnings: more warnings than this fail; null when not given."),
          })
          .describe("The thresholds warnings were judged by."),
      })
      .describe("Pass or fail, and what decided it."),
    files: z
      .array(
        z.object({
          file: z.string().describe("The file as given (or as found in a folder)."),
          status: z
            .enum(["unreadable", "error", "warning", "info", "ok"])
            .describe("'unreadable' when it could not be read (BC101), else the worst severity found, or 'ok'."),
          errors: Count,
          warnings: Count,
          infos: Count,
        }),
      )
      .describe("Every file in input order, then inputs that could not be found."),
    diagnostics: z
      .array(
        z.object({
          code: z
            .string()
            .regex(/^BC\d{3}$/)
            .describe("The stable code of the check (docs/DIAGNOSTICS.md)."),
          name: z.string().describe("The rule's stable name (parent-not-sum)."),
          severity: SeveritySchema,
          message: z.string().describe("The finding in `lang`."),
          hint: z.string().describe("What to do about it, in `lang`."),
          file: z.string().describe("The file; '' for a finding about the whole run."),
          sheet: z.string().nullable().describe("The sheet, or null."),
          cell: z.string().nullable().describe("The A1 address of the cell, or null."),
          row: z.number().int().positive().nullable().describe("The 1-based sheet row, or null."),
          rowCode: z.string().nullable().describe("The row code (1.2) of the budget row concerned, or null."),
          rowName: z.string().nullable().describe("The name of the budget row concerned, or null."),
          expected: z.string().nullable().describe("What the check expected: an exact decimal string in triệu đồng, or a text; null when it compared nothing."),
          actual: z.string().nullable().describe("What the file holds, in the same terms as `expected`; or null."),
          args: z.record(z.string(), z.string()).describe("Further named values of the finding (reason, column, text…), language-neutral."),
        }),
      )
      .describe("Every finding, in reading order (by file, then row)."),
  })
  .meta({ title: "budget check --format json", description: "The findings of a check, file by file, with their codes, places and exact figures." });

/** The check report as a value. */
export type CheckDocument = z.infer<typeof CheckDocumentSchema>;
