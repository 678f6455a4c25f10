import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { GridWorkbook } from "../../scripts/fixtures/grid-workbook.js";
import { unpackZip } from "../../src/read/zip/zip-guard.js";

/** A two-sheet fixture workbook using every feature the generators ask of it. */
async function sample(): Promise<Uint8Array> {
  const workbook = new GridWorkbook(new Date(Date.UTC(2025, 6, 1)));
  const sheet = workbook.addWorksheet("Biểu mẫu");
  sheet.setRef("A1", "Së T\u00ad ph¸p").merge("A1:C1").font(1, 1, ".VnTime", 13);
  sheet.addRow([]).addRow(["STT", "Tên", 1234.5]).format(3, 3, "#,##0.00");
  sheet
    .set(4, 1, { formula: "C3*2" })
    .set(4, 2, { formula: "C3/0", result: { error: "#DIV/0!" } })
    .set(4, 3, { formula: "C3", result: 1234.5 });
  sheet.set(5, 1, "bỏ đi").set(6, 1, "dòng 6").removeRow(5).hideRow(7).width(2, 45);
  workbook.addWorksheet("Ghi chú").setRef("B2", "=không phải công thức");
  return workbook.bytes();
}

describe("the fixture generators' workbook (scripts/fixtures/grid-workbook.ts)", () => {
  it("writes values, formulas with and without cached results, number formats, merges, hidden rows and sheets as SheetJS reads them", async () => {
    const book = XLSX.read(await sample(), { type: "buffer", cellFormula: true, cellNF: true, cellStyles: true, sheetStubs: true });
    expect(book.SheetNames).toEqual(["Biểu mẫu", "Ghi chú"]);
    const sheet = book.Sheets["Biểu mẫu"];
    expect([sheet?.A1?.v, sheet?.B1?.t, sheet?.C1?.t, sheet?.A2]).toEqual(["Së T\u00ad ph¸p", "z", "z", undefined]);
    expect([sheet?.A3?.v, sheet?.C3?.v, sheet?.C3?.z]).toEqual(["STT", 1234.5, "#,##0.00"]);
    expect([sheet?.A4?.f, sheet?.B4?.f, sheet?.B4?.w, sheet?.C4?.f, sheet?.C4?.v]).toEqual(["C3*2", "C3/0", "#DIV/0!", "C3", 1234.5]);
    // Row 5 removed: row 6's cell moved up to row 5.
    expect([sheet?.A5?.v, sheet?.A6]).toEqual(["dòng 6", undefined]);
    expect(sheet?.["!merges"]).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }]);
    expect(sheet?.["!rows"]?.[6]?.hidden).toBe(true);
    expect(book.Sheets["Ghi chú"]?.B2?.v).toBe("=không phải công thức");
  });

  it("keeps a cell's font, Calibri 11 as the Normal font, and gives the same bytes every time", async () => {
    const bytes = await sample();
    expect(Buffer.from(await sample()).equals(Buffer.from(bytes))).toBe(true);
    const unpacked = unpackZip(bytes);
    const part = "entries" in unpacked ? unpacked.entries.find((entry) => entry.name === "xl/styles.xml") : undefined;
    const styles = Buffer.from(part?.data ?? new Uint8Array(0)).toString("utf8");
    expect(styles).toContain(
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><sz val="13"/><name val=".VnTime"/></font></fonts>',
    );
  });
});
