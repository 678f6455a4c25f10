import type { Submission } from "../data/budget-row.js";
import type { Diagnostic } from "../data/diagnostic.js";
import { consolidate, type Consolidation } from "../aggregate/consolidate.js";
import type { Plan } from "../plan/schema.js";
import { checkRun, classify } from "../validate/validate.js";
import { availableParallelism } from "node:os";
import { readableInProcess } from "../read/in-process.js";
import { expandRunInputs, jobName, type FileJob, type Input } from "../api/input.js";
import type { FileReport, FileResult } from "./parse-file.js";
import { DEFAULT_FILE_HEAP_MB, DEFAULT_FILE_TIME_MS, parseFilesInWorkers } from "./worker-pool.js";

export type { FileReport };

/** Everything a run over some inputs produced: the consolidation, the diagnostics, the files. */
export interface RunResult {
  readonly consolidation: Consolidation;
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly FileReport[];
}

/** How a run reads its files: how many worker threads (0 = in this thread), and the bounds per file. */
export interface RunOptions {
  readonly workers?: number;
  readonly fileTimeMs?: number;
  readonly fileHeapMb?: number;
  /** Read only the sheet of this name in every file (`--sheet`), instead of finding form sheets by content. */
  readonly sheet?: string | undefined;
  /** Hears of each file as it finishes (a progress bar): how many are done, of how many, and which. */
  readonly onProgress?: ((progress: RunProgress) => void) | undefined;
}

/** How far a run has got: `done` of `total` files read, `file` the last one finished. */
export interface RunProgress {
  readonly done: number;
  readonly total: number;
  readonly file: string;
}

/**
 * A single file smaller than this is read in this thread (a worker's start-up would cost more) when
 * its format bounds its own cost: see `readableInProcess`.
 */
const IN_PROCESS_BYTES = 256 * 1024;

/**
 * Reads, parses, checks and consolidates the given files and folders (or files in memory, `{ name,
 * bytes }`). Never throws on bad input:
 * every problem is a diagnostic, and a broken file never stops the others. Files are read in worker
 * threads, each bounded in time and heap, unless there is one small file or `workers` is 0.
 */
export async function runFiles(inputs: readonly Input[], plan: Plan, options: RunOptions = {}): Promise<RunResult> {
  const expanded = await expandRunInputs(inputs);
  const diagnostics: Diagnostic[] = classify(expanded.findings);
  const workers = options.workers ?? (await defaultWorkers(expanded.files));
  const results: FileResult[] = [];
  let done = 0;
  const onFileDone = (file: string) => options.onProgress?.({ done: ++done, total: expanded.files.length, file });
  if (workers === 0) {
    // The readers (SheetJS among them) load here only: with workers, this thread never reads a file
    // and starts them 0.1 s sooner.
    const { parseJob } = await import("./parse-file.js");
    for (const job of expanded.files) {
      results.push(await parseJob(job, plan, options.sheet));
      onFileDone(jobName(job));
    }
  } else {
    const limits = { workers, timeoutMs: options.fileTimeMs ?? DEFAULT_FILE_TIME_MS, maxHeapMb: options.fileHeapMb ?? DEFAULT_FILE_HEAP_MB };
    results.push(...(await parseFilesInWorkers(expanded.files, plan, limits, options.sheet, onFileDone)));
  }
  const files: FileReport[] = [];
  const submissions: Submission[] = [];
  for (const result of results) {
    diagnostics.push(...result.diagnostics);
    submissions.push(...result.submissions);
    files.push(result.report);
  }
  // Rules across files (the same task or agency twice) run once every file is in.
  const crossFile = classify(checkRun(submissions, plan));
  diagnostics.push(...crossFile);
  const crossFileOf = new Map<string, Diagnostic[]>();
  for (const d of crossFile) {
    const own = crossFileOf.get(d.file);
    if (own) own.push(d);
    else crossFileOf.set(d.file, [d]);
  }
  const counted = files.map((report) => {
    const own = crossFileOf.get(report.file) ?? [];
    return { ...report, errors: report.errors + own.filter((d) => d.severity === "error").length, warnings: report.warnings + own.filter((d) => d.severity === "warning").length };
  });
  return { consolidation: consolidate(submissions, plan), diagnostics, files: counted };
}

async function defaultWorkers(files: readonly FileJob[]): Promise<number> {
  const [only] = files;
  if (files.length === 0) return 0;
  if (files.length === 1 && only !== undefined && (await readableInProcess(typeof only === "string" ? only : only.bytes, IN_PROCESS_BYTES))) return 0;
  return Math.max(1, Math.min(availableParallelism(), files.length));
}
