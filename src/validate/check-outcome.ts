import type { Diagnostic } from "../data/diagnostic.js";
import { countBySeverity } from "./file-status.js";

/** What makes warnings fail a run: `--strict` (any warning) and `--max-warnings N` (more than N). */
export interface Thresholds {
  readonly strict: boolean;
  readonly maxWarnings?: number | undefined;
}

/** Why a run failed: it has errors, or its warnings crossed `--strict` or `--max-warnings`. */
export type FailedBy = "errors" | "strict" | "max-warnings";

/** Whether a run passed, and if not, what decided it, with the counts and thresholds it was judged by. */
export interface CheckOutcome {
  readonly passed: boolean;
  readonly failedBy: FailedBy | null;
  readonly errors: number;
  readonly warnings: number;
  readonly strict: boolean;
  readonly maxWarnings: number | undefined;
}

/**
 * Judges a run's diagnostics: errors fail it; warnings fail it under `--strict`, or when there are
 * more than `--max-warnings`. Errors come first, so a threshold is named only when it alone decided,
 * and a reader told "failed because of --strict" knows that fixing the warnings is enough.
 */
export function checkOutcome(diagnostics: readonly Diagnostic[], thresholds: Thresholds): CheckOutcome {
  const { errors, warnings } = countBySeverity(diagnostics);
  const failedBy: FailedBy | null =
    errors > 0
      ? "errors"
      : thresholds.strict && warnings > 0
        ? "strict"
        : thresholds.maxWarnings !== undefined && warnings > thresholds.maxWarnings
          ? "max-warnings"
          : null;
  return { passed: failedBy === null, failedBy, errors, warnings, strict: thresholds.strict, maxWarnings: thresholds.maxWarnings };
}
