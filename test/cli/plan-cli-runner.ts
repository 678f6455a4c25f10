import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** What a run of the built CLI printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI (`node bin/budget.js`, colour off); resolves with its exit code and output, never rejects. */
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
