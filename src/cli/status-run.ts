import { extname } from "node:path";
import type { Roster } from "../aggregate/roster.js";
import { status } from "../api/status.js";
import { outputDate } from "../write/appendix/output-date.js";
import { csvFileText } from "../write/csv-file.js";
import type { Lang } from "../write/diagnostic-message.js";
import { statusAsCsv } from "../write/status-as-csv.js";
import { statusAsJson } from "../write/status-as-json.js";
import { statusAsTable } from "../write/status-as-table.js";
import { statusAsXlsx } from "../write/status-as-workbook.js";
import { deadlineProblem } from "./deadline-option.js";
import { EXIT } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { extensionProblem, outputsWritable } from "./output-checks.js";
import { type ReadCommandOptions, runReadCommand } from "./read-command.js";
import { type Renderer, rendererFor } from "./renderers.js";
import { bolder, wantsColor } from "./terminal.js";
import { writeOutput } from "./write-output.js";

/** Options of `budget status`. */
export interface StatusOptions extends ReadCommandOptions {
  readonly format: string;
  /** `--deadline` as typed. */
  readonly deadline: string | undefined;
  readonly requireAll: boolean;
  readonly output: string | undefined;
  readonly force: boolean;
}

/** What the roster is printed from. */
interface StatusView {
  readonly roster: Roster;
  readonly color: boolean;
  readonly lang: Lang;
}

/** The roster's renderers, one per `--format`. */
const STATUS_RENDERERS: Readonly<Record<"table" | "json" | "csv", Renderer<StatusView>>> = {
  table: (v) => statusAsTable(v.roster, { color: v.color, bold: bolder(v.color), lang: v.lang }),
  json: (v) => statusAsJson(v.roster, v.lang),
  csv: (v) => statusAsCsv(v.roster),
};

/**
 * Runs `budget status`: reads the forms received, and prints the roster of the plan's agencies (or
 * writes it, `-o`: a printable .xlsx, a .csv or a .json, atomically). The diagnostics are not listed:
 * each agency's line counts them, and `budget check` lists them. Exit 0, or with `--require-all` 1
 * while an agency is missing or has errors (or, with `--strict`, warnings); 2 on usage or I/O errors.
 */
export async function runStatus(inputs: readonly string[], options: StatusOptions, io: CliIo): Promise<number> {
  const badDeadline = deadlineProblem(options.deadline, options.lang);
  if (badDeadline !== undefined) {
    io.stderr.write(badDeadline);
    return EXIT.usage;
  }
  const output = options.output;
  const kind = output === undefined ? undefined : outputKindOf(output);
  if (output !== undefined) {
    if (kind === undefined) {
      io.stderr.write(extensionProblem("-o", output, [".xlsx", ".csv", ".json"], options.lang) ?? "");
      return EXIT.usage;
    }
    const given = [...inputs, ...(options.plan ? [options.plan] : [])];
    if (!(await outputsWritable([output], { force: options.force, inputs: given, lang: options.lang }, io))) return EXIT.usage;
  }
  return runReadCommand(inputs, options, io, {
    read: (files, readOptions) => status(files, { ...readOptions, deadline: options.deadline, outputs: output === undefined ? [] : [output] }),
    reports: (result) => result.files,
    reportsDiagnostics: true,
    acceptsNoForms: true,
    finish: async (result, active) => {
      const { roster } = result;
      const exit = options.requireAll && incomplete(roster, options.strict) ? EXIT.findings : EXIT.ok;
      if (output === undefined || kind === undefined) {
        const render = rendererFor(STATUS_RENDERERS, options.format) ?? STATUS_RENDERERS.table;
        io.stdout.write(render({ roster, color: wantsColor(io.stdout, options.color, io.env), lang: options.lang }));
        return exit;
      }
      const bytes =
        kind === "xlsx"
          ? await statusAsXlsx(roster, { lang: options.lang, planName: active.index.plan.name, date: outputDate(io.env) })
          : kind === "csv"
            ? csvFileText(statusAsCsv(roster))
            : statusAsJson(roster, options.lang);
      const inputs = [...result.files.map((f) => f.file), ...(active.file ? [active.file] : [])];
      return (await writeOutput(io, output, bytes, { force: options.force, inputs, lang: options.lang, quiet: options.quiet })) ? exit : EXIT.usage;
    },
  });
}

/**
 * Whether `--require-all` fails: an agency is missing or its newest file has errors; with `--strict`,
 * also while one's newest file has warnings.
 */
function incomplete(roster: Roster, strict: boolean): boolean {
  if (roster.summary.missing > 0 || roster.summary.withErrors > 0) return true;
  return strict && roster.sections.some((section) => section.lines.some((line) => (line.current?.warnings ?? 0) > 0));
}

function outputKindOf(file: string): "xlsx" | "csv" | "json" | undefined {
  const ext = extname(file).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".csv" ? "csv" : ext === ".json" ? "json" : undefined;
}
