import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const TWO_FORMS = "fixtures/formats/shape/two-forms.xlsx";

/** Runs the built CLI; resolves with its exit code and output, never rejects on a non-zero exit. */
async function budget(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("node", ["bin/budget.js", ...args], { env: { ...process.env, NO_COLOR: "1" } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (error && typeof error === "object" && "code" in error && "stdout" in error && "stderr" in error) {
      return { code: Number(error.code), stdout: String(error.stdout), stderr: String(error.stderr) };
    }
    throw error;
  }
}

describe("--sheet", () => {
  it("budget totals reads only the named sheet", async () => {
    const { code, stdout } = await budget("totals", TWO_FORMS, "--sheet", "Năm 2025", "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ total: "300", byYear: { "2025": "110", "2026": "190" } });
  });

  it("budget consolidate reads only the named sheet, matched without diacritics", async () => {
    const output = join(mkdtempSync(join(tmpdir(), "budget-sheet-")), "phu-luc.xlsx");
    const { code, stdout } = await budget("consolidate", TWO_FORMS, "--sheet", "ban nhap", "-o", output, "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ total: "600" });
  });

  it("a sheet that is not there is an error naming the sheets there are", async () => {
    const { code, stderr } = await budget("totals", TWO_FORMS, "--sheet", "Tổng hợp", "--lang", "en");
    expect(code).toBe(1);
    expect(stderr).toContain('sheet-not-found: no sheet "Tổng hợp" (sheets: "Năm 2025", "Bản nháp")');
  });
});
