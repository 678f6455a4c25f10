import type { Diagnostic } from "../data/diagnostic.js";
import { checkOutcome, type Thresholds } from "../validate/check-outcome.js";

/** Exit codes: 0 clean, 1 findings, 2 usage or I/O error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const IO_REASONS = new Set(["not-found", "permission", "io", "is-directory"]);

/**
 * The exit code a run's diagnostics call for: 2 when an input could not be opened at all, 1 when
 * there are errors (or warnings under `--strict`, or more than `maxWarnings`), else 0.
 */
export function exitCodeFor(diagnostics: readonly Diagnostic[], options: Thresholds): number {
  if (diagnostics.some((d) => d.code === "BC101" && IO_REASONS.has(d.args?.reason ?? ""))) return EXIT.usage;
  return checkOutcome(diagnostics, options).passed ? EXIT.ok : EXIT.findings;
}
