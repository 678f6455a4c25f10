import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { budget, tempFolder } from "../cli/plan-cli-runner.js";

/** Seed 003's table VII: 27.800, led by Sở VHTTDL (23.500) and Bảo tàng tổng hợp tỉnh (4.300). */
const SEED003 = "fixtures/plans/seed003-table-vii.xlsx";
/** `Sở VHTTDL` as the registry names it. */
const VHTTDL = "Sở Văn hóa, Thể thao và Du lịch";

describe("the lead unit (Đơn vị chủ trì) as a dimension", () => {
  it("totals seed 003 by lead unit as printed: Sở VHTTDL 23.500, Bảo tàng tổng hợp tỉnh 4.300, 27.800 in all", async () => {
    const json = await budget("totals", SEED003, "--by", "lead", "--format", "json", "-q");
    const pivot = JSON.parse(json.stdout) as { by: string[]; total: string; nodes: Array<{ key: string; label: string; amount: string }> };
    expect(pivot.by).toEqual(["lead"]);
    expect(pivot.total).toBe("27800");
    expect(pivot.nodes.map((node) => [node.label, node.amount])).toEqual([
      [VHTTDL, "23500"],
      ["Bảo tàng tổng hợp tỉnh", "4300"],
    ]);
    const csv = await budget("totals", SEED003, "--by", "chu-tri", "--format", "csv", "-q");
    expect(csv.stdout).toBe(`kind,level,lead,amount\nline,1,"${VHTTDL}",23500\nline,1,Bảo tàng tổng hợp tỉnh,4300\ntotal,0,,27800\n`);
    const table = await budget("totals", SEED003, "--by", "lead", "-q", "--lang", "en");
    expect(table.stdout).toMatch(/Lead unit/u);
    expect(table.stdout).toMatch(/Bảo tàng tổng hợp tỉnh\s+│\s+4,300/u);
  });

  it("gives item 7's four sub-rows, which leave the lead unit to the item's merged cell, to Bảo tàng tổng hợp tỉnh in --rows", async () => {
    const folder = tempFolder();
    const rows = join(folder, "rows.csv");
    expect((await budget("consolidate", SEED003, "-o", join(folder, "phu-luc.xlsx"), "--rows", rows, "--format", "none", "-q")).code).toBe(0);
    const records = XLSX.utils.sheet_to_json<Record<string, unknown>>(XLSX.read(readFileSync(rows), { type: "buffer", raw: true }).Sheets.Sheet1 ?? {}, {
      raw: true,
    });
    const item7 = records.filter((row) => String(row.code).startsWith("1.7"));
    expect(item7.map((row) => [row.code, row.total, row.lead_unit])).toEqual([
      ["1.7", "4000", "Bảo tàng tổng hợp tỉnh"],
      ["1.7.1", "800", "Bảo tàng tổng hợp tỉnh"],
      ["1.7.2", "3000", "Bảo tàng tổng hợp tỉnh"],
      ["1.7.3", "50", "Bảo tàng tổng hợp tỉnh"],
      ["1.7.4", "150", "Bảo tàng tổng hợp tỉnh"],
    ]);
  });

  it("is one unit however it is spelt: case, spacing and the registry's aliases aside; a sub-row takes its item's", async () => {
    const folder = tempFolder();
    const csv = join(folder, "chu-tri.csv");
    writeFileSync(
      csv,
      [
        "DANH MỤC NHIỆM VỤ",
        ",,Đơn vị tính: triệu đồng",
        "TT,Nội dung,Chủ trì,Kinh phí",
        "1,Nhiệm vụ A,Sở VHTTDL,100",
        "2,Nhiệm vụ B,SỞ VĂN HÓA THỂ THAO VÀ DU LỊCH,20",
        "3,Nhiệm vụ C,Bảo tàng Tổng hợp  tỉnh,3",
        "4,Nhiệm vụ D,bảo tàng tổng hợp tỉnh,0.5",
        "5,Nhiệm vụ E,Trung tâm Văn hóa,7",
        "-,Hạng mục E1,,4",
        "-,Hạng mục E2,,3",
        "6,Nhiệm vụ F,,1000",
        "",
      ].join("\r\n"),
    );
    const { stdout } = await budget("totals", csv, "--by", "lead", "--format", "json", "-q");
    const pivot = JSON.parse(stdout) as { total: string; nodes: Array<{ key: string; amount: string }> };
    expect(pivot.total).toBe("1130.5");
    expect(pivot.nodes.map((node) => [node.key, node.amount])).toEqual([
      [VHTTDL, "120"],
      ["Bảo tàng Tổng hợp tỉnh", "3.5"],
      ["Trung tâm Văn hóa", "7"],
      ["", "1000"],
    ]);
  });

  it("is a column of the appendix by default only when a form names a lead unit", async () => {
    const folder = tempFolder();
    const out = join(folder, "phu-luc.xlsx");
    expect((await budget("consolidate", "fixtures/forms", "-o", out, "--format", "none", "-q")).code).toBe(0);
    const header = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(readFileSync(out)).Sheets["Phụ lục"] ?? {}, { header: 1, defval: "" })[4];
    expect(header).not.toContain("Đơn vị chủ trì");
  });
});
