import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { budget, tempFolder } from "./plan-cli-runner.js";

/** The table's heading line and its last two lines (the total and the unit), spaces collapsed. */
function frame(stdout: string): string[] {
  const lines = stdout
    .trimEnd()
    .split("\n")
    .map((line) => line.replace(/ +/g, " "));
  return [lines[1] ?? "", lines.at(-3) ?? "", lines.at(-1) ?? ""];
}

describe("--lang en translates the tables on stdout: headings, the total line, unstated keys, units, number grouping", () => {
  it("totals: the columns, GRAND TOTAL and the unit in English, amounts grouped with commas; Vietnamese unchanged", async () => {
    const en = await budget("totals", "fixtures/forms", "--lang", "en");
    expect(frame(en.stdout)).toEqual([
      "│ No. │ Agency │ Total │ 2025 │ 2026 │ No source stated │",
      "│ │ GRAND TOTAL │ 148,165 │ 65,562 │ 82,603 │ 148,165 │",
      "(unit: million VND)",
    ]);
    const vi = await budget("totals", "fixtures/forms");
    expect(frame(vi.stdout)).toEqual([
      "│ TT │ Cơ quan, đơn vị │ Tổng │ 2025 │ 2026 │ Không ghi nguồn │",
      "│ │ TỔNG CỘNG │ 148.165 │ 65.562 │ 82.603 │ 148.165 │",
      "(đơn vị: triệu đồng)",
    ]);
  });

  it("totals --by: dimension headings, the no-group line and shares in English", async () => {
    const { stdout } = await budget("totals", "fixtures/forms", "--by", "group,year", "--lang", "en");
    expect(frame(stdout)).toEqual(["│ Task group │ Year │ Amount │ Share │ │", "│ GRAND TOTAL │ │ 148,165 │ 100.0% │ │", "(unit: million VND)"]);
    expect(stdout).toMatch(/│ No task group +│ +│ +44,000 │ +29\.7% │/);
    expect(stdout).not.toContain("Chưa phân nhóm");
  });

  it("rollup: headings, the no-source line and the changes in English", async () => {
    const appendix = join(tempFolder(), "phu-luc.xlsx");
    expect((await budget("consolidate", "fixtures/forms", "-o", appendix, "--format", "none")).code).toBe(0);
    const { code, stdout } = await budget("rollup", appendix, "--by", "source", "--lang", "en");
    expect(code).toBe(0);
    expect(frame(stdout)).toEqual([
      "│ Funding source │ 2025 │ 2026 │ Total │ ± 2025→2026 │ % │",
      "│ GRAND TOTAL │ 65,562 │ 82,603 │ 148,165 │ +17,041 │ +26.0% │",
      "(unit: million VND)",
    ]);
    expect(stdout).toContain("│ No source stated │");
  });
});
