import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { budget, tempFolder } from "./plan-cli-runner.js";

const BOM = [0xef, 0xbb, 0xbf];

describe("CSV for people: a BOM in files, labels rather than keys or blanks", () => {
  it("writes the rows CSV behind a UTF-8 BOM, with group names and 'Không ghi nguồn'", async () => {
    const folder = tempFolder();
    const rows = join(folder, "rows.csv");
    expect((await budget("consolidate", "fixtures/forms", "-o", join(folder, "a.xlsx"), "--rows", rows, "--format", "none")).code).toBe(0);
    const bytes = readFileSync(rows);
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const [head = "", first = ""] = bytes.subarray(3).toString("utf8").split("\n");
    expect(head).toBe(
      'section,agency,code,original_code,level,depth,name,total,2025,2026,sources,period,legal_basis,lead_unit,"KH02: Hạ tầng kỹ thuật, công nghệ",KH02: Dữ liệu,in_total,file,sheet,cell',
    );
    expect(first).toBe(
      "I,Văn phòng Tỉnh ủy,1,1,agency,1,Văn phòng Tỉnh ủy,79000,39000,40000,Không ghi nguồn,,2896-CV/VPTU ngày 30/6/2025,,,,false,fixtures/forms/01-van-phong-tinh-uy.xlsx,Biểu mẫu,A9",
    );
  });

  it("writes the rollup CSV behind a BOM, and prints CSV on stdout without one", async () => {
    const folder = tempFolder();
    const appendix = join(folder, "phu-luc.xlsx");
    expect((await budget("consolidate", "fixtures/forms", "-o", appendix, "--format", "none")).code).toBe(0);
    const output = join(folder, "rollup.csv");
    expect((await budget("rollup", appendix, "--by", "source", "-o", output)).code).toBe(0);
    const bytes = readFileSync(output);
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(bytes.subarray(3).toString("utf8").split("\n").slice(0, 3)).toEqual([
      "kind,level,source,2025,2026,total,change_2025_2026,percent_2025_2026",
      "line,1,Không ghi nguồn,65562,82603,148165,17041,25.99",
      "total,0,,65562,82603,148165,17041,25.99",
    ]);
    const { stdout } = await budget("rollup", appendix, "--by", "source", "--format", "csv");
    expect(stdout.startsWith("kind,level,source,")).toBe(true);
  });

  it("labels the pivot CSV's keys as the table does: group names, 'Chưa phân nhóm', 'Không ghi nguồn'", async () => {
    const { code, stdout } = await budget("totals", "fixtures/forms", "--by", "source,group", "--format", "csv");
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "kind,level,source,group,amount",
        "subtotal,1,Không ghi nguồn,,148165",
        'line,2,Không ghi nguồn,"KH02: Hạ tầng kỹ thuật, công nghệ",15090',
        "line,2,Không ghi nguồn,KH02: Dữ liệu,89075",
        "line,2,Không ghi nguồn,Chưa phân nhóm,44000",
        "total,0,,,148165",
        "",
      ].join("\n"),
    );
  });
});
