import type { Diagnostic } from "../data/diagnostic.js";
import { countBySeverity, type FileStatus } from "../validate/file-status.js";
import { ruleFor } from "../validate/registry.js";
import { diagnosticHint, diagnosticMessage, type Lang } from "./diagnostic-message.js";

/** Bumped when a field of the JSON report changes meaning or goes away; new fields do not bump it. */
export const DIAGNOSTICS_JSON_SCHEMA_VERSION = 1;

/** The program that made a report, as reports name it. */
export interface ToolInfo {
  readonly name: string;
  readonly version: string;
}

/**
 * Renders a check as JSON: `schemaVersion`, the tool, a summary, every file with its status, and
 * every diagnostic with all its fields (absent ones as null), its message and hint in `lang`.
 * Values stay exact: `expected` and `actual` are the decimal strings the check compared.
 */
export function diagnosticsAsJson(diagnostics: readonly Diagnostic[], files: readonly FileStatus[], options: { lang: Lang; tool: ToolInfo }): string {
  const report = {
    schemaVersion: DIAGNOSTICS_JSON_SCHEMA_VERSION,
    tool: options.tool,
    lang: options.lang,
    summary: {
      files: files.length,
      filesWithFindings: files.filter((f) => f.errors + f.warnings > 0).length,
      ...countBySeverity(diagnostics),
    },
    files,
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      name: ruleFor(d.code).name,
      severity: d.severity,
      message: diagnosticMessage(d, options.lang),
      hint: diagnosticHint(d, options.lang),
      file: d.file,
      sheet: d.sheet ?? null,
      cell: d.cell ?? null,
      row: d.row ?? null,
      rowCode: d.rowCode ?? null,
      rowName: d.rowName ?? null,
      expected: d.expected ?? null,
      actual: d.actual ?? null,
      args: d.args ?? {},
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
