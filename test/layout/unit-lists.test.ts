// Lists of units (provinces, agencies) with one amount column and no task names, transcribed from public
// allocations (fixtures/seeds/units-*.json, sources in fixtures/README.md), read through the CLI.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadUnitList, unitListCsv } from "../../scripts/fixtures/unit-lists.js";
import { Money, sum } from "../../src/data/money.js";
import { classifyColumn } from "../../src/layout/columns.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";
import { budget, tempFile, tempFolder } from "../cli/plan-cli-runner.js";

/** A row of `consolidate --rows rows.json`. */
interface RowLine {
  readonly section: string;
  readonly level: string;
  readonly name: string;
  readonly total: string;
  readonly cell: string | null;
}

/** Consolidates one file, returning the exit code, stderr, the grand total and the item rows (each unit). */
async function consolidated(file: string, ...flags: string[]) {
  const out = tempFolder();
  const { code, stderr } = await budget("consolidate", file, "-o", join(out, "a.xlsx"), "--format", "none", "--rows", join(out, "rows.json"), ...flags);
  const document: { total: string; rows: RowLine[] } = JSON.parse(readFileSync(join(out, "rows.json"), "utf8"));
  return { code, stderr, total: document.total, units: document.rows.filter((row) => row.level === "item") };
}

describe("the transcriptions behind the fixtures", () => {
  it.each([
    ["units-cand-nghi-huu-truoc-tuoi-10-tinh.json", 10, "19313"],
    ["units-cand-mua-bao-11-dia-phuong.json", 11, "140"],
    ["units-tbtc-kham-chua-benh-tre-em-5-tinh.json", 5, "86.034"],
  ])("%s: %i units adding up to %s, the total the table states", (name, count, total) => {
    const list = loadUnitList(join("fixtures/seeds", name));
    expect(list.units).toHaveLength(count);
    expect(sum(list.units.map((unit) => new Money(unit.amount))).toFixed()).toBe(total);
    expect(list.total ?? list.printed_total).toBe(total);
  });

  it("the CSV fixture is the one the script writes", () => {
    const list = loadUnitList("fixtures/seeds/units-tbtc-kham-chua-benh-tre-em-5-tinh.json");
    expect(readFileSync("fixtures/units/kham-chua-benh-tre-em-5-tinh.csv", "utf8")).toBe(unitListCsv(list));
  });
});

describe("lists of units with one amount column", () => {
  it("reads 10 provinces under `STT | Địa phương | Kinh phí hỗ trợ`, total last: 19.313 triệu đồng", async () => {
    const read = await consolidated("fixtures/units/nghi-huu-truoc-tuoi-10-tinh.xlsx");
    expect(read.code).toBe(0);
    expect(read.total).toBe("19313");
    expect(read.units).toHaveLength(10);
    expect(read.units[3]).toMatchObject({ name: "Bình Phước", total: "4236", cell: "A8" });
    expect(read.stderr).not.toMatch(/BC10[34]|BC214|BC302/);
  });

  it("reads `TỔNG SỐ` first, across the code and name columns, under `A | B | 1`: checked, never added (140 tỷ)", async () => {
    const read = await consolidated("fixtures/units/mua-bao-11-dia-phuong.xlsx");
    expect(read.code).toBe(0);
    // 140 tỷ đồng in triệu đồng: the printed total, once.
    expect(read.total).toBe("140000");
    expect(read.units).toHaveLength(11);
    expect(read.units.map((unit) => unit.name).slice(0, 3)).toEqual(["Lạng Sơn", "Hà Giang", "Thái Nguyên"]);
    expect(read.units[9]).toMatchObject({ name: "Hải Dương", total: "10000", cell: "A16" });
    expect(read.stderr).not.toMatch(/BC214|BC302/);
  });

  it("reads a CSV with `Tổng số` first under `(1) | (2) | (3)` and decimal commas (86,034 tỷ)", async () => {
    const read = await consolidated("fixtures/units/kham-chua-benh-tre-em-5-tinh.csv");
    expect(read.code).toBe(0);
    expect(read.total).toBe("86034");
    expect(read.units).toHaveLength(5);
    expect(read.units[4]).toMatchObject({ name: "Trà Vinh", total: "19700", cell: "A10" });
    expect(read.stderr).not.toMatch(/BC214|BC302|BC203/);
  });

  it("checks a first total row against the units (BC214), naming its cell", async () => {
    const file = tempFile("tong-dau.csv", "Đơn vị tính: triệu đồng\nSTT,Đơn vị,Dự toán\nA,B,1\n,Tổng cộng,100\n1,Sở Tư pháp,30\n2,Sở Nội vụ,60\n");
    const { code, stdout } = await budget("check", file, "--format", "json");
    const report: { diagnostics: Array<{ code: string; cell: string; expected: string; actual: string }> } = JSON.parse(stdout);
    expect(code).toBe(1);
    expect(report.diagnostics.filter((d) => d.code === "BC214")).toMatchObject([{ cell: "C4", expected: "90", actual: "100" }]);
  });

  it("keeps a unit whose name starts like a total word (`Công an tỉnh`) under an unreadable code as a unit", async () => {
    const file = tempFile("cong-an.csv", "Đơn vị tính: triệu đồng\nSTT,Cơ quan,Kinh phí\n1,Sở Tư pháp,30\n2a,Công an tỉnh,60\n,Tổng cộng,90\n");
    const { stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(JSON.parse(stdout).total).toBe("90");
    expect(stderr).toContain('cong-an!A4: cảnh báo BC302 Số thứ tự "2a" không hợp lệ');
    expect(stderr).not.toContain("BC214");
  });

  it("checks a total stated both first and last in both places, adding neither", async () => {
    const body = "Đơn vị tính: triệu đồng\nSTT,Đơn vị,Dự toán\n(1),(2),(3)\n,Tổng số,90\n1,Sở Tư pháp,30\n2,Sở Nội vụ,60\n,Tổng cộng,";
    const right = await budget("totals", tempFile("hai-dong-tong.csv", `${body}90\n`), "--format", "json");
    expect(right.code).toBe(0);
    expect(JSON.parse(right.stdout).total).toBe("90");
    expect(right.stderr).not.toContain("BC214");
    const { code, stdout } = await budget("check", tempFile("hai-dong-tong.csv", `${body}95\n`), "--format", "json");
    const report: { diagnostics: Array<{ code: string; cell: string; expected: string; actual: string }> } = JSON.parse(stdout);
    expect(code).toBe(1);
    expect(report.diagnostics.filter((d) => d.code === "BC214")).toMatchObject([{ cell: "C7", expected: "90", actual: "95" }]);
  });

  it.each([
    ["Cơ quan", "Thành tiền"],
    ["Tên đơn vị", "Tổng mức dự kiến"],
    ["Địa phương", "Kinh phí"],
  ])("reads a name column `%s` and an amount column `%s`", async (name, amount) => {
    const file = tempFile("don-vi.csv", `Đơn vị tính: triệu đồng\nSTT,${name},${amount}\n1,Sở Tư pháp,30\n2,Sở Nội vụ,60\n,Tổng cộng,90\n`);
    const { code, stdout } = await budget("totals", file, "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).total).toBe("90");
  });
});

describe("the labels of a list of units", () => {
  const index = new PlanIndex(defaultPlan());
  it.each([
    ["Địa phương", { kind: "field", field: "name" }],
    ["ĐƠN VỊ", { kind: "field", field: "name" }],
    ["Tên đơn vị", { kind: "field", field: "name" }],
    ["Cơ quan", { kind: "field", field: "name" }],
    ["Tỉnh, thành phố", { kind: "field", field: "name" }],
    ["Tỉnh", { kind: "field", field: "name" }],
    ["TỈNH/THÀNH PHỐ", { kind: "field", field: "name" }],
    ["Quận/huyện", { kind: "field", field: "name" }],
    ["Xã/phường", { kind: "field", field: "name" }],
    ["Tỉnh ủy", { kind: "unknown" }],
    ["Kinh phí hỗ trợ", { kind: "field", field: "amount" }],
    ["Thành tiền", { kind: "field", field: "amount" }],
    ["Tổng mức dự kiến", { kind: "field", field: "amount" }],
    ["Tổng số", { kind: "field", field: "amount" }],
    // In a header, `Đơn vị tính` / `ĐVT` is a cost estimate's unit of measure (`người`, `bộ`), not an agency.
    ["Đơn vị tính", { kind: "field", field: "measureUnit" }],
    ["ĐVT", { kind: "field", field: "measureUnit" }],
    ["Đơn vị: triệu đồng", { kind: "unknown" }],
    ["Đơn vị phối hợp", { kind: "unknown" }],
    ["Đơn vị chủ trì", { kind: "field", field: "leadUnit" }],
  ])("`%s` is %o", (label, role) => {
    expect(classifyColumn([label], index)).toEqual(role);
  });

  it("a place under a band is no name: `Ngân sách › Tỉnh` is a budget level", () => {
    expect(classifyColumn(["Ngân sách", "Tỉnh"], index)).toEqual({ kind: "unknown" });
    expect(classifyColumn(["Phân theo cấp", "Huyện"], index)).toEqual({ kind: "unknown" });
  });

  it("a place gives way to a column naming the tasks, and is reported (`STT | Tỉnh | Tên dự án | Kinh phí`)", async () => {
    const file = tempFile(
      "du-an-tinh.csv",
      "Đơn vị tính: triệu đồng\nSTT,Tỉnh,Tên dự án,Kinh phí\n1,Lạng Sơn,Kè sông Kỳ Cùng,30\n2,Hà Giang,Đường tuần tra,20\n",
    );
    const read = await consolidated(file);
    expect(read.total).toBe("50");
    expect(read.units.map((unit) => unit.name)).toEqual(["Kè sông Kỳ Cùng", "Đường tuần tra"]);
    const check = await budget("check", file, "--lang", "en");
    expect(check.stdout).toContain('du-an-tinh!B2: info BC104 Unknown column: "Tỉnh"; closest to the name (task, unit) column.');
  });
});

describe("a column the tool cannot place", () => {
  it("is named with the role it comes closest to, and the missing one is named: never a silent 0", async () => {
    const file = tempFile("muc-ho-tro.csv", "Đơn vị tính: triệu đồng\nSTT,Địa phương,Mức hỗ trợ,Ghi chú\n1,Lạng Sơn,30,\n2,Hà Giang,20,\n");
    const vi = await budget("check", file);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain('muc-ho-tro.csv:muc-ho-tro!C2: thông tin BC104 Cột không xác định: "Mức hỗ trợ"; gần nhất với cột kinh phí.');
    // A label that shares no word with any role is named alone.
    expect(vi.stdout).toContain('muc-ho-tro.csv:muc-ho-tro!D2: thông tin BC104 Cột không xác định: "Ghi chú".');
    expect(vi.stdout).toContain("muc-ho-tro.csv:muc-ho-tro!A2: lỗi BC103 Thiếu cột bắt buộc: kinh phí.");
    const en = await budget("check", file, "--lang", "en");
    expect(en.stdout).toContain('muc-ho-tro!C2: info BC104 Unknown column: "Mức hỗ trợ"; closest to the amount column.');
  });

  it("says a column counting things (tấn, hộ, người) is a quantity, not closest to the amount", async () => {
    const file = tempFile(
      "so-ho.csv",
      "Đơn vị tính: triệu đồng\nSTT,Địa phương,Kinh phí hỗ trợ,Số hộ (ĐVT: hộ),Số người được hỗ trợ (người)\n1,Lạng Sơn,30,12,40\n",
    );
    const read = await consolidated(file);
    expect(read.total).toBe("30");
    const en = await budget("check", file, "--lang", "en");
    expect(en.stdout).toContain('so-ho!D2: info BC104 Unknown column: "Số hộ (ĐVT: hộ)"; a quantity column (hộ), not money.');
    // `Số người …` is a cost estimate's quantity factor (`Số người × Đơn giá`), a known column: no BC104.
    expect(en.stdout).not.toContain("so-ho!E2:");
    const vi = await budget("check", file);
    expect(vi.stdout).toContain('so-ho!D2: thông tin BC104 Cột không xác định: "Số hộ (ĐVT: hộ)"; là cột số lượng (hộ), không phải tiền.');
  });

  it("reports a second amount column, which is not added up, with its role", async () => {
    const file = tempFile("hai-cot.csv", "Đơn vị tính: triệu đồng\nSTT,Đơn vị,Kinh phí hỗ trợ,Số tiền đã cấp\n1,Sở Tư pháp,30,10\n2,Sở Nội vụ,60,20\n");
    const { stdout } = await budget("totals", file, "--format", "json");
    expect(JSON.parse(stdout).total).toBe("90");
    const check = await budget("check", file, "--lang", "en");
    expect(check.stdout).toContain('hai-cot!D2: info BC104 Unknown column: "Số tiền đã cấp"; closest to the amount column.');
  });
});

describe("several amount columns", () => {
  it("reads `Tổng số` alone as the amount, and names the split columns as amounts not added up", async () => {
    const file = tempFile(
      "nguon.csv",
      "Đơn vị tính: triệu đồng\nSTT,Địa phương,Tổng số,Ngân sách trung ương,Ngân sách địa phương\n1,Lạng Sơn,30,20,10\n2,Hà Giang,20,15,5\n",
    );
    const { stdout } = await budget("totals", file, "--format", "json");
    expect(JSON.parse(stdout).total).toBe("50");
    const check = await budget("check", file, "--lang", "en");
    expect(check.stdout).toContain('nguon!D2: info BC104 Unknown column: "Ngân sách trung ương"; closest to the amount column.');
    expect(check.stdout).toContain('nguon!E2: info BC104 Unknown column: "Ngân sách địa phương"; closest to the amount column.');
  });
});

describe("a column-number row under the header", () => {
  it.each([
    ["A,B,1,2,3", "letters for the text columns, then numbers"],
    ["(1),(2),(3),(4),(5)", "numbers in parentheses"],
    ["(A),(B),(1)=(2)+(3),(2),(3)", "with the sum a column holds"],
  ])("`%s` (%s) is skipped, not read as a row", async (numbers) => {
    const file = tempFile(
      "so-cot.csv",
      `Đơn vị tính: triệu đồng\nSTT,Nội dung,Tổng kinh phí,2025,2026\n${numbers}\n1,Phần mềm quản lý hộ tịch,180,60,120\n2,Số hoá tài liệu,120,50,70\n,Tổng cộng,300,110,190\n`,
    );
    const { code, stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(stderr).not.toMatch(/BC302|BC214|BC211/);
    expect(code).toBe(0);
    const totals: { total: string; byYear: Record<string, string> } = JSON.parse(stdout);
    expect(totals.total).toBe("300");
    expect(totals.byYear).toEqual({ 2025: "110", 2026: "190" });
  });

  it("is skipped under a blank spacer row too", async () => {
    const file = tempFile("cach-dong.csv", "Đơn vị tính: triệu đồng\nSTT,Đơn vị,Kinh phí\n,,\nA,B,1\n1,Sở Tư pháp,30\n2,Sở Nội vụ,60\n");
    const { stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(stderr).not.toContain("BC302");
    expect(JSON.parse(stdout).total).toBe("90");
  });

  it("a row of letters and figures out of order is data: `B` heads part B", async () => {
    const file = tempFile("khong-phai.csv", "Đơn vị tính: triệu đồng\nSTT,Đơn vị,Kinh phí\nB,A,1\n1,Trường Chính trị,30\n");
    const read = await consolidated(file);
    expect(read.stderr).not.toContain("BC302");
    expect(read.total).toBe("30");
    expect(read.units).toEqual([expect.objectContaining({ name: "Trường Chính trị", section: "B", cell: "A4" })]);
  });
});
