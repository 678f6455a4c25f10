import { appendixWorkbook, consolidate } from "../api/consolidate.js";
import { writeFileAtomic } from "../write/atomic-write.js";
import { rowsTarget, writeRows } from "./consolidate-rows.js";
import { EXIT } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { printTotals } from "./print-totals.js";
import { runReadCommand, type ReadCommandOptions } from "./read-command.js";
import { writeProblemText } from "./write-problem-text.js";

/** Options of `budget consolidate`. */
export interface ConsolidateOptions extends ReadCommandOptions {
  readonly output: string;
  readonly force: boolean;
  readonly format: string;
  /** `--title` and `--ref`: the appendix's title and reference line instead of the plan's. */
  readonly title?: string | undefined;
  readonly reference?: string | undefined;
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
export async function runConsolidate(inputs: readonly string[], options: ConsolidateOptions, io: CliIo): Promise<number> {
  const rows = options.rows === undefined ? undefined : rowsTarget(options.rows, options.rowsFormat, options.output, options.lang);
  if (rows && "problem" in rows) {
    io.stderr.write(rows.problem);
    return EXIT.usage;
  }
  // The files this run writes are never read, even from a folder given as input (last run's appendix).
  const outputs = [options.output, ...(rows ? [rows.file] : [])];
  return runReadCommand(inputs, options, io, {
    read: (files, readOptions) => consolidate(files, { ...readOptions, outputs }),
    finish: async (result, active, exitCode) => {
      // An input that could not be opened at all is a usage error: an appendix without it would mislead.
      if (exitCode === EXIT.usage) return exitCode;
      printTotals(result.consolidation, result.diagnostics, options.format, options.color, io);
      const bytes = await appendixWorkbook(result, { lang: options.lang, title: options.title, reference: options.reference });
      // The plan file is an input too: `-o plan.json --force` must not replace it with a workbook.
      const inputFiles = [...result.files.map((f) => f.file), ...(options.plan ? [options.plan] : [])];
      const problem = await writeFileAtomic(options.output, bytes, { force: options.force, inputs: inputFiles });
      if (problem) {
        io.stderr.write(writeProblemText(problem, options.lang));
        return EXIT.usage;
      }
      const rowsProblem = rows && (await writeRows(result, rows, { force: options.force, protect: [...result.files.map((f) => f.file), options.output, ...(active.file ? [active.file] : [])] }));
      if (rowsProblem) {
        io.stderr.write(writeProblemText(rowsProblem, options.lang));
        return EXIT.usage;
      }
      return exitCode;
    },
  });
}
