import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("the prepare script (scripts/prepare.mjs)", () => {
  it("builds a checkout that has no node_modules, as pre-commit's global install from git leaves it (npm/cli#8440)", async () => {
    const checkout = mkdtempSync(join(tmpdir(), "budget-prepare-"));
    for (const entry of ["package.json", "package-lock.json", "tsconfig.json", "bin", "src", "scripts"])
      cpSync(entry, join(checkout, entry), { recursive: true });
    // npm passes a global install's settings on to the scripts it runs; the script must install locally all the same.
    const env = { ...process.env, npm_config_global: "true", npm_config_prefer_offline: "true" };
    await run("node", ["scripts/prepare.mjs"], { cwd: checkout, env, maxBuffer: 16 * 1024 * 1024 });
    expect(existsSync(join(checkout, "node_modules/typescript/bin/tsc"))).toBe(true);
    const { stdout } = await run("node", [resolve(checkout, "bin/budget.js"), "--version"], { cwd: checkout });
    expect(stdout.trim()).toBe((JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version);
  }, 120_000);
});
