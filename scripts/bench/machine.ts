import { execFileSync } from "node:child_process";
import { availableParallelism, cpus, loadavg, type as osType, release, totalmem } from "node:os";
import { REPO_ROOT } from "./paths.js";
import type { Machine } from "./results.js";

/** Describes this machine and the checkout; `loadAfter` is filled in when the run ends. */
export function describeMachine(toolVersion: string): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: availableParallelism(),
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    os: `${osType()} ${release()}`,
    date: new Date().toISOString(),
    commit: git("rev-parse", "--short", "HEAD").trim() || "unknown",
    uncommitted: git("status", "--porcelain")
      .split("\n")
      .filter((line) => line.trim() !== "").length,
    toolVersion,
    loadBefore: loadavg(),
    loadAfter: [],
  };
}

function git(...args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: REPO_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return "";
  }
}
