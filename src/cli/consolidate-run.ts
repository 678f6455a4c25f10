import { appendixWorkbook, consolidate } from "../api/consolidate.js";
import { writeFileAtomic } from "../write/atomic-write.js";
import { rowsTarget, writeRows } from "./consolidate-rows.js";
import type { CommonOptions, FileLimits } from "./common-options.js";
import { EXIT, exitCodeFor } from "./exit-code.js";
import { loadActivePlan } from "./plan-active.js";
import { printTotals } from "./print-totals.js";
import { progressBar } from "./progress-bar.js";
import { reportDiagnostics } from "./report-diagnostics.js";
import { err } from "./terminal.js";
import { writeProblemText } from "./write-problem-text.js";

/** Options of `budget consolidate`. */
export interface ConsolidateOptions extends CommonOptions, FileLimits {
  readonly output: string;
  readonly force: boolean;
  readonly format: string;
  /** `--title` and `--ref`: the appendix's title and reference line instead of the plan's. */
  readonly title?: string | undefined;
  readonly reference?: string | undefined;
  /** The `--plan` file, when given. */
  readonly plan?: string | undefined;
  /** The `--sheet` to read in every file, when given. */
  readonly sheet?: string | undefined;
  /** The `--rows` file (.csv or .json) for the consolidated rows, when given. */
  readonly rows?: string | undefined;
  /** `--rows-format csv|json`, overriding the `--rows` file's extension. */
  readonly rowsFormat?: string | undefined;
}

/**
 * Runs `budget consolidate`: reads and checks every input, prints the totals to stdout and the
 * diagnostics to stderr, writes the appendix workbook (and the `--rows` export) atomically. Returns
 * the exit code.
 */
export async function runConsolidate(inputs: readonly string[], options: ConsolidateOptions): Promise<number> {
  const rows = options.rows === undefined ? undefined : rowsTarget(options.rows, options.rowsFormat, options.output, options.lang);
  if (rows && "problem" in rows) {
    err(rows.problem);
    return EXIT.usage;
  }
  const active = await loadActivePlan(options.plan, options.lang);
  if (!active) return EXIT.usage;
  const result = await consolidate(inputs, { plan: active.index, sheet: options.sheet, workers: options.workers, fileTimeMs: options.fileTimeMs, fileHeapMb: options.fileHeapMb, onProgress: progressBar(process.stderr, options) });
  if (result.files.length === 0 && result.diagnostics.length === 0) {
    err(options.lang === "vi" ? "Không tìm thấy tệp biểu mẫu nào.\n" : "No form files found.\n");
    return EXIT.usage;
  }
  reportDiagnostics(result.diagnostics, result.files.length, options);
  const exitCode = exitCodeFor(result.diagnostics, { strict: options.strict });
  // An input that could not be opened at all is a usage error: an appendix without it would mislead.
  if (exitCode === EXIT.usage) return exitCode;
  printTotals(result.consolidation, result.diagnostics, options.format, options.color);
  const bytes = await appendixWorkbook(result, { lang: options.lang, title: options.title, reference: options.reference });
  // The plan file is an input too: `-o plan.json --force` must not replace it with a workbook.
  const inputFiles = [...result.files.map((f) => f.file), ...(options.plan ? [options.plan] : [])];
  const problem = await writeFileAtomic(options.output, bytes, { force: options.force, inputs: inputFiles });
  if (problem) {
    err(writeProblemText(problem, options.lang));
    return EXIT.usage;
  }
  const rowsProblem = rows && (await writeRows(result, rows, { force: options.force, protect: [...result.files.map((f) => f.file), options.output, ...(active.file ? [active.file] : [])] }));
  if (rowsProblem) {
    err(writeProblemText(rowsProblem, options.lang));
    return EXIT.usage;
  }
  return exitCode;
}
