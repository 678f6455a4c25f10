import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** What a run of the built CLI did. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI (`npm test` builds first); resolves with its exit code and output, never rejects on a non-zero exit. */
export async function budget(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run("node", ["bin/budget.js", ...args], { env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (error && typeof error === "object" && "code" in error && "stdout" in error && "stderr" in error) {
      return { code: Number(error.code), stdout: String(error.stdout), stderr: String(error.stderr) };
    }
    throw error;
  }
}

/** Lines that only a crash prints: a stack frame, an uncaught error, Node's fatal-error banner. */
export const CRASH = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$|Uncaught|FATAL ERROR|^\w*Error: /m;
