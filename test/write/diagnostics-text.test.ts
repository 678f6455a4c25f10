import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/data/diagnostic.js";
import { diagnosticsAsText, REPEATS_SHOWN, summaryLine } from "../../src/write/diagnostics-as-text.js";
import { SAMPLE } from "./sample-diagnostics.js";

describe("diagnosticsAsText (colour off)", () => {
  it("writes each finding as file:Sheet!cell, severity and code, message, row, expected vs actual, hint (vi)", () => {
    expect(diagnosticsAsText(SAMPLE, "vi") + summaryLine(SAMPLE, 4, "vi")).toBe(
      [
        "phu-luc/hong.xlsx: lỗi BC101 Không đọc được tệp (không phải tệp bảng tính).",
        "    → Mở tệp bằng Excel và lưu lại dưới dạng .xlsx.",
        "phu-luc/so-y-te.xlsx:Biểu mẫu!E14: lỗi BC212 Cột Tổng kinh phí: ghi 65.000, tổng các dòng con là 65.562,5.",
        "    1.2 Bệnh án điện tử",
        "    kỳ vọng: 65.562,5 · thực tế: 65.000",
        "    → Sửa số tổng hoặc dùng công thức SUM.",
        'phu-luc/so-y-te.xlsx:Biểu mẫu!F15: cảnh báo BC203 Số "1.5" có thể hiểu hai cách; đã đọc là 1,5.',
        '    1.3 Số hóa hồ sơ, "bệnh án"',
        "    kỳ vọng: 1,5 · thực tế: 1.5",
        "    → Dùng dấu chấm phân cách hàng nghìn và dấu phẩy thập phân.",
        "phu-luc/so-tu-phap.xlsx:Sheet1!B9: thông tin BC107 Đã chuyển 3 ô từ bảng mã TCVN3 (ABC) sang Unicode (B9:B11).",
        "✖ 2 lỗi, 1 cảnh báo trong 2/4 tệp",
        "",
      ].join("\n"),
    );
  });

  it("writes English messages with English separators (en)", () => {
    expect(diagnosticsAsText(SAMPLE.slice(1, 2), "en") + summaryLine(SAMPLE, 4, "en")).toBe(
      [
        "phu-luc/so-y-te.xlsx:Biểu mẫu!E14: error BC212 Column Total: stated 65,000, sub-rows add up to 65,562.5.",
        "    1.2 Bệnh án điện tử",
        "    expected: 65,562.5 · actual: 65,000",
        "    → Fix the subtotal or use a SUM formula.",
        "✖ 2 errors, 1 warning in 2/4 files",
        "",
      ].join("\n"),
    );
  });

  it("paints the severity and code by severity, and the details dim, through the function it is given", () => {
    const paint = (kind: string, text: string) => `<${kind}>${text}</${kind}>`;
    const lines = diagnosticsAsText(SAMPLE.slice(1, 3), "en", paint).split("\n");
    expect(lines[0]).toBe("phu-luc/so-y-te.xlsx:Biểu mẫu!E14: <error>error BC212</error> Column Total: stated 65,000, sub-rows add up to 65,562.5.");
    expect(lines[1]).toBe("<dim>    1.2 Bệnh án điện tử</dim>");
    expect(lines[4]).toBe('phu-luc/so-y-te.xlsx:Biểu mẫu!F15: <warning>warning BC203</warning> "1.5" is ambiguous; read as 1.5.');
  });

  it("marks a run with warnings only ⚠ and a clean run ✔, counting files with errors or warnings", () => {
    expect(summaryLine(SAMPLE.slice(2), 19, "vi")).toBe("⚠ 0 lỗi, 1 cảnh báo trong 1/19 tệp\n");
    expect(summaryLine([], 1, "en")).toBe("✔ 0 errors, 0 warnings in 0/1 file\n");
  });

  it("cuts a long row name, and writes nothing for no diagnostics", () => {
    const long = { ...SAMPLE[1]!, rowName: "Nâng cấp ".repeat(20).trim() };
    expect(diagnosticsAsText([long], "vi").split("\n")[1]).toBe(`    1.2 ${"Nâng cấp ".repeat(20).slice(0, 99)}…`);
    expect(diagnosticsAsText([], "vi")).toBe("");
  });

  it("writes a finding about the whole run (no file) without a location", () => {
    const run = {
      code: "BC407" as const,
      severity: "warning" as const,
      file: "",
      expected: "100",
      actual: "120",
      args: { scope: "total", subject: "", year: "" },
    };
    expect(diagnosticsAsText([run], "en").split("\n")[0]).toBe("warning BC407 The whole plan: total 120 is above the ceiling 100.");
  });

  it("shows 20 findings of one code in one sheet, then counts the rest in one line; other sheets and codes are counted apart", () => {
    const column = (i: number): Diagnostic => ({
      code: "BC104",
      severity: "info",
      file: "rac.xlsx",
      sheet: "Biểu mẫu",
      cell: `${String.fromCharCode(65 + (i % 26))}5`,
      args: { label: `Cột ${i}` },
    });
    const stray = Array.from({ length: 5_000 }, (_, i) => column(i));
    const other: Diagnostic = { ...column(0), sheet: "Ghi chú" };
    const text = diagnosticsAsText([...stray, other], "en").split("\n");
    expect(REPEATS_SHOWN).toBe(20);
    expect(text.filter((line) => line.includes("info BC104 Unknown column"))).toHaveLength(21);
    expect(text[20]).toBe("rac.xlsx:Biểu mẫu: info BC104 … and 4,980 more like these in this sheet (--format json lists them all)");
    expect(text[21]).toBe('rac.xlsx:Ghi chú!A5: info BC104 Unknown column: "Cột 0".');
    expect(text).toHaveLength(23);
    expect(diagnosticsAsText(stray, "vi").split("\n")[20]).toBe(
      "rac.xlsx:Biểu mẫu: thông tin BC104 … và 4.980 phát hiện như thế nữa trong trang này (--format json liệt kê tất cả)",
    );
  });
});
