import { foldText } from "../data/text.js";
import type { Plan } from "../plan/schema.js";
import { writeFileAtomic } from "../write/atomic-write.js";
import { templateAsXlsx } from "../write/template-as-workbook.js";
import type { CommonOptions } from "./common-options.js";
import { EXIT } from "./exit-code.js";
import { loadActivePlan } from "./plan-active.js";
import { err } from "./terminal.js";
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
export async function runTemplate(options: TemplateRunOptions): Promise<number> {
  const vi = options.lang === "vi";
  const rows = Number(options.rows);
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) {
    err(vi ? `--rows: cần một số nguyên từ 1 đến ${MAX_ROWS}, không phải "${options.rows}".\n` : `--rows: expected a whole number from 1 to ${MAX_ROWS}, not "${options.rows}".\n`);
    return EXIT.usage;
  }
  if (!options.output.toLowerCase().endsWith(".xlsx")) {
    err(vi ? `-o: biểu mẫu được ghi dạng .xlsx: ${options.output}\n` : `-o: the form is written as .xlsx: ${options.output}\n`);
    return EXIT.usage;
  }
  const active = await loadActivePlan(options.plan, options.lang);
  if (!active) return EXIT.usage;
  const agency = options.agency === undefined ? "" : officialName(options.agency.trim(), active.plan);
  if (options.agency !== undefined && agency === undefined && !options.quiet) {
    err(vi ? `Cảnh báo: "${options.agency}" không có trong danh sách đơn vị của kế hoạch; vẫn ghi như đã nhập.\n` : `Warning: "${options.agency}" is not in the plan's registry; written as given.\n`);
  }
  const bytes = await templateAsXlsx(active.plan, { agency: agency ?? options.agency?.trim() ?? "", rows });
  const problem = await writeFileAtomic(options.output, bytes, { force: options.force, inputs: active.file ? [active.file] : [] });
  if (problem) {
    err(writeProblemText(problem, options.lang));
    return EXIT.usage;
  }
  if (!options.quiet) err(vi ? `Đã ghi biểu mẫu trống ${options.output}.\n` : `Blank form written: ${options.output}.\n`);
  return EXIT.ok;
}

/** The registry's official name for a name or alias, or undefined when the registry has none. */
function officialName(name: string, plan: Plan): string | undefined {
  const key = foldText(name);
  return plan.agencies.find((agency) => [agency.name, ...agency.aliases].some((spelling) => foldText(spelling) === key))?.name;
}
