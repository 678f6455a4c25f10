import { extname } from "node:path";
import { diff } from "../api/diff.js";
import type { FileReport } from "../data/file-report.js";
import { Money } from "../data/money.js";
import { outputDate } from "../write/appendix/output-date.js";
import type { Lang } from "../write/diagnostic-message.js";
import { diffAsJson } from "../write/diff-as-json.js";
import { diffAsText } from "../write/diff-as-text.js";
import { diffAsXlsx } from "../write/diff-as-workbook.js";
import { EXIT } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { extensionProblem, outputsWritable } from "./output-checks.js";
import { type ReadCommandOptions, runReadCommand } from "./read-command.js";
import { writeOutput } from "./write-output.js";

/** Options of `budget diff`. */
export interface DiffOptions extends ReadCommandOptions {
  readonly format: string;
  /** `--min` as typed (checked by the command), when given. */
  readonly minimum: string | undefined;
  readonly output: string | undefined;
  readonly force: boolean;
}

/** Whether a version gave at least one form sheet. */
function hasForms(files: readonly FileReport[]): boolean {
  return files.some((file) => file.sheets.length > 0);
}

function noFormsText(version: string, lang: Lang): string {
  return lang === "vi"
    ? `Không đọc được biểu mẫu nào trong ${version}; không có gì để so sánh.\n`
    : `No form could be read in ${version}; nothing to compare.\n`;
}

/**
 * Runs `budget diff <old> <new>`: reads each version on its own (a form, or a folder of forms), prints
 * what changed (text, or `--format json`) or writes it (`-o`: a .xlsx with the changed cells
 * highlighted, or a .json), diagnostics on stderr. Exit 0 when nothing is listed, 1 when something is
 * (as `diff` does), 2 on a usage or I/O error or a version without a form.
 */
export async function runDiff(before: string, after: string, options: DiffOptions, io: CliIo): Promise<number> {
  const output = options.output;
  const kind = output === undefined ? undefined : outputKindOf(output);
  if (output !== undefined) {
    if (kind === undefined) {
      io.stderr.write(extensionProblem("-o", output, [".xlsx", ".json"], options.lang) ?? "");
      return EXIT.usage;
    }
    const given = [before, after, ...(options.plan ? [options.plan] : [])];
    if (!(await outputsWritable([output], { force: options.force, inputs: given, lang: options.lang }, io))) return EXIT.usage;
  }
  const minimum = options.minimum === undefined ? undefined : new Money(options.minimum);
  const versions = { before, after };
  return runReadCommand([before, after], options, io, {
    read: (_, readOptions) => diff([before], [after], { ...readOptions, minimum, outputs: output === undefined ? [] : [output] }),
    reports: (result) => result.files,
    finish: async (result) => {
      for (const [version, side] of [
        [before, result.before],
        [after, result.after],
      ] as const) {
        if (!hasForms(side.files)) {
          io.stderr.write(noFormsText(version, options.lang));
          return EXIT.usage;
        }
      }
      const exit = result.diff.changed ? EXIT.findings : EXIT.ok;
      if (output === undefined || kind === undefined) {
        io.stdout.write(options.format === "json" ? diffAsJson(result.diff, versions) : diffAsText(result.diff, { ...versions, lang: options.lang }));
        return exit;
      }
      const bytes =
        kind === "xlsx" ? await diffAsXlsx(result.diff, { ...versions, lang: options.lang, date: outputDate(io.env) }) : diffAsJson(result.diff, versions);
      const inputs = [...result.files.map((f) => f.file), ...(options.plan ? [options.plan] : [])];
      return (await writeOutput(io, output, bytes, { force: options.force, inputs, lang: options.lang, quiet: options.quiet })) ? exit : EXIT.usage;
    },
  });
}

function outputKindOf(file: string): "xlsx" | "json" | undefined {
  const ext = extname(file).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".json" ? "json" : undefined;
}
