import type { Diagnostic } from "../data/diagnostic.js";
import type { CheckDocument } from "../schemas/check-schema.js";
import { CHECK_SCHEMA_VERSION } from "../schemas/constants.js";
import { checkOutcome, type Thresholds } from "../validate/check-outcome.js";
import { countBySeverity, type FileStatus } from "../validate/file-status.js";
import { ruleFor } from "../validate/registry.js";
import { diagnosticHint, diagnosticMessage, type Lang } from "./diagnostic-message.js";

/** The program that made a report, as reports name it. */
export interface ToolInfo {
  readonly name: string;
  readonly version: string;
}

/** How a check report is written: its language, the tool, and the thresholds warnings are judged by. */
export interface CheckDocumentOptions {
  readonly lang: Lang;
  readonly tool: ToolInfo;
  /** `--strict` and `--max-warnings`; without them, only errors fail the check. */
  readonly thresholds?: Thresholds | undefined;
}

/**
 * A check as its JSON report: `schemaVersion` (bumped when a field changes meaning or goes away; new
 * fields do not bump it), the tool, a summary, whether the check passed and by what thresholds, every
 * file with its status, and every diagnostic with all its fields (absent ones as null), its message
 * and hint in `lang`. Values stay exact: `expected` and `actual` are the decimal strings the check
 * compared.
 */
export function checkDocument(diagnostics: readonly Diagnostic[], files: readonly FileStatus[], options: CheckDocumentOptions): CheckDocument {
  const outcome = checkOutcome(diagnostics, options.thresholds ?? { strict: false });
  return {
    schemaVersion: CHECK_SCHEMA_VERSION,
    tool: options.tool,
    lang: options.lang,
    summary: {
      files: files.length,
      filesWithFindings: files.filter((f) => f.errors + f.warnings > 0).length,
      ...countBySeverity(diagnostics),
    },
    result: {
      passed: outcome.passed,
      failedBy: outcome.failedBy,
      thresholds: { strict: outcome.strict, maxWarnings: outcome.maxWarnings ?? null },
    },
    files: [...files],
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
}

/** The check report (see `checkDocument`) as indented JSON text. */
export function diagnosticsAsJson(diagnostics: readonly Diagnostic[], files: readonly FileStatus[], options: CheckDocumentOptions): string {
  return `${JSON.stringify(checkDocument(diagnostics, files, options), null, 2)}\n`;
}
