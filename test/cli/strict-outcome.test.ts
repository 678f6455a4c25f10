import { describe, expect, it } from "vitest";
import { budget } from "./plan-cli-runner.js";

const WARNED = "fixtures/faulty/BC203-ambiguous-number.xlsx";

interface Result {
  passed: boolean;
  failedBy: string | null;
  thresholds: { strict: boolean; maxWarnings: number | null };
}

describe("--strict and --max-warnings say why they fail a run", () => {
  it("check: the text report ends with the threshold that decided, in either language", async () => {
    const strict = await budget("check", WARNED, "--strict");
    expect(strict.code).toBe(1);
    expect(strict.stdout.endsWith("⚠ 0 lỗi, 1 cảnh báo trong 1/1 tệp\n✖ Thất bại vì --strict: 1 cảnh báo được tính là lỗi.\n")).toBe(true);
    const most = await budget("check", WARNED, "--max-warnings", "0", "--lang", "en");
    expect(most.code).toBe(1);
    expect(most.stdout.endsWith("⚠ 0 errors, 1 warning in 1/1 file\n✖ Failed because of --max-warnings 0: 1 warning, more than 0.\n")).toBe(true);
    const within = await budget("check", WARNED, "--max-warnings", "1");
    expect([within.code, within.stdout.includes("Thất bại")]).toEqual([0, false]);
  });

  it("check --quiet hides the warnings but still says what failed", async () => {
    const { code, stdout } = await budget("check", WARNED, "--strict", "--quiet");
    expect([code, stdout]).toEqual([1, "✖ Thất bại vì --strict: 1 cảnh báo được tính là lỗi.\n"]);
  });

  it("check --format json carries pass/fail and the thresholds; the reason goes to stderr", async () => {
    const failed = await budget("check", WARNED, "--format", "json", "--max-warnings", "0");
    expect(failed.code).toBe(1);
    expect((JSON.parse(failed.stdout) as { result: Result }).result).toEqual({
      passed: false,
      failedBy: "max-warnings",
      thresholds: { strict: false, maxWarnings: 0 },
    });
    expect(failed.stderr).toBe("✖ Thất bại vì --max-warnings 0: có 1 cảnh báo, nhiều hơn 0.\n");
    const passed = await budget("check", WARNED, "--format", "json");
    expect((JSON.parse(passed.stdout) as { result: Result }).result).toEqual({
      passed: true,
      failedBy: null,
      thresholds: { strict: false, maxWarnings: null },
    });
    const errors = await budget("check", "fixtures/faulty/BC212-parent-not-sum.xlsx", "--format", "json", "--strict");
    expect((JSON.parse(errors.stdout) as { result: Result }).result).toEqual({
      passed: false,
      failedBy: "errors",
      thresholds: { strict: true, maxWarnings: null },
    });
    expect(errors.stderr).toBe("");
  });

  it("totals --strict says so on stderr after the summary", async () => {
    const { code, stderr } = await budget("totals", WARNED, "--strict", "--quiet");
    expect([code, stderr]).toEqual([1, "✖ Thất bại vì --strict: 1 cảnh báo được tính là lỗi.\n"]);
  });
});
