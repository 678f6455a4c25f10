import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { budget } from "./plan-cli-runner.js";

describe("budget consolidate and totals (in-process)", () => {
  it("budget totals --format json prints the seed-000 totals as exact strings and exits 0", async () => {
    const { code, stdout } = await budget("totals", "fixtures/forms", "--format", "json");
    expect(code).toBe(0);
    const totals: unknown = JSON.parse(stdout);
    expect(totals).toMatchObject({ schemaVersion: 2, unit: "triệu đồng", total: "148165", byYear: { "2025": "65562", "2026": "82603" } });
  });

  it("budget totals on the seed-004 appendix splits the funding sources", async () => {
    const { code, stdout } = await budget("totals", "fixtures/appendix", "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      total: "52538",
      bySource: { CTX: "26838", NST: "26838", NSNN: "25700" },
      byCombination: [
        { sources: ["CTX", "NST"], amount: "26838" },
        { sources: ["NSNN"], amount: "25700" },
      ],
    });
  });

  it("budget consolidate writes a workbook whose cells read back to the published totals", async () => {
    const output = join(mkdtempSync(join(tmpdir(), "budget-")), "phu-luc.xlsx");
    const { code, stdout } = await budget("consolidate", "fixtures/forms", "-o", output);
    expect(code).toBe(0);
    expect(stdout).toContain("148.165");
    const workbook = XLSX.read(readFileSync(output));
    const sheet = workbook.Sheets["Phụ lục"];
    expect(sheet).toBeDefined();
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet ?? {}, { header: 1, raw: true });
    const total = rows.find((row) => row[1] === "TỔNG");
    expect(total?.slice(2, 5)).toEqual([148165, 65562, 82603]);
    expect(workbook.SheetNames).toContain("Tổng hợp");
  });

  it("exits 2 when an input does not exist, and writes nothing", async () => {
    const output = join(mkdtempSync(join(tmpdir(), "budget-")), "out.xlsx");
    const { code, stderr } = await budget("consolidate", "no/such/folder", "-o", output);
    expect(code).toBe(2);
    expect(stderr).toContain("no/such/folder");
    expect(existsSync(output)).toBe(false);
  });

  it("exits 2 on a usage error", async () => {
    const { code } = await budget("consolidate", "fixtures/forms");
    expect(code).toBe(2);
  });

  it("takes the appendix title and reference line from --title and --ref", async () => {
    const output = join(mkdtempSync(join(tmpdir(), "budget-")), "phu-luc.xlsx");
    const { code } = await budget(
      "consolidate",
      "fixtures/appendix",
      "-o",
      output,
      "--format",
      "none",
      "--title",
      "Dự kiến nhiệm vụ năm 2026",
      "--ref",
      "(Kèm theo Kế hoạch số 12/KH-UBND)",
    );
    expect(code).toBe(0);
    const sheet = XLSX.read(readFileSync(output)).Sheets["Phụ lục"];
    expect([sheet?.A2?.v, sheet?.A3?.v]).toEqual(["DỰ KIẾN NHIỆM VỤ NĂM 2026", "(Kèm theo Kế hoạch số 12/KH-UBND)"]);
  });

  it("never overwrites the --plan file, even with --force", async () => {
    const folder = mkdtempSync(join(tmpdir(), "budget-"));
    const plan = join(folder, "plan.json");
    expect((await budget("plan", "--export", plan)).code).toBe(0);
    const before = readFileSync(plan);
    const { code, stderr } = await budget("consolidate", "fixtures/appendix", "-o", plan, "--plan", plan, "--force", "--format", "none");
    expect(code).toBe(2);
    expect(stderr).toContain(plan);
    expect(readFileSync(plan).equals(before)).toBe(true);
  });
});
