import { type Command, InvalidArgumentError, Option } from "commander";
import { DEFAULT_FILE_HEAP_MB, DEFAULT_FILE_TIME_MS, MIN_FILE_HEAP_MB, type RunOptions, type VersionsMode } from "../run/run-options.js";
import type { Lang } from "../write/diagnostic-message.js";

/** The options every command shares. */
export interface CommonOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly quiet: boolean;
  readonly strict: boolean;
}

/** Adds `--lang`, `--no-color`, `--quiet` and `--strict` to a command. */
export function withCommonOptions(command: Command): Command {
  return command
    .addOption(new Option("--lang <lang>", "ngôn ngữ thông báo / message language").choices(["vi", "en"]).default("vi"))
    .option("--no-color", "không tô màu (như NO_COLOR=1) / no colour (as NO_COLOR=1)")
    .option("-q, --quiet", "chỉ in lỗi, không in cảnh báo, ghi chú, tiến trình / print errors only: no warnings, notes or progress", false)
    .option("--strict", "cảnh báo cũng là lỗi / warnings fail the run", false);
}

/** Adds `--plan <file>`: the plan profile (JSON or YAML) instead of the embedded default. */
export function withPlanOption(command: Command): Command {
  return command.option("--plan <file>", "tệp kế hoạch .json/.yaml thay cho kế hoạch mặc định / plan profile instead of the embedded default");
}

/** The `--plan` file given, if any. */
export function planPath(values: Record<string, unknown>): string | undefined {
  return typeof values.plan === "string" ? values.plan : undefined;
}

/**
 * How files are read: by how many worker threads (`--jobs`, 0 = in this thread) and within what
 * bounds each (`--file-timeout`, `--file-memory`); undefined keeps the defaults.
 */
export type FileLimits = Pick<RunOptions, "workers" | "fileTimeMs" | "fileHeapMb">;

function wholeAtLeast(minimum: number): (text: string) => number {
  return (text) => {
    if (!/^\d{1,7}$/.test(text) || Number(text) < minimum)
      throw new InvalidArgumentError(`cần một số nguyên ≥ ${minimum} / expected a whole number ≥ ${minimum}`);
    return Number(text);
  };
}

/**
 * Adds `--jobs <n>`, the worker threads that read files (results are the same whatever the number),
 * and `--file-timeout <seconds>` and `--file-memory <MiB>`: how long and how much heap the worker
 * reading one file may take before the file is reported (BC101 time-limit, memory-limit).
 */
export function withFileLimitOptions(command: Command): Command {
  return command
    .option(
      "--jobs <n>",
      "số luồng đọc tệp song song (mặc định: mỗi lõi một luồng; 0: không dùng luồng phụ, không giới hạn thời gian, bộ nhớ) / worker threads reading files (default: one per core; 0: none, read in this thread without the bounds)",
      wholeAtLeast(0),
    )
    .option(
      "--file-timeout <seconds>",
      `thời gian tối đa để đọc một tệp (mặc định ${DEFAULT_FILE_TIME_MS / 1000}) / most seconds one file may take (default ${DEFAULT_FILE_TIME_MS / 1000})`,
      wholeAtLeast(1),
    )
    .option(
      "--file-memory <MiB>",
      `bộ nhớ tối đa để đọc một tệp, ≥ ${MIN_FILE_HEAP_MB} (mặc định ${DEFAULT_FILE_HEAP_MB}) / most heap in MiB one file may take, ≥ ${MIN_FILE_HEAP_MB} (default ${DEFAULT_FILE_HEAP_MB})`,
      wholeAtLeast(MIN_FILE_HEAP_MB),
    );
}

/**
 * The `--agency <name>` option of the read commands: read every form as that one agency's plan, its
 * numbered rows its items and its sections its task areas (a plan one agency wrote, whose rows the
 * tool would otherwise take for agencies).
 */
export function agencyFlag(): Option {
  return new Option(
    "--agency <name>",
    "đọc mọi biểu mẫu là kế hoạch của một đơn vị này: các dòng đánh số là nhiệm vụ, các phần I, II là lĩnh vực / read every form as this one agency's plan: numbered rows are its tasks, sections I, II its task areas",
  );
}

/** The `--agency` given, if any (spaces trimmed; a blank one is none). */
export function agencyOption(values: Record<string, unknown>): string | undefined {
  const name = typeof values.agency === "string" ? values.agency.trim() : "";
  return name === "" ? undefined : name;
}

/** The worker count and file bounds given, if any. */
export function fileLimits(values: Record<string, unknown>): FileLimits {
  return {
    workers: typeof values.jobs === "number" ? values.jobs : undefined,
    fileTimeMs: typeof values.fileTimeout === "number" ? values.fileTimeout * 1000 : undefined,
    fileHeapMb: typeof values.fileMemory === "number" ? values.fileMemory : undefined,
  };
}

/**
 * Adds `--versions newest|all` to a command that adds forms up: of several files of one agency, use
 * the newest (the default; the others are superseded, BC409) or add them all (BC405).
 */
export function withVersionsOption(command: Command): Command {
  return command.addOption(
    new Option(
      "--versions <which>",
      "nhiều tệp của cùng một đơn vị: chỉ dùng tệp mới nhất (newest) hay cộng tất cả (all) / several files of one agency: use the newest, or add them all",
    )
      .choices(["newest", "all"])
      .default("newest"),
  );
}

/** The `--versions` given: `all`, else `newest`. */
export function versionsMode(values: Record<string, unknown>): VersionsMode {
  return values.versions === "all" ? "all" : "newest";
}

/**
 * Adds the options of every command that reads forms: the common ones, `--plan`, and the worker and
 * file bounds (`--jobs`, `--file-timeout`, `--file-memory`).
 */
export function withReadOptions(command: Command): Command {
  return withFileLimitOptions(withPlanOption(withCommonOptions(command)));
}

/** Adds {@link withReadOptions} and `--versions`: the options of a command that adds forms up. */
export function withAddingOptions(command: Command): Command {
  return withVersionsOption(withReadOptions(command));
}

/** The `--sheet` given, if any. */
export function sheetName(values: Record<string, unknown>): string | undefined {
  return typeof values.sheet === "string" ? values.sheet : undefined;
}

/** What {@link withReadOptions} and a command's `--sheet` gave: the shared options, the plan, the sheet and the file bounds. */
export function readOptions(
  values: Record<string, unknown>,
): CommonOptions & FileLimits & { readonly plan: string | undefined; readonly sheet: string | undefined } {
  return { ...commonOptions(values), plan: planPath(values), sheet: sheetName(values), ...fileLimits(values) };
}

/** Reads the shared options from commander's parsed values. */
export function commonOptions(values: Record<string, unknown>): CommonOptions {
  return {
    lang: values.lang === "en" ? "en" : "vi",
    color: values.color !== false,
    quiet: values.quiet === true,
    strict: values.strict === true,
  };
}
