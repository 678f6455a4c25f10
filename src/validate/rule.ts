import type { DiagnosticCode } from "../data/diagnostic-codes.js";
import type { Finding, Severity } from "../data/diagnostic.js";
import type { Submission } from "../data/budget-row.js";

/** A text in both languages the tool speaks. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/**
 * One rule of the catalogue. `message` is a template: `{expected}`, `{actual}` and the names of the
 * finding's `args` are replaced by the reporters. Rules with `check` inspect a parsed submission;
 * the others are detected while reading (`read/`, `layout/`, `parse/`) and only described here.
 */
export interface Rule {
  readonly code: DiagnosticCode;
  readonly name: string;
  readonly severity: Severity;
  readonly description: Bilingual;
  readonly message: Bilingual;
  readonly hint: Bilingual;
  readonly check?: (submission: Submission) => Iterable<Finding>;
}
