import { parentPort } from "node:worker_threads";
import type { Plan } from "../plan/schema.js";
import { parseJob } from "./parse-file.js";
import { toWire } from "./transfer.js";

/** A job sent to a parse worker. */
export interface ParseJob {
  readonly index: number;
  readonly file: string;
  /** The file's bytes when it was given in memory rather than as a path. */
  readonly bytes?: Uint8Array | undefined;
  readonly plan: Plan;
  /** The `--sheet` to read, when given. */
  readonly sheet?: string | undefined;
}

function isParseJob(message: unknown): message is ParseJob {
  return typeof message === "object" && message !== null && "index" in message && "file" in message && "plan" in message;
}

// Each message is one file to read, parse and check; the answer carries the job's index back.
parentPort?.on("message", (message: unknown) => {
  if (!isParseJob(message)) return;
  const job = message.bytes === undefined ? message.file : { name: message.file, bytes: message.bytes };
  void parseJob(job, message.plan, message.sheet).then((result) => parentPort?.postMessage({ index: message.index, result: toWire(result) }));
});
