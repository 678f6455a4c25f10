import type { Diagnostic } from "../data/diagnostic.js";

/** Exit codes: 0 clean, 1 findings, 2 usage or I/O error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const IO_REASONS = new Set(["not-found", "permission", "io", "is-directory"]);

/**
 * The exit code a run's diagnostics call for: 2 when an input could not be opened at all, 1 when
 * there are errors (or warnings under `--strict`, or more than `maxWarnings`), else 0.
 */
export function exitCodeFor(diagnostics: readonly Diagnostic[], options: { strict: boolean; maxWarnings?: number | undefined }): number {
  if (diagnostics.some((d) => d.code === "BC101" && IO_REASONS.has(d.args?.reason ?? ""))) return EXIT.usage;
  if (diagnostics.some((d) => d.severity === "error")) return EXIT.findings;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  if (options.strict && warnings > 0) return EXIT.findings;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return EXIT.findings;
  return EXIT.ok;
}
