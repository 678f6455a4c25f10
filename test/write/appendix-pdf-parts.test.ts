import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { Money } from "../../src/data/money.js";
import { TINOS_FILES } from "../../src/write/pdf/fonts.js";
import { widthMeter } from "../../src/write/pdf/pdf-ink.js";
import { figureText } from "../../src/write/pdf/pdf-table.js";
import { dateLine } from "../../src/write/pdf/signature-block.js";
import { wrapText } from "../../src/write/pdf/wrap-text.js";

describe("the PDF appendix's texts", () => {
  it("dates the signature block at the plan's place, or with no place when the plan names none", () => {
    expect(dateLine("Quảng Ngãi")).toBe("Quảng Ngãi, ngày … tháng … năm …");
    expect(dateLine("  ")).toBe("Ngày … tháng … năm …");
  });

  it("writes amounts with Vietnamese separators, and none or zero as `-`, as the workbook shows them", () => {
    expect(figureText({ kind: "value", value: new Money("148165") })).toBe("148.165");
    expect(figureText({ kind: "sum", rows: [8, 9], value: new Money("1234.25") })).toBe("1.234,25");
    expect(figureText({ kind: "value", value: undefined })).toBe("-");
    expect(figureText({ kind: "sum", rows: [], value: new Money("0") })).toBe("-");
  });
});

describe("wrapText", () => {
  const doc = new PDFDocument({ font: TINOS_FILES.regular, size: "A4" }).fontSize(12);

  it("breaks at spaces within the width, keeps line breaks, and loses no word", () => {
    const text = "Số hoá tài liệu lưu trữ có giá trị cao của Sở Tư pháp tỉnh Quảng Ngãi\nDòng hai";
    const lines = wrapText(doc, text, 120);
    expect(lines.map((line) => line.text)).toEqual(["Số hoá tài liệu lưu trữ có", "giá trị cao của Sở Tư", "pháp tỉnh Quảng Ngãi", "Dòng hai"]);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120);
  });

  it("breaks a word longer than the line at its letters", () => {
    const word = "https://dichvucong.quangngai.gov.vn/thu-tuc-hanh-chinh";
    const lines = wrapText(doc, word, 80);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((line) => line.text).join("")).toBe(word);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(80);
  });
});

describe("widthMeter and the row drawn as one piece of content", () => {
  it("measures figures as pdfkit does, kerned pairs (`11` in Tinos) included, and words from its cache", () => {
    for (const face of ["regular", "bold"] as const) {
      const doc = new PDFDocument({ font: TINOS_FILES[face], size: "A4" }).fontSize(11.5);
      const measure = widthMeter(doc);
      for (const text of ["148.165", "1.111.111,11", "11", "2025-2026", "(1)", "12/7/2025", "Số hoá tài liệu", "Quảng Ngãi"])
        expect(Math.abs(measure(text) - doc.widthOfString(text))).toBeLessThan(1e-9);
    }
  });
});
