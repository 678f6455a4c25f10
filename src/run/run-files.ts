import { availableParallelism } from "node:os";
import { type Approvals, approvalFindings, approvalsOf, approvedCeilingFindings } from "../aggregate/approvals.js";
import { ceilingFindings } from "../aggregate/ceilings.js";
import { type Consolidation, consolidate } from "../aggregate/consolidate.js";
import { statedSplitFindings } from "../aggregate/stated-splits.js";
import type { Submission } from "../data/budget-row.js";
import type { Diagnostic } from "../data/diagnostic.js";
import type { FileReport } from "../data/file-report.js";
import { indexOf, type PlanIndex } from "../plan/plan-index.js";
import type { Plan } from "../plan/schema.js";
import { readableInProcess } from "../read/in-process.js";
import { countBySeverity } from "../validate/file-status.js";
import { checkRun, classify } from "../validate/validate.js";
import { expandRunInputs, type Input, inputName } from "./input.js";
import type { FileResult } from "./parse-file.js";
import { DEFAULT_FILE_HEAP_MB, DEFAULT_FILE_TIME_MS, type RunOptions } from "./run-options.js";
import { skipRepeatsAndOwnOutputs } from "./skip-inputs.js";
import { supersedeOlderVersions } from "./superseded-versions.js";
import { parseFilesInWorkers } from "./worker-pool.js";

export type { FileReport };

/** Everything a run over some inputs produced: the consolidation, the diagnostics, the files. */
export interface RunResult {
  readonly consolidation: Consolidation;
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly FileReport[];
  /** With `approved`: the review workbook's decisions on the consolidation, and the totals requested and approved. */
  readonly approvals?: Approvals;
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
 * threads, each bounded in time and heap, unless there is one small file or `workers` is 0. A plain
 * `plan` is indexed once here; workers get the plain plan and index it once each. Of several files of
 * one agency, the newest is used and the others superseded (BC409), unless `versions` is `all`.
 */
export async function runFiles(inputs: readonly Input[], plan: Plan | PlanIndex, options: RunOptions = {}): Promise<RunResult> {
  const index = indexOf(plan);
  const expanded = await expandRunInputs(inputs, options.outputs ?? []);
  const diagnostics: Diagnostic[] = classify(expanded.findings);
  const workers = options.workers ?? (await defaultWorkers(expanded.files));
  let results: FileResult[] = [];
  let done = 0;
  const onFileDone = (file: string) => options.onProgress?.({ done: ++done, total: expanded.files.length, file });
  if (workers === 0) {
    // The readers (SheetJS among them) load here only: with workers, this thread never reads a file
    // and starts them 0.1 s sooner.
    const { parseInput } = await import("./parse-file.js");
    for (const input of expanded.files) {
      results.push(await parseInput(input, index, options.sheet, options.agency));
      onFileDone(inputName(input));
    }
  } else {
    const pool = {
      workers,
      sheet: options.sheet,
      agency: options.agency,
      fileTimeMs: options.fileTimeMs ?? DEFAULT_FILE_TIME_MS,
      fileHeapMb: options.fileHeapMb ?? DEFAULT_FILE_HEAP_MB,
    };
    results.push(...(await parseFilesInWorkers(expanded.files, index.plan, pool, onFileDone)));
  }
  results = skipRepeatsAndOwnOutputs(results, options.readOwnOutputs === true);
  // An agency's older files go before anything is added up, so the totals, the check's counts and the appendix agree.
  const inMemory = new Set(expanded.files.flatMap((input) => (typeof input === "string" ? [] : [input.name])));
  results = await supersedeOlderVersions(results, index, options.versions ?? "newest", inMemory);
  const submissions: Submission[] = [];
  for (const result of results) {
    diagnostics.push(...result.diagnostics);
    submissions.push(...result.submissions);
  }
  // Rules across files (the same task or agency twice) run once every file is in; the ceilings are
  // checked on the consolidation itself.
  const consolidation = consolidate(submissions, index);
  const approvals = options.approved ? approvalsOf(consolidation, options.approved) : undefined;
  const crossFile = classify([
    ...checkRun(submissions, index),
    ...ceilingFindings(consolidation, index),
    ...statedSplitFindings(consolidation, index),
    ...(approvals ? [...approvalFindings(approvals), ...approvedCeilingFindings(approvals, index)] : []),
  ]);
  diagnostics.push(...crossFile);
  const crossFileOf = new Map<string, Diagnostic[]>();
  for (const d of crossFile) {
    const own = crossFileOf.get(d.file);
    if (own) own.push(d);
    else crossFileOf.set(d.file, [d]);
  }
  // A file's counts are made here only, from its own diagnostics and those across files about it.
  const files = results.map(
    (result): FileReport => ({ ...result.facts, ...countBySeverity([...result.diagnostics, ...(crossFileOf.get(result.facts.file) ?? [])]) }),
  );
  return { consolidation, diagnostics, files, ...(approvals ? { approvals } : {}) };
}

async function defaultWorkers(files: readonly Input[]): Promise<number> {
  const [only] = files;
  if (files.length === 0) return 0;
  if (files.length === 1 && only !== undefined && (await readableInProcess(typeof only === "string" ? only : only.bytes, IN_PROCESS_BYTES))) return 0;
  return Math.max(1, Math.min(availableParallelism(), files.length));
}
