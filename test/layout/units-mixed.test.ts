// Units per sheet and per column: seed 001's Văn phòng Tỉnh ủy block (29.900 triệu đồng, its unit in the
// `Kinh phí (triệu đồng)` label) restated in nghìn đồng and in đồng (fixtures/units-mixed/, written by
// scripts/fixtures/units-mixed.ts), and the spellings of a unit line, read through the CLI.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asPrinted, inThousands, inTwoUnits, loadColumnUnitTable, mixedWorkbook } from "../../scripts/fixtures/units-mixed.js";
import { Money, sum } from "../../src/data/money.js";
import { budget, tempFile, tempFolder } from "../cli/plan-cli-runner.js";

const FOLDER = "fixtures/units-mixed";

/** A row of `consolidate --rows rows.json`. */
interface RowLine {
  readonly level: string;
  readonly code: string;
  readonly total: string;
  readonly cell: string | null;
}

/** A finding of `check --format json`. */
interface Finding {
  readonly code: string;
  readonly cell: string;
}

describe("the transcription behind fixtures/units-mixed", () => {
  it("adds up to 29.900 triệu đồng, the figure printed on the agency row", () => {
    const table = loadColumnUnitTable("fixtures/seeds/units-mixed-vptu-2025.json");
    expect(table.items).toHaveLength(11);
    expect(sum(table.items.map((item) => new Money(item.amount))).toFixed()).toBe("29900");
    expect(table.printed_total).toBe("29900");
  });
});

describe("one table, three ways of stating its unit", () => {
  it.each([
    ["vptu-kinh-phi-trieu-dong.xlsx", "the unit only in the label `Kinh phí (triệu đồng)`", "14000", "A17"],
    ["vptu-nghin-dong.xlsx", "a `(Đơn vị: nghìn đồng)` line above the header: 29.900.000 nghìn đồng", "14000", "A17"],
    ["vptu-dong-va-trieu-dong.xlsx", "`Tổng kinh phí (đồng)` beside a year column in triệu đồng: 29.900.000.000 đồng", "14000", "A18"],
  ])("%s (%s) totals 29.900 triệu đồng exactly", async (name, _how, lastItem, cell) => {
    const out = tempFolder();
    const { code, stderr } = await budget("consolidate", join(FOLDER, name), "-o", join(out, "a.xlsx"), "--format", "none", "--rows", join(out, "rows.json"));
    expect(stderr).not.toMatch(/BC105|BC211|BC212|BC213|BC204/);
    expect(code).toBe(0);
    const document: { total: string; rows: RowLine[] } = JSON.parse(readFileSync(join(out, "rows.json"), "utf8"));
    expect(document.total).toBe("29900");
    const items = document.rows.filter((row) => row.level === "item");
    expect(items).toHaveLength(11);
    // Item 1.11, 14.000 triệu đồng as printed, from its restated cell.
    expect(items[10]).toMatchObject({ total: lastItem, cell });
    const totals = await budget("totals", join(FOLDER, name), "--format", "json");
    const json: { unit: string; total: string; byYear: Record<string, string> } = JSON.parse(totals.stdout);
    expect(json).toMatchObject({ unit: "triệu đồng", total: "29900", byYear: { 2025: "29900" } });
  });

  it("reports the đồng column under `Đơn vị: Triệu đồng.` once, at its header, and not the year column that agrees", async () => {
    const file = join(FOLDER, "vptu-dong-va-trieu-dong.xlsx");
    const { stdout } = await budget("check", file, "--format", "json");
    const report: { diagnostics: Finding[] } = JSON.parse(stdout);
    expect(report.diagnostics.map((d) => [d.code, d.cell])).toEqual([["BC115", "C4"]]);
    const vi = await budget("check", file);
    expect(vi.stdout).toContain(
      `${file}:Phụ lục 2!C4: cảnh báo BC115 Cột "Tổng kinh phí (đồng)" ghi đơn vị đồng, khác đơn vị tính của biểu (triệu đồng); số liệu cột này được đọc theo đồng.`,
    );
    const en = await budget("check", file, "--lang", "en");
    expect(en.stdout).toContain(
      `Phụ lục 2!C4: warning BC115 Column "Tổng kinh phí (đồng)" states đồng, unlike the sheet's unit (triệu đồng); its figures are read in đồng.`,
    );
  });
});

describe("the spellings of a sheet's unit line", () => {
  it.each([
    ["Đơn vị: Triệu đồng.", "30"],
    ["ĐVT: triệu đồng", "30"],
    ["(Đơn vị: nghìn đồng)", "0.03"],
    ["(Đơn vị tính: ngàn đồng)", "0.03"],
    ["Đơn vị tính: 1.000 đồng", "0.03"],
    ["Đơn vị: tỷ đồng", "30000"],
    ["DON VI: TY DONG", "30000"],
    ["ĐƠN VỊ TÍNH: ĐỒNG", "0.00003"],
    ["Unit: million VND", "30"],
    ["(Unit: VND million)", "30"],
    ["Unit: thousand VND", "0.03"],
    ["Unit: billion dong", "30000"],
    ["Unit: VND", "0.00003"],
  ])("`%s`: 30 in the table is %s triệu đồng, with no BC105", async (line, total) => {
    const file = tempFile("don-vi.csv", `BẢNG PHÂN BỔ KINH PHÍ\n${line}\nSTT,Đơn vị,Kinh phí\n1,Sở Tư pháp,30\n`);
    const { stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(stderr).not.toContain("BC105");
    expect(JSON.parse(stdout).total).toBe(total);
  });

  it("`Đơn vị: Sở Tư pháp` names an agency, not a unit: triệu đồng is assumed and said (BC105)", async () => {
    const file = tempFile("khong-don-vi.csv", "Đơn vị: Sở Tư pháp\nSTT,Nội dung,Kinh phí\n1,Số hóa hồ sơ,30\n");
    const { stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(JSON.parse(stdout).total).toBe("30");
    expect(stderr).toContain("BC105");
  });
});

describe("a unit in a column's label", () => {
  it("a cost estimate in đồng totals in triệu đồng: 2.615.000.000 đồng = 2.615 triệu đồng", async () => {
    const file = tempFile(
      "du-toan.csv",
      "DỰ TOÁN KINH PHÍ\nSTT,Nội dung,Số lượng,Đơn giá (đồng),Thành tiền (đồng)\n1,Thuê dịch vụ hạ tầng,12,200000000,2400000000\n2,Tập huấn sử dụng,43,5000000,215000000\n,Tổng cộng,,,2615000000\n",
    );
    const { code, stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(stderr).not.toMatch(/BC105|BC214|BC204/);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).total).toBe("2615");
  });

  it("overrides the sheet's line for its column, and the others keep the line's unit", async () => {
    const file = tempFile("hai-don-vi.csv", "ĐVT: triệu đồng\nSTT,Nội dung,Tổng kinh phí (nghìn đồng),2025,2026\n1,Phần mềm một cửa,300000,100,200\n");
    const { stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(stderr).not.toContain("BC211");
    expect(stderr).toContain("hai-don-vi!C2: cảnh báo BC115");
    const totals: { total: string; byYear: Record<string, string> } = JSON.parse(stdout);
    expect(totals).toMatchObject({ total: "300", byYear: { 2025: "100", 2026: "200" } });
  });

  it("is read only from a parenthesis: `Kinh phí hỗ trợ đồng bào` states no unit (not đồng)", async () => {
    const file = tempFile("dong-bao.csv", "STT,Địa phương,Kinh phí hỗ trợ đồng bào\n1,Lạng Sơn,30\n");
    const { stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(stderr).toContain("BC105");
    expect(JSON.parse(stdout).total).toBe("30");
  });
});

describe("the fixtures are the ones the script writes", () => {
  it.each([
    ["vptu-kinh-phi-trieu-dong.xlsx", asPrinted],
    ["vptu-nghin-dong.xlsx", inThousands],
    ["vptu-dong-va-trieu-dong.xlsx", inTwoUnits],
  ] as const)("%s, byte for byte (our xlsx writer, a fixed date)", async (name, layout) => {
    const table = loadColumnUnitTable("fixtures/seeds/units-mixed-vptu-2025.json");
    expect(Buffer.from(await mixedWorkbook(layout(table))).equals(readFileSync(join(FOLDER, name)))).toBe(true);
  });
});
