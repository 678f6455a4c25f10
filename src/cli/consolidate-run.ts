import { appendixWorkbook, consolidate } from "../api/consolidate.js";
import { outputDate } from "../write/appendix/output-date.js";
import { writeFileAtomic } from "../write/atomic-write.js";
import { rowsTarget, writeRows } from "./consolidate-rows.js";
import { EXIT } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { extensionProblem, outputsWritable } from "./output-checks.js";
import { printTotals } from "./print-totals.js";
import { type ReadCommandOptions, runReadCommand } from "./read-command.js";
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
 * Runs `budget consolidate`: checks that the workbook `-o` (and the `--rows` file) can be written before
 * reading anything, reads and checks every input, prints the totals to stdout and the diagnostics to
 * stderr, writes the appendix workbook (and the `--rows` export) atomically and says where. Returns
 * the exit code.
 */
export async function runConsolidate(inputs: readonly string[], options: ConsolidateOptions, io: CliIo): Promise<number> {
  const vi = options.lang === "vi";
  const wrongExtension = extensionProblem("-o", options.output, [".xlsx"], options.lang);
  if (wrongExtension) {
    // Someone asking for a CSV or JSON file most likely wants the totals or the rows, which are written so.
    const wanted = /\.(csv|json)$/i.test(options.output)
      ? vi
        ? "Bảng tổng dạng CSV/JSON: --format csv > tong.csv; các dòng: --rows cac-dong.csv.\n"
        : "The totals as CSV/JSON: --format csv > totals.csv; the rows: --rows rows.csv.\n"
      : "";
    io.stderr.write(wrongExtension + wanted);
    return EXIT.usage;
  }
  const rows = options.rows === undefined ? undefined : rowsTarget(options.rows, options.rowsFormat, options.output, options.lang);
  if (rows && "problem" in rows) {
    io.stderr.write(rows.problem);
    return EXIT.usage;
  }
  // The plan file is an input too: `-o plan.json --force` must not replace it with a workbook.
  const given = [...inputs, ...(options.plan ? [options.plan] : [])];
  if (!(await outputsWritable([options.output, ...(rows ? [rows.file] : [])], { force: options.force, inputs: given, lang: options.lang }, io)))
    return EXIT.usage;
  return runReadCommand(inputs, options, io, {
    // The files this run writes are never read, even from a folder given as input (last run's appendix).
    read: (files, readOptions) => consolidate(files, { ...readOptions, outputs: [options.output, ...(rows ? [rows.file] : [])] }),
    reports: (result) => result.files,
    finish: async (result, active, exitCode) => {
      // An input that could not be opened at all is a usage error: an appendix without it would mislead.
      if (exitCode === EXIT.usage) return exitCode;
      printTotals(result.consolidation, result.diagnostics, options.format, options.color, io, options.lang);
      const bytes = await appendixWorkbook(result, { lang: options.lang, title: options.title, reference: options.reference, date: outputDate(io.env) });
      const inputFiles = [...result.files.map((f) => f.file), ...(options.plan ? [options.plan] : [])];
      const problem = await writeFileAtomic(options.output, bytes, { force: options.force, inputs: inputFiles });
      if (problem) {
        io.stderr.write(writeProblemText(problem, options.lang));
        return EXIT.usage;
      }
      if (!options.quiet) io.stderr.write(vi ? `Đã ghi ${options.output}.\n` : `Written: ${options.output}.\n`);
      const rowsProblem =
        rows &&
        (await writeRows(result, rows, {
          force: options.force,
          protect: [...result.files.map((f) => f.file), options.output, ...(active.file ? [active.file] : [])],
        }));
      if (rowsProblem) {
        io.stderr.write(writeProblemText(rowsProblem, options.lang));
        return EXIT.usage;
      }
      if (rows && !options.quiet) io.stderr.write(vi ? `Đã ghi ${rows.file}.\n` : `Written: ${rows.file}.\n`);
      return exitCode;
    },
  });
}
