import type { Diagnostic } from "../data/diagnostic.js";
import type { DiagnosticCode } from "../data/diagnostic-codes.js";
import { defaultPlan } from "../plan/load-plan.js";
import { indexOf } from "../plan/plan-index.js";
import type { Plan } from "../plan/schema.js";
import type { Input } from "../run/input.js";
import { type FileReport, runFiles } from "../run/run-files.js";
import { countBySeverity, type FileStatus, fileStatuses } from "../validate/file-status.js";
import { parseCodeList, selectDiagnostics } from "../validate/select-codes.js";
import type { ReadOptions } from "./read-options.js";

/** Options of `check`: how to read, and which codes to report. */
export interface CheckOptions extends ReadOptions {
  /** Report only these codes, rule names or prefixes (`BC212`, `parent-not-sum`, `BC2*`). BC101 is always reported. */
  readonly only?: string | readonly string[] | undefined;
  /** Leave out these codes, rule names or prefixes. */
  readonly ignore?: string | readonly string[] | undefined;
}

/** Counts over a whole check. */
export interface CheckSummary {
  readonly files: number;
  readonly filesWithFindings: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** What a check found: the diagnostics in reading order, every file's status, the counts. */
export interface CheckResult {
  readonly plan: Plan;
  /** The selected diagnostics, by file (in input order), then sheet row, then as found. */
  readonly diagnostics: readonly Diagnostic[];
  /** Every file read, in input order, then the inputs that could not be found. */
  readonly files: readonly FileStatus[];
  /** What became of each file read (its SHA-256, sheets, agencies, rows). */
  readonly reports: readonly FileReport[];
  readonly summary: CheckSummary;
}

/**
 * Checks forms given as paths (files or folders) or `{ name, bytes }` to the end, as `budget check`
 * does. Never throws on bad input; throws a `RangeError` when `only` or `ignore` names no code.
 */
export async function check(inputs: readonly Input[], options: CheckOptions = {}): Promise<CheckResult> {
  const only = codesOf("only", options.only);
  const ignore = codesOf("ignore", options.ignore);
  const index = indexOf(options.plan ?? defaultPlan());
  const run = await runFiles(inputs, index, options);
  const read = run.files.map((f) => f.file);
  const diagnostics = inReadingOrder(selectDiagnostics(run.diagnostics, { only, ignore }), read);
  const files = fileStatuses(read, diagnostics);
  const summary = { files: files.length, filesWithFindings: files.filter((f) => f.errors + f.warnings > 0).length, ...countBySeverity(diagnostics) };
  return { plan: index.plan, diagnostics, files, reports: run.files, summary };
}

function codesOf(option: string, list: string | readonly string[] | undefined): ReadonlySet<DiagnosticCode> | undefined {
  if (list === undefined) return undefined;
  const text = typeof list === "string" ? list : list.join(",");
  const parsed = parseCodeList(text);
  if (parsed.unknown.length > 0 || parsed.codes.size === 0) throw new RangeError(`${option}: no such code: ${parsed.unknown.join(", ") || text}`);
  return parsed.codes;
}

/**
 * Diagnostics in reading order: by the files they are about (inputs that could not be found first),
 * then by sheet row (findings about a whole file or sheet first), then as they were found.
 */
function inReadingOrder(diagnostics: readonly Diagnostic[], files: readonly string[]): Diagnostic[] {
  const rank = new Map(files.map((file, index) => [file, index]));
  return diagnostics
    .map((d, index) => ({ d, index }))
    .sort((a, b) => (rank.get(a.d.file) ?? -1) - (rank.get(b.d.file) ?? -1) || (a.d.row ?? 0) - (b.d.row ?? 0) || a.index - b.index)
    .map(({ d }) => d);
}
