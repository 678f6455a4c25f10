import type { Submission } from "../data/budget-row.js";
import type { Finding, Severity } from "../data/diagnostic.js";
import type { DiagnosticCode } from "../data/diagnostic-codes.js";
import type { PlanIndex } from "../plan/plan-index.js";
import type { Plan } from "../plan/schema.js";

/** A text in both languages the tool speaks. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** What one parsed sheet is checked against: the submission and the plan (`index.plan`), with its lookups. */
export interface SubmissionContext {
  readonly submission: Submission;
  readonly plan: Plan;
  readonly index: PlanIndex;
}

/** What a whole run is checked against: every submission of every file, in input order, and the plan. */
export interface RunContext {
  readonly submissions: readonly Submission[];
  readonly plan: Plan;
  readonly index: PlanIndex;
}

/** What a finding's `expected` and `actual` hold: an exact amount in triệu đồng, or text as written. */
export type ValueKind = "amount" | "text";

/**
 * Where a rule's findings are made: while reading the file, finding the table, or reading its rows
 * (the stages emit them and the rule only describes them); or by the rule's own check, on one
 * parsed sheet or across every file of a run. A `run` rule without a check is found on the
 * consolidation, once the run has it (BC407, the ceilings: `ceilingFindings` in aggregate/).
 */
export type Detection =
  | { readonly stage: "read" | "layout" | "parse" }
  | { readonly stage: "submission"; readonly check: (context: SubmissionContext) => Iterable<Finding> }
  | { readonly stage: "run"; readonly check?: (context: RunContext) => Iterable<Finding> };

/** Where a rule's findings are made (see `Detection`). */
export type Stage = Detection["stage"];

/** What the catalogue says about a rule, whatever detects it. */
export interface RuleInfo {
  /** Stable code: never reused or renumbered. */
  readonly code: DiagnosticCode;
  /** Stable kebab-case name (`parent-not-sum`), usable in `--only` and `--ignore`. */
  readonly name: string;
  /** Default severity: errors fail a run, warnings fail only under `--strict` or `--max-warnings`. */
  readonly severity: Severity;
  readonly description: Bilingual;
  /**
   * Message template: `{expected}`, `{actual}` and the names of the finding's `args` are replaced by
   * the reporters; a part in `[…]` is dropped when a value it names is empty.
   */
  readonly message: Bilingual;
  /** One line on how to fix it. */
  readonly hint: Bilingual;
  /**
   * The hint instead when the finding's cell holds a formula (its `args.formula`): the figure compared
   * is the formula's cached value, which a program that filled the form without recalculating left
   * stale, so "use a SUM formula" would be no help.
   */
  readonly formulaHint?: Bilingual;
  /** How reporters write `expected` and `actual` (amounts with the language's separators). */
  readonly values?: { readonly expected?: ValueKind; readonly actual?: ValueKind };
  /**
   * Words for the tokens a finding's args hold (`reason: not-found`), per arg name; the reporters
   * show a token's words, or the token itself when it has none.
   */
  readonly terms?: Readonly<Record<string, Readonly<Record<string, Bilingual>>>>;
}

/** One rule of the catalogue: its description and how its findings are detected. */
export type Rule = RuleInfo & Detection;
