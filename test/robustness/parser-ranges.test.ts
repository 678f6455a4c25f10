import { describe, expect, it } from "vitest";
import { columnMaxXlsx, formXlsx, hyperlinkRangeXlsx, repeatedCellOds, wideMergeSpreadsheetMl, wideSpanHtml } from "../../scripts/hostile-sheets.js";
import { readableInProcess } from "../../src/read/in-process.js";
import { MAX_EXPANDED_CELLS, markupRangeProblem, odsExpandedCells, rangeCells } from "../../src/read/workbook/range-guard.js";
import { runBytes } from "./hostile-run.js";

/**
 * SheetJS fills these ranges cell by cell; each is refused by the range guard before SheetJS sees it
 * (the reason is the guard's, with the count of cells it would have made), so the work is a scan of the
 * markup, not billions of cells. A regression that let one through would hang past the test timeout.
 */
const CASES: ReadonlyArray<readonly [string, string, () => Uint8Array, string]> = [
  ["a hyperlink over A1:XFD1048576", "hyperlink.xlsx", () => hyperlinkRangeXlsx(), "range-too-large, xl/worksheets/sheet1.xml hyperlink A1:XFD1048576"],
  ["a column definition up to column 1,000,000,000", "columns.xlsx", () => columnMaxXlsx(), "range-too-large, xl/worksheets/sheet1.xml col max=1000000000"],
  ["an ODS cell repeated 1,000,000 × 1,000 times", "repeated.ods", () => repeatedCellOds(), "range-too-large, content.xml 1000000033 > 2000000"],
  ["an HTML cell with colspan 100,000,000", "span.xls", () => Buffer.from(wideSpanHtml()), "range-too-large, 100000000 × 1 > 2000000"],
  ["a SpreadsheetML cell merged 100,001 × 100,001", "merge.xls", () => Buffer.from(wideMergeSpreadsheetMl()), "range-too-large, 100001 × 100001 > 2000000"],
];

describe("ranges a parser would fill cell by cell", () => {
  for (const [what, name, bytes, reason] of CASES) {
    it(`${what}: BC101 range-too-large naming the file, before a parser fills it`, async () => {
      const { run } = await runBytes(name, bytes());
      expect(run.diagnostics).toEqual([expect.objectContaining({ code: "BC101", severity: "error", file: expect.stringContaining(name), args: { reason } })]);
    });
  }

  it("lets ordinary ranges through: a hyperlink on one cell, columns to XFD, a cell repeated a few times", async () => {
    expect((await runBytes("one-link.xlsx", hyperlinkRangeXlsx("B6"))).run.diagnostics).toEqual([]);
    expect((await runBytes("to-xfd.xlsx", columnMaxXlsx(16_384))).run.diagnostics).toEqual([]);
    const ods = await runBytes("few.ods", repeatedCellOds(5, 2));
    expect(ods.run.consolidation.totals.total.toFixed()).toBe("300");
  });

  it("counts cells the way SheetJS creates them", () => {
    expect(rangeCells("B2:D10")).toBe(27);
    expect(rangeCells("$A$1")).toBe(1);
    expect(rangeCells("A1:XFD1048576")).toBe(16_384 * 1_048_576);
    expect(rangeCells("not a range")).toBe(0);
    const row = (attributes: string, cells: string) => `<table:table-row ${attributes}>${cells}</table:table-row>`;
    const cell = (attributes: string) => `<table:table-cell ${attributes} office:value-type="string"><text:p>x</text:p></table:table-cell>`;
    expect(odsExpandedCells(row('table:number-rows-repeated="3"', cell('table:number-columns-repeated="4"')))).toBe(12);
    // LibreOffice pads the sheet with empty self-closing cells repeated to its end: they create nothing.
    expect(odsExpandedCells(row('table:number-rows-repeated="1048000"', '<table:table-cell table:number-columns-repeated="1024"/>'))).toBe(0);
    expect(odsExpandedCells(row("", '<table:covered-table-cell table:number-columns-repeated="7"/>'))).toBe(7);
    expect(markupRangeProblem(`<td colspan="3" rowspan="2">x</td>`)).toBeUndefined();
    expect(markupRangeProblem(`<TD COLSPAN=${MAX_EXPANDED_CELLS + 1}>x</TD>`)).toBe(`range-too-large, ${MAX_EXPANDED_CELLS + 1} × 1 > ${MAX_EXPANDED_CELLS}`);
  });
});

describe("which files are read in this thread, where no time or heap bound applies", () => {
  const small = 256 * 1024;
  it("small .xlsx, .ods and CSV files, whose cost the guards bound", async () => {
    expect(await readableInProcess(formXlsx(), small)).toBe(true);
    expect(await readableInProcess(repeatedCellOds(2, 2), small)).toBe(true);
    expect(await readableInProcess(Buffer.from("STT;Tên nhiệm vụ\n1;Số hóa\n"), small)).toBe(true);
    // Parts under other names: the range guard checks the sheets the package names, wherever they are.
    expect(await readableInProcess("fixtures/wild/wtf-path.xlsx", small)).toBe(true);
    expect(await readableInProcess("fixtures/wild/backslash-part-names.xlsx", small)).toBe(true);
  });

  it("never an .xls, an HTML or SpreadsheetML table, or a file over the size: those go to a bounded worker", async () => {
    expect(await readableInProcess(Buffer.from(wideSpanHtml(2)), small)).toBe(false);
    expect(await readableInProcess(Buffer.from(wideMergeSpreadsheetMl(1, 1)), small)).toBe(false);
    expect(await readableInProcess(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), small)).toBe(false);
    expect(await readableInProcess("fixtures/wild/excel-biff4-tcvn3.xls", small)).toBe(false);
    expect(await readableInProcess("fixtures/wild/flat-ods.fods", small)).toBe(false);
    expect(await readableInProcess(formXlsx(), 1024)).toBe(false);
  });
});
