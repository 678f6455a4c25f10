import { z } from "zod";
import { planJsonSchema } from "../plan/plan-json-schema.js";
import { CheckDocumentSchema } from "./check-schema.js";
import { DiffDocumentSchema } from "./diff-schema.js";
import { InspectDocumentSchema } from "./inspect-schema.js";
import { PivotDocumentSchema } from "./pivot-schema.js";
import { RollupDocumentSchema } from "./rollup-schema.js";
import { RowsDocumentSchema } from "./rows.js";
import { StatusDocumentSchema } from "./status-schema.js";
import { TotalsDocumentSchema } from "./totals-schema.js";

/** The zod schema of every JSON document the tool prints, by the name of its file in `schemas/`. */
export const DOCUMENT_SCHEMAS = {
  totals: TotalsDocumentSchema,
  pivot: PivotDocumentSchema,
  check: CheckDocumentSchema,
  rollup: RollupDocumentSchema,
  rows: RowsDocumentSchema,
  status: StatusDocumentSchema,
  inspect: InspectDocumentSchema,
  diff: DiffDocumentSchema,
} as const;

/** The name of a document schema (`schemas/<name>.schema.json`). */
export type DocumentName = keyof typeof DOCUMENT_SCHEMAS | "plan";

/**
 * The JSON Schema (draft 2020-12) of a document, as `schemas/<name>.schema.json` holds it. Objects
 * stay open to new fields: a new field does not bump `schemaVersion`, so a consumer must ignore the
 * fields it does not know. `plan` is the schema of plan files, for editors.
 */
export function documentJsonSchema(name: DocumentName): Record<string, unknown> {
  if (name === "plan") return planJsonSchema();
  return z.toJSONSchema(DOCUMENT_SCHEMAS[name], { io: "input" });
}

/** Every document's name, in the order `schemas/` lists them. */
export const DOCUMENT_NAMES: readonly DocumentName[] = ["totals", "pivot", "check", "rollup", "rows", "status", "inspect", "diff", "plan"];

/** The text of `schemas/<name>.schema.json`. */
export function documentJsonSchemaText(name: DocumentName): string {
  return `${JSON.stringify(documentJsonSchema(name), null, 2)}\n`;
}
