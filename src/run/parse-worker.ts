import { parentPort, workerData } from "node:worker_threads";
import type { Plan } from "../plan/schema.js";
import type { Input } from "./input.js";
import { parseInput } from "./parse-file.js";
import { encodeResult } from "./transfer.js";

/** What a parse worker is started with: the same for every file it reads. */
export interface WorkerSetup {
  readonly plan: Plan;
  /** The `--sheet` to read, when given. */
  readonly sheet?: string | undefined;
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

// The plan comes once, with the worker, not with every job: one plan object per worker keeps the
// per-plan caches (folded registry and vocabulary) warm across files.
const setup = isWorkerSetup(workerData) ? workerData : undefined;

// Each message is one file to read, parse and check; the answer carries the job's index back.
parentPort?.on("message", (message: unknown) => {
  if (!isParseJob(message) || !setup) return;
  void parseInput(message.input, setup.plan, setup.sheet).then((result) => {
    const encoded = encodeResult(result);
    // The bytes' buffer is handed over, not copied, when they are the whole of it.
    const buffer = encoded.buffer;
    const whole = buffer instanceof ArrayBuffer && encoded.byteOffset === 0 && encoded.byteLength === buffer.byteLength;
    parentPort?.postMessage({ index: message.index, result: encoded }, whole ? [buffer] : []);
  });
});
