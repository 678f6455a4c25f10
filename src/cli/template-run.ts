import { outputDate } from "../write/appendix/output-date.js";
import { writeFileAtomic } from "../write/atomic-write.js";
import { templateAsXlsx } from "../write/template-as-workbook.js";
import type { CommonOptions } from "./common-options.js";
import { EXIT } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { extensionProblem, outputsWritable } from "./output-checks.js";
import { loadActivePlan } from "./plan-active.js";
import { writeProblemText } from "./write-problem-text.js";

/** Options of `budget template`. */
export interface TemplateRunOptions extends CommonOptions {
  readonly output: string;
  readonly agency: string | undefined;
  /** The `--rows` value as typed. */
  readonly rows: string;
  readonly force: boolean;
  readonly plan: string | undefined;
}

const MAX_ROWS = 1000;

/**
 * Runs `budget template`: writes the blank official form of the active plan, atomically. An agency
 * named through an alias is written under its official name; one not in the registry is written as
 * given, with a warning. Returns the exit code.
 */
export async function runTemplate(options: TemplateRunOptions, io: CliIo): Promise<number> {
  const vi = options.lang === "vi";
  const rows = Number(options.rows);
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) {
    io.stderr.write(
      vi
        ? `--rows: cần một số nguyên từ 1 đến ${MAX_ROWS}, không phải "${options.rows}".\n`
        : `--rows: expected a whole number from 1 to ${MAX_ROWS}, not "${options.rows}".\n`,
    );
    return EXIT.usage;
  }
  const wrongExtension = extensionProblem("-o", options.output, [".xlsx"], options.lang);
  if (wrongExtension) {
    io.stderr.write(wrongExtension);
    return EXIT.usage;
  }
  if (!(await outputsWritable([options.output], { force: options.force, inputs: options.plan ? [options.plan] : [], lang: options.lang }, io)))
    return EXIT.usage;
  const active = await loadActivePlan(options.plan, options.lang, io);
  if (!active) return EXIT.usage;
  const agency = options.agency === undefined ? "" : active.index.agency(options.agency.trim())?.name;
  if (options.agency !== undefined && agency === undefined && !options.quiet) {
    io.stderr.write(
      vi
        ? `Cảnh báo: "${options.agency}" không có trong danh sách đơn vị của kế hoạch; vẫn ghi như đã nhập.\n`
        : `Warning: "${options.agency}" is not in the plan's registry; written as given.\n`,
    );
  }
  const bytes = await templateAsXlsx(active.plan, { agency: agency ?? options.agency?.trim() ?? "", rows }, outputDate(io.env));
  const problem = await writeFileAtomic(options.output, bytes, { force: options.force, inputs: active.file ? [active.file] : [] });
  if (problem) {
    io.stderr.write(writeProblemText(problem, options.lang));
    return EXIT.usage;
  }
  if (!options.quiet) io.stderr.write(vi ? `Đã ghi biểu mẫu trống ${options.output}.\n` : `Blank form written: ${options.output}.\n`);
  return EXIT.ok;
}
