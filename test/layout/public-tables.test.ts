// Tables transcribed from public documents (fixtures/seeds/public-*.json, sources in fixtures/README.md),
// laid out in shapes the seeds do not have, read through the CLI. Every figure asserted is printed in
// the source; a table the reader cannot read yet is a skipped test naming what it lacks.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decimalCommaCsv, englishSeparatorsCsv, exactTotal, loadPublicTable, sumOfUnits } from "../../scripts/fixtures/public-tables.js";
import { budget, tempFolder } from "../cli/plan-cli-runner.js";

/** A row of `consolidate --rows rows.json`. */
interface RowLine {
  readonly level: string;
  readonly name: string;
  readonly total: string;
  readonly cell: string | null;
}

/** Consolidates one file: the exit code, stderr, the grand total and the item rows (each unit). */
async function consolidated(file: string) {
  const out = tempFolder();
  const { code, stderr } = await budget("consolidate", file, "-o", join(out, "a.xlsx"), "--format", "none", "--rows", join(out, "rows.json"));
  const document: { total: string; rows: RowLine[] } = JSON.parse(readFileSync(join(out, "rows.json"), "utf8"));
  return { code, stderr, total: document.total, units: document.rows.filter((row) => row.level === "item") };
}

describe("the transcriptions", () => {
  it.each([
    ["o-nhiem-moi-truong-9-tinh", 9, "108885"],
    ["qd2171-bao-so-10-15-dia-phuong", 15, "2524"],
    ["mua-lu-2009-15-tinh-gao", 15, "220"],
    ["hoc-sinh-thpt-7-tinh", 7, "62.835"],
    ["qd2221-mua-lu-4-tinh", 4, "140"],
    ["ho-tro-khan-cap-700-ty-4-dia-phuong", 4, "700"],
  ])("%s: %i units adding up to %s, the printed total", (name, count, total) => {
    const table = loadPublicTable(join("fixtures/seeds", `public-${name}.json`));
    expect(table.units).toHaveLength(count);
    expect(sumOfUnits(table)).toBe(total);
    expect(exactTotal(table)).toBe(total);
  });

  it("the rice of 2009 adds up to the printed 7.000 tấn", () => {
    const table = loadPublicTable("fixtures/seeds/public-mua-lu-2009-15-tinh-gao.json");
    const rice = table.units.reduce((total, unit) => total + Number(unit.second ?? 0), 0);
    expect(rice).toBe(7000);
    expect(table.second_column?.printed_total).toBe("7000");
  });

  it("the CSV fixtures are the ones the script writes", () => {
    const storms = loadPublicTable("fixtures/seeds/public-qd2171-bao-so-10-15-dia-phuong.json");
    expect(readFileSync("fixtures/units/bao-so-10-15-dia-phuong.csv", "utf8")).toBe(englishSeparatorsCsv(storms));
    const pupils = loadPublicTable("fixtures/seeds/public-hoc-sinh-thpt-7-tinh.json");
    expect(readFileSync("fixtures/units/hoc-sinh-thpt-7-tinh.csv", "utf8")).toBe(decimalCommaCsv(pupils));
  });
});

describe("public tables as the tool reads them", () => {
  it("QĐ 2171/QĐ-TTg: English separators (2,524,000 triệu đồng), total first, 15 localities", async () => {
    const read = await consolidated("fixtures/units/bao-so-10-15-dia-phuong.csv");
    expect(read.code).toBe(0);
    expect(read.total).toBe("2524000");
    expect(read.units).toHaveLength(15);
    expect(read.units[0]).toMatchObject({ name: "Tuyên Quang", total: "200000", cell: "A5" });
    expect(read.units[12]).toMatchObject({ name: "Hà Tĩnh", total: "500000", cell: "A17" });
    expect(read.units[14]).toMatchObject({ name: "Huế", total: "135000", cell: "A19" });
    expect(read.stderr).not.toMatch(/BC203|BC214|BC302/);
  });

  it("2009 floods: 220 tỷ with the unit in the column label; the rice column (tấn) is named, never added", async () => {
    const read = await consolidated("fixtures/units/mua-lu-2009-15-tinh-gao.xlsx");
    expect(read.total).toBe("220000");
    expect(read.units).toHaveLength(15);
    expect(read.units[6]).toMatchObject({ name: "Quảng Trị", total: "15000", cell: "A10" });
    expect(read.units[9]).toMatchObject({ name: "Quảng Ngãi", total: "12000", cell: "A13" });
    expect(read.stderr).toContain(
      'mua-lu-2009-15-tinh-gao.xlsx:Phụ lục!D3: thông tin BC104 Cột không xác định: "Gạo hỗ trợ (tấn)"; là cột số lượng (tấn), không phải tiền.',
    );
    expect(read.stderr).not.toMatch(/BC214/);
  });

  it("7 provinces in tỷ đồng with decimal commas: 3,577 is 3.577 triệu, as 16,69 and 17,7 tell (62,835 tỷ)", async () => {
    const read = await consolidated("fixtures/units/hoc-sinh-thpt-7-tinh.csv");
    expect(read.code).toBe(0);
    expect(read.total).toBe("62835");
    expect(read.units).toHaveLength(7);
    expect(read.units[0]).toMatchObject({ name: "Kon Tum", total: "3577", cell: "A4" });
    expect(read.units[1]).toMatchObject({ name: "Nghệ An", total: "16690", cell: "A5" });
    expect(read.units[6]).toMatchObject({ name: "Ninh Bình", total: "1095", cell: "A10" });
    expect(read.stderr).not.toMatch(/BC203|BC214/);
  });

  it("QĐ 2221/QĐ-TTg in đồng as text, `Thành tiền (đồng)`, TỔNG CỘNG first: 140 tỷ", async () => {
    const read = await consolidated("fixtures/units/mua-lu-4-tinh-dong.xlsx");
    expect(read.code).toBe(0);
    expect(read.total).toBe("140000");
    expect(read.units.map((unit) => [unit.name, unit.total])).toEqual([
      ["Thái Nguyên", "50000"],
      ["Cao Bằng", "30000"],
      ["Lạng Sơn", "30000"],
      ["Bắc Ninh", "30000"],
    ]);
    expect(read.stderr).not.toMatch(/BC214|BC302/);
  });

  it("the 700 tỷ decision as a plan: one task, its 4 localities under `Trong đó:`, read as detail, never added again", async () => {
    const out = tempFolder();
    const file = "fixtures/units/ho-tro-khan-cap-700-ty-trong-do.xlsx";
    const { code, stderr } = await budget("consolidate", file, "-o", join(out, "a.xlsx"), "--format", "none", "--rows", join(out, "rows.json"));
    const document: { total: string; rows: RowLine[] } = JSON.parse(readFileSync(join(out, "rows.json"), "utf8"));
    // 700 tỷ once: the localities detail the task.
    expect(document.total).toBe("700000");
    expect(document.rows.filter((row) => row.level === "of-which").map((row) => [row.name, row.total, row.cell])).toEqual([
      ["TP Huế", "100000", "A6"],
      ["Tỉnh Quảng Ngãi", "100000", "A7"],
      ["Tỉnh Gia Lai", "300000", "A8"],
      ["Tỉnh Đắk Lắk", "200000", "A9"],
    ]);
    expect(stderr).not.toMatch(/BC214|BC212/);
    // The reader has no funding source for the central reserve (`Dự phòng ngân sách trung ương`): a
    // warning naming it, not a guess. Only the warnings (BC401 and BC406, no registry agency) keep the exit at 0.
    expect(stderr).toContain('Kế hoạch!D4: cảnh báo BC401 Nguồn vốn không xác định: "Dự phòng ngân sách trung ương năm 2025".');
    expect(code).toBe(0);
  });

  // `Tỉnh` alone names the rows of a list of provinces (as `Địa phương`, `Tỉnh, thành phố` do).
  it("environment 2015: `STT | Tỉnh | Kinh phí (triệu đồng)`, 9 provinces, 108.885 triệu đồng", async () => {
    const read = await consolidated("fixtures/units/o-nhiem-moi-truong-9-tinh.xlsx");
    expect(read.total).toBe("108885");
    expect(read.units).toHaveLength(9);
    expect(read.units[3]).toMatchObject({ name: "Lạng Sơn", total: "31112", cell: "A7" });
    const { stdout } = await budget("check", "fixtures/units/o-nhiem-moi-truong-9-tinh.xlsx", "--lang", "en");
    expect(stdout).not.toMatch(/BC103|BC104/);
  });
});
