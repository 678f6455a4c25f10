import { describe, expect, it } from "vitest";
import { budget } from "./plan-cli-runner.js";

describe("--jobs: how many worker threads read the files", () => {
  it("gives the same totals and the same check report with 0 (this thread), 1 and 3 workers", async () => {
    const totals = await Promise.all(["0", "1", "3"].map((jobs) => budget("totals", "fixtures/forms", "fixtures/faulty", "--format", "json", "--jobs", jobs)));
    expect(totals.map((run) => run.code)).toEqual([1, 1, 1]);
    expect(JSON.parse(totals[0]?.stdout ?? "")).toMatchObject({ schemaVersion: 2, total: expect.any(String) });
    expect(totals[1]?.stdout).toBe(totals[0]?.stdout);
    expect(totals[2]?.stdout).toBe(totals[0]?.stdout);
    const checks = await Promise.all(["0", "3"].map((jobs) => budget("check", "fixtures/faulty", "--format", "json", "--jobs", jobs)));
    expect(checks[1]?.stdout).toBe(checks[0]?.stdout);
  });

  it("is listed by consolidate, totals and check, and refuses what is not a whole number", async () => {
    for (const command of ["consolidate", "totals", "check"]) expect((await budget(command, "--help")).stdout).toContain("--jobs <n>");
    const refused = await budget("totals", "fixtures/forms", "--jobs", "-1");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--jobs");
  });
});
