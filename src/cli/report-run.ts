import { report, reportHtml } from "../api/report.js";
import { deadlineProblem } from "./deadline-option.js";
import { EXIT } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { extensionProblem, outputsWritable } from "./output-checks.js";
import { type ReadCommandOptions, runReadCommand } from "./read-command.js";
import { writeOutput } from "./write-output.js";

/** Options of `budget report`. */
export interface ReportOptions extends ReadCommandOptions {
  /** `-o`: the .html file to write. */
  readonly output: string;
  /** `--deadline` as typed. */
  readonly deadline: string | undefined;
  readonly force: boolean;
}

/**
 * Runs `budget report`: checks the output before reading (an .html name, writable, not an input),
 * reads and consolidates the inputs with the diagnostics on stderr as `consolidate` does, and writes
 * the page atomically (`Đã ghi <path>.`). The exit code is the diagnostics' (0, or 1 with errors, or
 * with warnings under `--strict`); 2 on usage or I/O errors.
 */
export async function runReport(inputs: readonly string[], options: ReportOptions, io: CliIo): Promise<number> {
  const badDeadline = deadlineProblem(options.deadline, options.lang);
  if (badDeadline !== undefined) {
    io.stderr.write(badDeadline);
    return EXIT.usage;
  }
  const output = options.output;
  const badName = extensionProblem("-o", output, [".html", ".htm"], options.lang);
  if (badName !== undefined) {
    io.stderr.write(badName);
    return EXIT.usage;
  }
  const given = [...inputs, ...(options.plan ? [options.plan] : [])];
  if (!(await outputsWritable([output], { force: options.force, inputs: given, lang: options.lang }, io))) return EXIT.usage;
  return runReadCommand(inputs, options, io, {
    read: (files, readOptions) => report(files, { ...readOptions, deadline: options.deadline, outputs: [output] }),
    reports: (result) => result.files,
    finish: async (result, active, exitCode) => {
      const html = await reportHtml(result, { lang: options.lang });
      const inputs = [...result.files.map((f) => f.file), ...(active.file ? [active.file] : [])];
      return (await writeOutput(io, output, html, { force: options.force, inputs, lang: options.lang, quiet: options.quiet })) ? exitCode : EXIT.usage;
    },
  });
}
