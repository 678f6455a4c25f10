import type { ReadOptions } from "../api/read-options.js";
import type { Diagnostic } from "../data/diagnostic.js";
import type { FileReport } from "../data/file-report.js";
import { INPUT_EXTENSIONS, missingInputs } from "../read/expand-inputs.js";
import type { VersionsMode } from "../run/run-options.js";
import type { CommonOptions, FileLimits } from "./common-options.js";
import { EXIT, exitCodeFor } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { withoutLockFiles } from "./lock-files.js";
import { type ActivePlan, loadActivePlan } from "./plan-active.js";
import { progressBar } from "./progress-bar.js";
import { reportDiagnostics } from "./report-diagnostics.js";

/** The options every read command (consolidate, totals, check) takes. */
export interface ReadCommandOptions extends CommonOptions, FileLimits {
  /** The `--plan` file, when given. */
  readonly plan?: string | undefined;
  /** The `--sheet` to read in every file, when given. */
  readonly sheet?: string | undefined;
  /** The `--agency` every form is read as, when given. */
  readonly agency?: string | undefined;
  /** `--versions`: of several files of one agency, the newest only (the default) or all. */
  readonly versions?: VersionsMode | undefined;
}

/** What a read command's library call returns, as far as the skeleton needs it. */
export interface ReadResult {
  readonly files: readonly unknown[];
  readonly diagnostics: readonly Diagnostic[];
  /** Files read besides the forms, counted in the summary line (`consolidate --approved`: the review workbook). */
  readonly otherFiles?: number;
}

/** The part of a read command that is its own: which library call reads, and what is printed or written. */
export interface ReadCommand<R extends ReadResult> {
  /** Reads the inputs with the library (`consolidate`, `totals`, `check`). */
  read(inputs: readonly string[], options: ReadOptions): Promise<R>;
  /**
   * Whether the diagnostics are the command's report on stdout (`check`) rather than a side note on
   * stderr. Such a command also calls a run with no file read "nothing found", whatever it says about
   * inputs that could not be found: its report would be empty.
   */
  readonly reportsDiagnostics?: boolean;
  /**
   * What became of each file read (whether a form sheet was found in it). A command that gives it
   * refuses a run where files were read but none holds a form (exit 2): its totals of zero, or its
   * empty appendix, would look like an answer. `check` reports such files as its findings instead.
   */
  readonly reports?: (result: R) => readonly FileReport[];
  /**
   * Whether no form at all is an answer (`status`: early in the intake loop every agency is missing)
   * rather than a mistake: the run goes on to `finish` when no file, or no form, was found.
   */
  readonly acceptsNoForms?: boolean;
  /** `--max-warnings`, when the command takes it. */
  readonly maxWarnings?: number | undefined;
  /** Prints or writes the result; returns the exit code, given the one the diagnostics call for. */
  finish(result: R, active: ActivePlan, exitCode: number): Promise<number> | number;
}

/**
 * The skeleton shared by `consolidate`, `totals` and `check`: skips Excel's lock files named among the
 * inputs (with a note), refuses inputs that name nothing before reading anything (exit 2), loads the
 * plan (exit 2 when it cannot be used), reads the inputs with a progress bar, says when no form was
 * found (exit 2), prints the diagnostics to stderr unless the command reports them itself, and hands
 * the result and the exit code the diagnostics call for to the command's `finish`. When files were read
 * but none holds a form (a PDF, a .docx), a command that gives `reports` only reports the diagnostics,
 * and the exit code is 2.
 */
export async function runReadCommand<R extends ReadResult>(
  inputs: readonly string[],
  options: ReadCommandOptions,
  io: CliIo,
  command: ReadCommand<R>,
): Promise<number> {
  const vi = options.lang === "vi";
  const toRead = await inputsToRead(inputs, options, io);
  if (!toRead) return EXIT.usage;
  const active = await loadActivePlan(options.plan, options.lang, io);
  if (!active) return EXIT.usage;
  const onProgress = progressBar(io.stderr, { quiet: options.quiet, lang: options.lang, env: io.env });
  const result = await command.read(toRead, {
    plan: active.index,
    sheet: options.sheet,
    agency: options.agency,
    versions: options.versions,
    workers: options.workers,
    fileTimeMs: options.fileTimeMs,
    fileHeapMb: options.fileHeapMb,
    onProgress,
  });
  if (command.acceptsNoForms !== true && result.files.length === 0 && (command.reportsDiagnostics === true || result.diagnostics.length === 0)) {
    const kinds = [...INPUT_EXTENSIONS].join(", ");
    io.stderr.write(vi ? `Không tìm thấy tệp biểu mẫu nào (${kinds}).\n` : `No form files found (${kinds}).\n`);
    return EXIT.usage;
  }
  const reports = command.reports?.(result) ?? [];
  if (command.acceptsNoForms !== true && reports.length > 0 && reports.every((report) => report.sheets.length === 0)) {
    reportDiagnostics(result.diagnostics, result.files.length + (result.otherFiles ?? 0), options, io);
    const files = reports.length;
    io.stderr.write(
      vi
        ? `Không đọc được biểu mẫu nào trong ${files} tệp; không có gì để tổng hợp.\n`
        : `No form could be read in ${files === 1 ? "the file" : `the ${files} files`}; nothing to consolidate.\n`,
    );
    return EXIT.usage;
  }
  if (command.reportsDiagnostics !== true) reportDiagnostics(result.diagnostics, result.files.length + (result.otherFiles ?? 0), options, io);
  return command.finish(result, active, exitCodeFor(result.diagnostics, { strict: options.strict, maxWarnings: command.maxWarnings }));
}

/**
 * The inputs to read: Excel's lock files (`~$phu-luc.xlsx`, which a shell glob picks up) left out
 * with a note; undefined, after saying which, when an input names no file or folder.
 */
async function inputsToRead(inputs: readonly string[], options: ReadCommandOptions, io: CliIo): Promise<readonly string[] | undefined> {
  const vi = options.lang === "vi";
  const missing = await missingInputs(inputs);
  if (missing.length > 0) {
    for (const { input, glob } of missing) {
      if (glob) io.stderr.write(vi ? `Không có tệp nào khớp với ${input}.\n` : `No file matches ${input}.\n`);
      else io.stderr.write(vi ? `Không tìm thấy thư mục hoặc tệp: ${input}\n` : `No such folder or file: ${input}\n`);
    }
    return undefined;
  }
  return withoutLockFiles(inputs, options, io);
}
