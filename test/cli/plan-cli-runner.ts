import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

const run = promisify(execFile);

/** What a run of the CLI printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** What a test may set of the CLI's surroundings: the environment (added to the process's, `NO_COLOR=1`) and whether the streams are terminals. */
export interface CliSetting {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * Runs `main` in this process (colour off: `NO_COLOR=1`), capturing what it prints, as the binary
 * would print it: resolves with its exit code and output. Coverage sees `src/cli/` this way.
 */
export async function budget(...args: string[]): Promise<CliResult> {
  return budgetWith({}, ...args);
}

/** `budget` with its environment or terminal set: see `CliSetting`. */
export async function budgetWith(setting: CliSetting, ...args: string[]): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const stream = (into: string[]) => ({ isTTY: setting.isTTY ?? false, columns: setting.columns, write: (text: string) => into.push(text) });
  const io: CliIo = { stdout: stream(stdout), stderr: stream(stderr), env: { ...process.env, NO_COLOR: "1", ...setting.env } };
  const code = await main(args, io);
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

/** Runs the built binary (`node bin/budget.js`, colour off) in a child process; resolves with its exit code and output, never rejects. */
export async function budgetProcess(...args: string[]): Promise<CliResult> {
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

/** A fresh temporary folder for one test's outputs. */
export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), "budget-cli-"));
}

/** Writes a text file into a fresh temporary folder and returns its path. */
export function tempFile(name: string, text: string): string {
  const path = join(tempFolder(), name);
  writeFileSync(path, text);
  return path;
}
