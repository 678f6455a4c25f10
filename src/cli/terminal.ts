import { Chalk } from "chalk";
import type { Paint } from "../write/diagnostics-as-text.js";
import type { CliIo, OutStream } from "./io.js";

/** Whether a stream should get colour: a terminal, and neither `NO_COLOR` nor `--no-color`. */
export function wantsColor(stream: OutStream, flag: boolean, env: CliIo["env"]): boolean {
  return flag && stream.isTTY === true && (env.NO_COLOR ?? "") === "";
}

/** A paint function for diagnostics, plain when colour is off. */
export function painter(color: boolean): Paint {
  if (!color) return (_, text) => text;
  const chalk = new Chalk({ level: 1 });
  return (kind, text) =>
    kind === "error" ? chalk.red.bold(text) : kind === "warning" ? chalk.yellow(text) : kind === "info" ? chalk.cyan(text) : chalk.dim(text);
}

/** Bold for a table's header and total, plain when colour is off. */
export function bolder(color: boolean): (text: string) => string {
  return new Chalk({ level: color ? 1 : 0 }).bold;
}
