import { parentPort, workerData } from "node:worker_threads";
import { PlanIndex } from "../plan/plan-index.js";
import type { Plan } from "../plan/schema.js";
import type { Input } from "./input.js";
import { parseInput } from "./parse-file.js";
import { CLOSE_WORKER, encodeResult } from "./transfer.js";

/** What a parse worker is started with: the same for every file it reads. */
export interface WorkerSetup {
  readonly plan: Plan;
  /** The `--sheet` to read, when given. */
  readonly sheet?: string | undefined;
  /** The `--agency` every form is read as, when given. */
  readonly agency?: string | undefined;
}

/** A job sent to a parse worker: one file to read, and its place among the run's files. */
export interface ParseJob {
  readonly index: number;
  readonly input: Input;
}

function isParseJob(message: unknown): message is ParseJob {
  return typeof message === "object" && message !== null && "index" in message && "input" in message;
}

function isWorkerSetup(data: unknown): data is WorkerSetup {
  return typeof data === "object" && data !== null && "plan" in data && typeof data.plan === "object" && data.plan !== null;
}

// The plan comes once, with the worker, not with every job, and is indexed here once: every file
// this worker reads uses the same index (a class instance does not cross threads; its plan does).
const setup = isWorkerSetup(workerData) ? workerData : undefined;
const planIndex = setup ? new PlanIndex(setup.plan) : undefined;

// Each message is one file to read, parse and check; the answer carries the job's index back.
parentPort?.on("message", (message: unknown) => {
  // Nothing left to read: with the port closed the thread's loop empties and it ends by itself.
  if (message === CLOSE_WORKER) {
    parentPort?.close();
    return;
  }
  if (!isParseJob(message) || !setup || !planIndex) return;
  void parseInput(message.input, planIndex, setup.sheet, setup.agency).then((result) => {
    const encoded = encodeResult(result);
    // The bytes' buffer is handed over, not copied, when they are the whole of it.
    const buffer = encoded.buffer;
    const whole = buffer instanceof ArrayBuffer && encoded.byteOffset === 0 && encoded.byteLength === buffer.byteLength;
    parentPort?.postMessage({ index: message.index, result: encoded }, whole ? [buffer] : []);
  });
});
