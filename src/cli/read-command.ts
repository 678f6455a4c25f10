import type { ReadOptions } from "../api/read-options.js";
import type { Diagnostic } from "../data/diagnostic.js";
import type { CommonOptions, FileLimits } from "./common-options.js";
import { EXIT, exitCodeFor } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { loadActivePlan, type ActivePlan } from "./plan-active.js";
import { progressBar } from "./progress-bar.js";
import { reportDiagnostics } from "./report-diagnostics.js";

/** The options every read command (consolidate, totals, check) takes. */
export interface ReadCommandOptions extends CommonOptions, FileLimits {
  /** The `--plan` file, when given. */
  readonly plan?: string | undefined;
  /** The `--sheet` to read in every file, when given. */
  readonly sheet?: string | undefined;
}

/** What a read command's library call returns, as far as the skeleton needs it. */
export interface ReadResult {
  readonly files: readonly unknown[];
  readonly diagnostics: readonly Diagnostic[];
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
  /** `--max-warnings`, when the command takes it. */
  readonly maxWarnings?: number | undefined;
  /** Prints or writes the result; returns the exit code, given the one the diagnostics call for. */
  finish(result: R, active: ActivePlan, exitCode: number): Promise<number> | number;
}

/**
 * The skeleton shared by `consolidate`, `totals` and `check`: loads the plan (exit 2 when it cannot be
 * used), reads the inputs with a progress bar, says when no form was found (exit 2), prints the
 * diagnostics to stderr unless the command reports them itself, and hands the result and the exit
 * code the diagnostics call for to the command's `finish`.
 */
export async function runReadCommand<R extends ReadResult>(inputs: readonly string[], options: ReadCommandOptions, io: CliIo, command: ReadCommand<R>): Promise<number> {
  const active = await loadActivePlan(options.plan, options.lang, io);
  if (!active) return EXIT.usage;
  const onProgress = progressBar(io.stderr, { quiet: options.quiet, lang: options.lang, env: io.env });
  const result = await command.read(inputs, { plan: active.index, sheet: options.sheet, workers: options.workers, fileTimeMs: options.fileTimeMs, fileHeapMb: options.fileHeapMb, onProgress });
  if (result.files.length === 0 && (command.reportsDiagnostics === true || result.diagnostics.length === 0)) {
    io.stderr.write(options.lang === "vi" ? "Không tìm thấy tệp biểu mẫu nào.\n" : "No form files found.\n");
    return EXIT.usage;
  }
  if (command.reportsDiagnostics !== true) reportDiagnostics(result.diagnostics, result.files.length, options, io);
  return command.finish(result, active, exitCodeFor(result.diagnostics, { strict: options.strict, maxWarnings: command.maxWarnings }));
}
