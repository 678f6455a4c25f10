import { Chalk } from "chalk";
import type { Paint } from "../write/diagnostics-as-text.js";

/** Whether a stream should get colour: a terminal, and neither `NO_COLOR` nor `--no-color`. */
export function wantsColor(stream: NodeJS.WriteStream, flag: boolean): boolean {
  return flag && stream.isTTY === true && (process.env.NO_COLOR ?? "") === "";
}

/** A paint function for diagnostics, plain when colour is off. */
export function painter(color: boolean): Paint {
  if (!color) return (_, text) => text;
  const chalk = new Chalk({ level: 1 });
  return (kind, text) => (kind === "error" ? chalk.red.bold(text) : kind === "warning" ? chalk.yellow(text) : kind === "info" ? chalk.cyan(text) : chalk.dim(text));
}

/** Writes to standard output. */
export function out(text: string): void {
  process.stdout.write(text);
}

/** Writes to standard error. */
export function err(text: string): void {
  process.stderr.write(text);
}
