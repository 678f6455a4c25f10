import type { Diagnostic } from "../data/diagnostic.js";
import { checkOutcome } from "../validate/check-outcome.js";
import type { FileStatus } from "../validate/file-status.js";
import type { Lang } from "../write/diagnostic-message.js";
import { diagnosticsAsGithub } from "../write/diagnostics-as-github.js";
import { diagnosticsAsJson, type ToolInfo } from "../write/diagnostics-as-json.js";
import { diagnosticsAsJunit } from "../write/diagnostics-as-junit.js";
import { diagnosticsAsSarif } from "../write/diagnostics-as-sarif.js";
import { diagnosticsAsText, outcomeLine, type Paint, summaryLine } from "../write/diagnostics-as-text.js";
import type { CheckFormat } from "./check-formats.js";
import type { Renderer } from "./renderers.js";

/** What a `budget check` report is made from. */
export interface CheckReport {
  /** Every selected diagnostic, whatever `--quiet` says: the machine formats and the counts need them all. */
  readonly diagnostics: readonly Diagnostic[];
  /** The diagnostics a reader sees: errors only under `--quiet`. */
  readonly shown: readonly Diagnostic[];
  readonly files: readonly FileStatus[];
  readonly lang: Lang;
  readonly tool: ToolInfo;
  readonly strict: boolean;
  /** `--max-warnings`, when given. */
  readonly maxWarnings: number | undefined;
  readonly quiet: boolean;
  /** How the text report paints severities (plain without colour). */
  readonly paint: Paint;
}

/**
 * The text report: the findings, then the summary line (under `--quiet`, only when something is
 * shown), then why `--strict` or `--max-warnings` failed the run when they alone did (always).
 */
function textReport(report: CheckReport): string {
  const text = diagnosticsAsText(report.shown, report.lang, report.paint);
  const summary = !report.quiet || report.shown.length > 0 ? summaryLine(report.diagnostics, report.files.length, report.lang) : "";
  return text + summary + outcomeLine(checkOutcome(report.diagnostics, report), report.lang);
}

/**
 * The reporters of `budget check`, one per `--format`. Keyed by `CHECK_FORMATS`, so a format added to
 * the option without a reporter does not compile. The machine formats (json, sarif, junit) carry
 * every finding; github annotations, like the text, leave warnings out under `--quiet`.
 */
export const CHECK_REPORTERS: Readonly<Record<CheckFormat, Renderer<CheckReport>>> = {
  text: textReport,
  json: (r) => diagnosticsAsJson(r.diagnostics, r.files, { lang: r.lang, tool: r.tool, thresholds: r }),
  sarif: (r) => diagnosticsAsSarif(r.diagnostics, { lang: r.lang, tool: r.tool }),
  github: (r) => diagnosticsAsGithub(r.shown, r.lang),
  junit: (r) => diagnosticsAsJunit(r.diagnostics, r.files, { lang: r.lang, strict: r.strict, maxWarnings: r.maxWarnings }),
};
