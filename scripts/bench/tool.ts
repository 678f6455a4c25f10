import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { BUDGET_BIN } from "./paths.js";

const run = promisify(execFile);

/** What the built `budget` offers: the benchmark adapts to a tool still being written. */
export interface ToolCapabilities {
  readonly version: string;
  /** `budget check` exists (else `budget totals --format json` stands in for it). */
  readonly check: boolean;
  /** `--plan <file>` is accepted by consolidate, totals and check. */
  readonly planFlag: boolean;
  /** The flag that sets the number of worker threads, if any (`--jobs`, `--workers`, `--threads`). */
  readonly workersFlag: string | undefined;
}

/** The usage line of `budget check --help`; help is in Vietnamese unless `--lang en` ("Cách dùng:" is "Usage:"). */
export const CHECK_USAGE = /(Usage|Cách dùng): budget check\b/;

/** Asks the built CLI for its version and help texts. */
export async function detectTool(): Promise<ToolCapabilities> {
  const version = (await budget("--version")).trim();
  const checkHelp = await budget("check", "--help");
  const consolidateHelp = await budget("consolidate", "--help");
  const totalsHelp = await budget("totals", "--help");
  const workers = /(--jobs|--workers|--threads)\b/.exec(totalsHelp)?.[1];
  const check = CHECK_USAGE.test(checkHelp);
  return {
    version,
    check,
    planFlag: [consolidateHelp, totalsHelp, ...(check ? [checkHelp] : [])].every((help) => /--plan\b/.test(help)),
    workersFlag: workers !== undefined && consolidateHelp.includes(workers) ? workers : undefined,
  };
}

async function budget(...args: string[]): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [BUDGET_BIN, ...args], { env: { ...process.env, NO_COLOR: "1" } });
    return stdout;
  } catch (error) {
    return error !== null && typeof error === "object" && "stdout" in error ? String(error.stdout) : "";
  }
}
