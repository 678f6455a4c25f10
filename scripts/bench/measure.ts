import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** GNU time (Debian package `time`): it reports the CPU time and peak RSS of what it waited for. */
export const GNU_TIME = "/usr/bin/time";

/** One timed run of a command. */
export interface Sample {
  /** Wall seconds, from just before the start to the exit (a monotonic clock). */
  readonly wall: number;
  /** User + system CPU seconds of the process and the children it waited for. */
  readonly cpu: number;
  /** Peak resident set, in MiB, of the largest single process of the tree (threads share theirs). */
  readonly rssMiB: number;
  readonly exitCode: number;
  /** The end of what the command wrote on stderr (its summary line), at most 4 KiB. */
  readonly stderrTail: string;
  /** What it wrote on stdout, when asked to keep it. */
  readonly stdout: string;
}

/** True when GNU time is installed where the benchmark expects it. */
export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/**
 * Runs `command args…` under GNU time and returns its sample. Stdout is discarded unless
 * `keepStdout`; the environment gets `NO_COLOR=1`. A run over `timeoutMs` is killed (exit 124).
 */
export async function measure(command: string, args: readonly string[], options: { keepStdout?: boolean; timeoutMs?: number } = {}): Promise<Sample> {
  const dir = mkdtempSync(join(tmpdir(), "budget-bench-time-"));
  const report = join(dir, "time.txt");
  try {
    const started = process.hrtime.bigint();
    const child = spawn(GNU_TIME, ["-f", "%U %S %M", "-o", report, command, ...args], {
      stdio: ["ignore", options.keepStdout ? "pipe" : "ignore", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-4096)));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 15 * 60_000);
    const exitCode = await new Promise<number>((resolve) => child.on("close", (code, signal) => resolve(code ?? (signal ? 124 : 1))));
    clearTimeout(timer);
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const { user, system, rssKiB } = parseTimeReport(existsSync(report) ? readFileSync(report, "utf8") : "");
    return { wall, cpu: user + system, rssMiB: rssKiB / 1024, exitCode, stderrTail: stderr, stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reads GNU time's `-f "%U %S %M"` report: user and system seconds, peak RSS in KiB. The report's
 * last line holds the figures (a line before it says when the command exited non-zero).
 */
export function parseTimeReport(text: string): { user: number; system: number; rssKiB: number } {
  const line = text.trim().split("\n").pop() ?? "";
  const [user, system, rss] = line.trim().split(/\s+/).map(Number);
  return { user: user ?? Number.NaN, system: system ?? Number.NaN, rssKiB: rss ?? Number.NaN };
}

/** The median of some numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
