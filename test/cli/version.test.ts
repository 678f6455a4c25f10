import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { budgetProcess as budget } from "./plan-cli-runner.js";

const manifest: unknown = JSON.parse(readFileSync("package.json", "utf8"));
const VERSION = typeof manifest === "object" && manifest !== null && "version" in manifest && typeof manifest.version === "string" ? manifest.version : "";

describe("budget --version", () => {
  it("prints the package's version, with --version or -V, and exits 0", async () => {
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
    for (const flag of ["--version", "-V"]) {
      const { code, stdout, stderr } = await budget(flag);
      expect([code, stdout, stderr], flag).toEqual([0, `${VERSION}\n`, ""]);
    }
  });

  it("prints the same through the full command line when other words come with it", async () => {
    const { code, stdout } = await budget("--version", "--no-color");
    expect([code, stdout]).toEqual([0, `${VERSION}\n`]);
  });
});
