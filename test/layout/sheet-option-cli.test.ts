import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { budget, tempFolder } from "../cli/plan-cli-runner.js";

const TWO_FORMS = "fixtures/formats/shape/two-forms.xlsx";

describe("--sheet", () => {
  it("budget totals reads only the named sheet", async () => {
    const { code, stdout } = await budget("totals", TWO_FORMS, "--sheet", "Năm 2025", "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ total: "300", byYear: { "2025": "110", "2026": "190" } });
  });

  it("budget consolidate reads only the named sheet, matched without diacritics", async () => {
    const output = join(tempFolder(), "phu-luc.xlsx");
    const { code, stdout } = await budget("consolidate", TWO_FORMS, "--sheet", "ban nhap", "-o", output, "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ total: "600" });
  });

  it("a sheet that is not there is an error naming the sheets there are", async () => {
    const { code, stdout, stderr } = await budget("totals", TWO_FORMS, "--sheet", "Tổng hợp", "--lang", "en");
    // No form was read at all: a usage error, not totals of zero.
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toContain('The file cannot be read (no such sheet, "Tổng hợp" ∉ ["Năm 2025", "Bản nháp"]).');
    expect(stderr).toContain("No form could be read in the file; nothing to consolidate.");
  });
});
