import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { readZipEntry } from "../../src/read/zip/zip-lookup.js";
import { SOFFICE_MISSING, sheetsAsSeenByLibreOffice, soffice } from "../support/libreoffice.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

/** The sheet of the review workbook, row by row (1-based rows are index + 1). */
function rowsOf(path: string): unknown[][] {
  const sheet = XLSX.read(readFileSync(path)).Sheets["Thẩm định"];
  if (!sheet) throw new Error("no Thẩm định sheet");
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: "" });
}

function sheetXml(path: string, part: string): string {
  return Buffer.from(readZipEntry(readFileSync(path), part) ?? new Uint8Array()).toString("utf8");
}

describe("budget review --init (issue 17): the review workbook", () => {
  let out: string;
  let code: number;
  let stderr: string;

  beforeAll(async () => {
    out = join(tempFolder(), "tham-dinh.xlsx");
    ({ code, stderr } = await budget("review", "--init", "fixtures/forms", "-o", out));
  });

  it("writes one line per item of the five seed-000 forms, requested per year, and says how many to review", () => {
    expect(code).toBe(0);
    expect(stderr).toContain(`Đã ghi ${out} (13 dòng cần thẩm định).\n`);
    const rows = rowsOf(out);
    expect(rows[4]).toEqual([
      "Cơ quan, đơn vị",
      "STT",
      "Tên dự án/nhiệm vụ",
      "Nguồn vốn",
      "Kinh phí đề xuất",
      "",
      "",
      "Thẩm định",
      "Lý do",
      "Ghi chú",
      "Khóa",
      "Đề xuất khi thẩm định",
    ]);
    expect(rows[5]).toEqual(["", "", "", "", "2025", "2026", "Tổng số", "", "", "", "", ""]);
    // Agency, code, requested 2025 | 2026 | total, the empty approved and reason cells, the key (the note and basis are empty).
    const lines = rows.slice(6, 20).map((row) => [row[0], row[1], row[4], row[5], row[6], row[7], row[8], row[10]]);
    expect(lines).toEqual([
      ["Văn phòng Tỉnh ủy", "1.1", 15000, 0, 15000, "", "", "1.1"],
      ["Văn phòng Tỉnh ủy", "1.2", 14000, 0, 14000, "", "", "1.2"],
      ["Văn phòng Tỉnh ủy", "1.3", 10000, 40000, 50000, "", "", "1.3"],
      ["Sở Nội vụ", "3.1", 9472, 22103, 31575, "", "", "3.1"],
      ["Sở Nội vụ", "3.2", 0, 7500, 7500, "", "", "3.2"],
      ["Sở Khoa học và Công nghệ", "5.1", 0, 10000, 10000, "", "", "5.1"],
      ["Sở Khoa học và Công nghệ", "5.2", 0, 1000, 1000, "", "", "5.2"],
      ["Sở Khoa học và Công nghệ", "5.3", 0, 1000, 1000, "", "", "5.3"],
      ["Sở Khoa học và Công nghệ", "5.4", 1000, 0, 1000, "", "", "5.4"],
      // Approved through its two sub-items, keyed under it.
      ["Sở Khoa học và Công nghệ", "4,5", 15000, 0, 15000, "", "", "4,5"],
      ["Sở Khoa học và Công nghệ", "(1)", 5000, 0, 5000, "", "", "4,5 › (1)"],
      ["Sở Khoa học và Công nghệ", "(2)", 10000, 0, 10000, "", "", "4,5 › (2)"],
      ["Sở Tư pháp", "4.1", 0, 1000, 1000, "", "", "4.1"],
      ["Chi cục Kiểm lâm", "2.1", 1090, 0, 1090, "", "", "2.1"],
    ]);
    // The published totals of seed 000: 65.562 + 82.603 = 148.165.
    expect(rows[20]?.slice(2, 8)).toEqual(["TỔNG CỘNG", "", 65562, 82603, 148165, 0]);
  });

  it("sums the lines that take an approved figure (the line of 4,5 is their sum), as formulas", () => {
    const sheet = XLSX.read(readFileSync(out), { cellFormula: true }).Sheets["Thẩm định"];
    expect([sheet?.E21?.f, sheet?.G21?.f, sheet?.H21?.f]).toEqual(["SUM(E7:E15,E17:E20)", "SUM(G7:G15,G17:G20)", "SUM(H7:H15,H17:H20)"]);
  });

  it("checks what is typed: approved a number ≥ 0, reasons from a hidden list, the key and basis columns hidden", () => {
    const xml = sheetXml(out, "xl/worksheets/sheet1.xml");
    expect(xml).toContain('<dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1"');
    expect(xml).toContain('sqref="H7:H15 H17:H20"><formula1>0</formula1>');
    expect(xml).toContain(`sqref="I7:I15 I17:I20"><formula1>'Lý do'!$A$2:$A$10</formula1>`);
    expect(xml).toMatch(/<col min="11" max="11" width="[\d.]+" (customWidth="1" )?hidden="1"/u);
    expect(xml).toMatch(/<col min="12" max="12" width="[\d.]+" (customWidth="1" )?hidden="1"/u);
    const book = XLSX.read(readFileSync(out));
    expect(book.Workbook?.Sheets?.map((s) => [s.name, s.Hidden])).toEqual([
      ["Thẩm định", 0],
      ["Lý do", 1],
    ]);
    const reasons = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets["Lý do"] ?? {}, { header: 1 });
    expect(reasons.map((row) => row[0])).toEqual([
      "Lý do",
      "Đồng ý như đề xuất",
      "Trùng lặp với nhiệm vụ, dự án khác",
      "Vượt định mức, đơn giá",
      "Chưa đủ căn cứ pháp lý",
      "Chưa có thuyết minh, dự toán chi tiết",
      "Không thuộc nhiệm vụ chuyển đổi số",
      "Chuyển sang nguồn vốn khác",
      "Giãn tiến độ sang năm sau",
      "Vượt khả năng cân đối ngân sách",
    ]);
  });

  it("left among the forms, it is known as the tool's own output (BC113) and adds nothing", async () => {
    const totals = await budget("totals", "fixtures/forms", out, "--format", "json");
    expect(totals.stderr).toContain(`${out}: thông tin BC113 Bỏ qua tệp: đây là bảng thẩm định do budget review ghi ra; không cộng số liệu của tệp này.\n`);
    expect(JSON.parse(totals.stdout)).toMatchObject({ total: "148165" });
  });

  it("refuses to run without --init, or without an .xlsx output (exit 2)", async () => {
    const noInit = await budget("review", "fixtures/forms", "-o", join(tempFolder(), "x.xlsx"));
    expect([noInit.code, noInit.stderr]).toEqual([
      2,
      "budget review: cần --init (lập bảng thẩm định mới từ các biểu mẫu): budget review --init de-xuat/ -o tham-dinh.xlsx\n",
    ]);
    const csv = await budget("review", "--init", "fixtures/forms", "-o", "tham-dinh.csv");
    expect([csv.code, csv.stderr]).toEqual([2, "-o: chỉ ghi được tệp .xlsx, không ghi được .csv: tham-dinh.csv\n"]);
  });

  it("--lang en writes the English sheet", async () => {
    const en = join(tempFolder(), "review.xlsx");
    expect((await budget("review", "--init", "fixtures/forms/04-so-tu-phap.xlsx", "-o", en, "--lang", "en", "-q")).code).toBe(0);
    const book = XLSX.read(readFileSync(en));
    expect(book.SheetNames).toEqual(["Review", "Reasons"]);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Review ?? {}, { header: 1, defval: "" });
    expect(rows[4]?.slice(0, 4)).toEqual(["Agency", "No.", "Project/task", "Funding source"]);
    expect(rows[6]?.slice(0, 2)).toEqual(["Sở Tư pháp", "4.1"]);
    // Its one item asks for 2026 only: one period column, then the total and the approved column.
    expect(rows[5]?.slice(4, 6)).toEqual(["2026", "Total"]);
    expect(rows[7]?.slice(2, 7)).toEqual(["GRAND TOTAL", "", 1000, 1000, 0]);
  });

  it.skipIf(!soffice)(
    `recalculated by LibreOffice, the totals stay 65.562, 82.603 and 148.165${soffice ? "" : ` (${SOFFICE_MISSING})`}`,
    { timeout: 180_000 },
    async () => {
      const seen = await sheetsAsSeenByLibreOffice(out, { recalculate: true });
      const total = (seen.get("Thẩm định") ?? []).find((row) => row[2] === "TỔNG CỘNG");
      expect(total?.slice(4, 8)).toEqual(["65562", "82603", "148165", "0"]);
    },
  );
});
