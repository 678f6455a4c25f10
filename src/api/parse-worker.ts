import { parentPort } from "node:worker_threads";
import type { Plan } from "../plan/schema.js";
import { parseFile } from "./parse-file.js";
import { toWire } from "./transfer.js";

/** A job sent to a parse worker. */
export interface ParseJob {
  readonly index: number;
  readonly file: string;
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
  void parseFile(message.file, message.plan, message.sheet).then((result) => parentPort?.postMessage({ index: message.index, result: toWire(result) }));
});
