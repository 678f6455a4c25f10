export { budget, type CliResult } from "../cli/plan-cli-runner.js";

/** Lines that only a crash prints: a stack frame, an uncaught error, Node's fatal-error banner. */
export const CRASH = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$|Uncaught|FATAL ERROR|^\w*Error: /m;
