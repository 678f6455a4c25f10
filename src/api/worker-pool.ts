import { Worker } from "node:worker_threads";
import type { Plan } from "../plan/schema.js";
import { classify } from "../validate/validate.js";
import { MIN_FILE_HEAP_MB } from "./file-limits.js";
import { jobName, type FileJob } from "./input.js";
import type { FileResult } from "./parse-file.js";
import type { ParseJob } from "./parse-worker.js";
import { fromWire, type WireFileResult } from "./transfer.js";

/** How many workers read files at once, and the time and heap each file may take. */
export interface WorkerLimits {
  readonly workers: number;
  readonly timeoutMs: number;
  readonly maxHeapMb: number;
}

export { DEFAULT_FILE_HEAP_MB, DEFAULT_FILE_TIME_MS } from "./file-limits.js";

// Tests run the TypeScript sources; the worker must be the compiled script, which `npm test` builds first.
const WORKER_SCRIPT = import.meta.url.endsWith(".ts") ? new URL("../../dist/src/api/parse-worker.js", import.meta.url) : new URL("./parse-worker.js", import.meta.url);

/**
 * Reads, parses and checks files in worker threads, each file bounded in time and heap (at least
 * {@link MIN_FILE_HEAP_MB}): a file over a bound becomes a BC101 finding (`time-limit`,
 * `memory-limit`) and its worker is replaced, so the run goes on. Results come back in the order of
 * `files`, whatever order the workers finish in; `onFileDone` hears of each file as it finishes.
 */
export async function parseFilesInWorkers(files: readonly FileJob[], plan: Plan, limits: WorkerLimits, sheet?: string, onFileDone?: (file: string) => void): Promise<FileResult[]> {
  const results: FileResult[] = new Array<FileResult>(files.length);
  let next = 0;
  const runSlot = async (): Promise<void> => {
    let worker: Worker | undefined;
    while (next < files.length) {
      const index = next++;
      const job = files[index] ?? "";
      const file = jobName(job);
      worker ??= new Worker(WORKER_SCRIPT, { workerData: { plan, sheet }, resourceLimits: { maxOldGenerationSizeMb: Math.max(MIN_FILE_HEAP_MB, limits.maxHeapMb) } });
      const outcome = await runJob(worker, { index, file, bytes: typeof job === "string" ? undefined : job.bytes }, limits.timeoutMs);
      if (outcome.kind === "done") {
        results[index] = fromWire(outcome.result);
      } else {
        results[index] = failed(file, outcome.reason);
        await worker.terminate();
        worker = undefined;
      }
      onFileDone?.(file);
    }
    await worker?.terminate();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limits.workers, files.length)) }, runSlot));
  return results;
}

type JobOutcome = { kind: "done"; result: WireFileResult } | { kind: "failed"; reason: string };

function runJob(worker: Worker, job: ParseJob, timeoutMs: number): Promise<JobOutcome> {
  return new Promise((resolve) => {
    const finish = (outcome: JobOutcome) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve(outcome);
    };
    const onMessage = (message: unknown) => {
      if (isAnswer(message) && message.index === job.index) finish({ kind: "done", result: message.result });
    };
    const onError = (error: Error) => {
      const code = "code" in error ? String(error.code) : "";
      finish({ kind: "failed", reason: code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory-limit" : "crashed" });
    };
    const onExit = () => finish({ kind: "failed", reason: "crashed" });
    const timer = setTimeout(() => finish({ kind: "failed", reason: "time-limit" }), timeoutMs);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(job);
  });
}

function isAnswer(message: unknown): message is { index: number; result: WireFileResult } {
  return typeof message === "object" && message !== null && "index" in message && "result" in message;
}

function failed(file: string, reason: string): FileResult {
  const diagnostics = classify([{ file, code: "BC101", args: { reason } }]);
  return {
    report: { file, sha256: undefined, sheets: [], agencies: [], rowsRead: 0, errors: 1, warnings: 0 },
    submissions: [],
    diagnostics,
  };
}
