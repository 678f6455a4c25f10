import { Worker } from "node:worker_threads";
import type { Plan } from "../plan/schema.js";
import { classify } from "../validate/validate.js";
import { type Input, inputName } from "./input.js";
import type { FileResult } from "./parse-file.js";
import type { ParseJob, WorkerSetup } from "./parse-worker.js";
import { type FileBounds, MIN_FILE_HEAP_MB, type RunOptions } from "./run-options.js";
import { CLOSE_WORKER, decodeResult } from "./transfer.js";

/** How long a worker asked to close may take to end by itself before it is stopped. */
const CLOSE_GRACE_MS = 2_000;

/** How the pool reads: how many workers read files at once, the bounds on each file, the sheet, the agency given. */
export interface PoolOptions extends FileBounds, Pick<RunOptions, "sheet" | "agency"> {
  readonly workers: number;
}

// Tests run the TypeScript sources; the worker must be the compiled script, which `npm test` builds first.
const WORKER_SCRIPT = import.meta.url.endsWith(".ts")
  ? new URL("../../dist/src/run/parse-worker.js", import.meta.url)
  : new URL("./parse-worker.js", import.meta.url);

/**
 * Reads, parses and checks files in worker threads, each file bounded in time and heap (at least
 * {@link MIN_FILE_HEAP_MB}): a file over a bound becomes a BC101 finding (`time-limit`,
 * `memory-limit`) and its worker is replaced, so the run goes on. Results come back in the order of
 * `files`, whatever order the workers finish in; `onFileDone` hears of each file as it finishes.
 */
export async function parseFilesInWorkers(
  files: readonly Input[],
  plan: Plan,
  options: PoolOptions,
  onFileDone?: (file: string) => void,
): Promise<FileResult[]> {
  const results: FileResult[] = new Array<FileResult>(files.length);
  let next = 0;
  const take = (): ParseJob | undefined => {
    if (next >= files.length) return undefined;
    const index = next++;
    return { index, input: files[index] ?? "" };
  };
  const heapMb = Math.max(MIN_FILE_HEAP_MB, options.fileHeapMb);
  const runSlot = async (): Promise<void> => {
    let worker: ParseWorker | undefined;
    // Each worker has the next file in hand before it finishes the current one: it never waits for
    // this thread to take its result and send more (in profiles, workers idled 15% of the time).
    let ahead: ParseJob | undefined;
    for (let job = take(); job; job = ahead ?? take()) {
      const sent = worker !== undefined && ahead === job;
      worker ??= new ParseWorker({ plan, sheet: options.sheet, agency: options.agency }, heapMb);
      if (!sent) worker.send(job);
      ahead = take();
      if (ahead) worker.send(ahead);
      const outcome = await worker.result(job.index, options.fileTimeMs);
      if (outcome.kind === "done") {
        // A worker with nothing left to read ends before its result is decoded: its heap (a large
        // file's peak) is not held beside the decoded rows.
        if (!ahead) {
          await worker.close();
          worker = undefined;
        }
        results[job.index] = decodeResult(outcome.result) ?? failed(inputName(job.input), "crashed");
      } else {
        results[job.index] = failed(inputName(job.input), outcome.reason);
        // The file sent ahead goes to the next worker.
        await worker.terminate();
        worker = undefined;
      }
      onFileDone?.(inputName(job.input));
    }
    await worker?.close();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.workers, files.length)) }, runSlot));
  return results;
}

/** A job's outcome: its result as `encodeResult` bytes, or why there is none. */
type JobOutcome = { kind: "done"; result: Uint8Array } | { kind: "failed"; reason: string };

/**
 * One parse worker: takes jobs in order, and gives each job's outcome when asked, whether its answer
 * came before or after the asking. A crash or an exit fails the job being waited for.
 */
class ParseWorker {
  private readonly worker: Worker;
  private readonly answers = new Map<number, Uint8Array>();
  private waiting: { readonly index: number; readonly settle: (outcome: JobOutcome) => void } | undefined;
  private failure: string | undefined;

  constructor(setup: WorkerSetup, heapMb: number) {
    this.worker = new Worker(WORKER_SCRIPT, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    this.worker.on("message", (message: unknown) => {
      if (!isAnswer(message)) return;
      if (this.waiting?.index === message.index) this.settle({ kind: "done", result: message.result });
      else this.answers.set(message.index, message.result);
    });
    this.worker.on("error", (error: Error) => {
      const code = "code" in error ? String(error.code) : "";
      this.fail(code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory-limit" : "crashed");
    });
    this.worker.on("exit", () => this.fail("crashed"));
  }

  send(job: ParseJob): void {
    this.worker.postMessage(job);
  }

  /** The outcome of a job sent to this worker; `time-limit` when it takes more than `fileTimeMs` from now. */
  result(index: number, fileTimeMs: number): Promise<JobOutcome> {
    const answer = this.answers.get(index);
    if (answer) {
      this.answers.delete(index);
      return Promise.resolve({ kind: "done", result: answer });
    }
    if (this.failure) return Promise.resolve({ kind: "failed", reason: this.failure });
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle({ kind: "failed", reason: "time-limit" }), fileTimeMs);
      this.waiting = {
        index,
        settle: (outcome) => {
          clearTimeout(timer);
          resolve(outcome);
        },
      };
    });
  }

  /** Stops the worker at once, whatever it is doing: for a file over its time or memory bound. */
  terminate(): Promise<number> {
    return this.worker.terminate();
  }

  /**
   * Ends a worker that has nothing left to read: it closes its port and its thread ends by itself.
   * `terminate()` there crashed Node now and then (about 1 run in 15 of `check fixtures/faulty`:
   * `NodePlatform::ForIsolate` asserted, the isolate torn down while V8 still compiled for it in the
   * background). Stopped by force only if it has not ended after {@link CLOSE_GRACE_MS}.
   */
  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.worker.once("exit", () => resolve()));
    this.worker.postMessage(CLOSE_WORKER);
    const timer = setTimeout(() => void this.worker.terminate(), CLOSE_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }

  private settle(outcome: JobOutcome): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.settle(outcome);
  }

  private fail(reason: string): void {
    this.failure ??= reason;
    this.settle({ kind: "failed", reason: this.failure });
  }
}

function isAnswer(message: unknown): message is { index: number; result: Uint8Array } {
  return (
    typeof message === "object" &&
    message !== null &&
    "index" in message &&
    typeof message.index === "number" &&
    "result" in message &&
    message.result instanceof Uint8Array
  );
}

function failed(file: string, reason: string): FileResult {
  const diagnostics = classify([{ file, code: "BC101", args: { reason } }]);
  return {
    facts: { file, sha256: undefined, sheets: [], agencies: [], rowsRead: 0 },
    submissions: [],
    diagnostics,
  };
}
