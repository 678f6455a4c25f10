import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repeatedCellOds } from "../../scripts/hostile-sheets.js";
import { deflatedEntry, writeZip } from "../../scripts/hostile-zips.js";
import type { GridSheet } from "../../src/data/grid.js";
import { gridFromBytes, type ReadResult, readGrid } from "../../src/read/read-file.js";
import { sniffContainer } from "../../src/read/sniff-container.js";
import { sniffDelimiter } from "../../src/read/text/delimited-text.js";
import { unpackZip } from "../../src/read/zip/zip-guard.js";
import { codesAt, readFixture } from "./read-fixture.js";

/*
 * Files SheetJS reads that the tool refused, found by a run over 1,962 public test spreadsheets
 * (issue 14). The public samples in fixtures/wild/ are asserted on their own cells; the generated
 * ones hold the standard small form (Sở Tư pháp: 300 = 110 in 2025 + 190 in 2026).
 */
const DIR = "fixtures/wild";

async function sheetsOf(file: string): Promise<readonly GridSheet[]> {
  const read = await readGrid(`${DIR}/${file}`);
  if (!read.ok) throw new Error(`${file}: ${String(read.finding.args?.reason)}`);
  return read.grid.sheets;
}

/** The value of a cell by its A1 address (`B12`), or undefined when the cell is empty. */
function valueAt(sheet: GridSheet | undefined, address: string): number | string | boolean | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match || !sheet) return undefined;
  const col = [...(match[1] ?? "")].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  const cell = sheet.rows[Number(match[2]) - 1]?.[col];
  return cell === undefined || !("value" in cell.value) ? undefined : cell.value.value;
}

function reasonOf(read: ReadResult): unknown {
  return read.ok ? "read" : read.finding.args?.reason;
}

/** A ZIP's entries as they are, to pack again with more. */
function unpackedEntries(bytes: Uint8Array): ReturnType<typeof deflatedEntry>[] {
  const unpacked = unpackZip(bytes);
  if ("problem" in unpacked) throw new Error(unpacked.problem.kind);
  return unpacked.entries.map((entry) => deflatedEntry(entry.name, entry.data));
}

/** A ZIP's entries rewritten: renamed, replaced, or dropped (`null`), then packed again. */
function repack(bytes: Uint8Array, change: (name: string, text: string) => { name: string; text: string } | null): Uint8Array {
  const unpacked = unpackZip(bytes);
  if ("problem" in unpacked) throw new Error(unpacked.problem.kind);
  const entries = unpacked.entries.flatMap((entry) => {
    const changed = change(entry.name, new TextDecoder().decode(entry.data));
    return changed === null ? [] : [deflatedEntry(changed.name, changed.text)];
  });
  return writeZip(entries);
}

/** A worksheet whose hyperlink covers 2.6 million cells: SheetJS would fill each one. */
const HOSTILE_SHEET =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><hyperlinks><hyperlink ref="A1:Z100000" r:id="rId9"/></hyperlinks></worksheet>';

describe("OOXML parts under other names are found through the package", () => {
  it("reads a form whose part names are written with \\ (xl\\workbook.xml)", async () => {
    const read = await readFixture(`${DIR}/backslash-part-names.xlsx`);
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    expect(read.agencies).toEqual(["Sở Tư pháp"]);
    expect(read.diagnostics).toEqual([]);
  });

  it("reads SheetJS's wtf_path.xlsx, its parts under wtf/ (its sheets, numbers and shared strings)", async () => {
    const [first, hidden] = await sheetsOf("wtf-path.xlsx");
    expect([first?.name, hidden?.name]).toEqual(["SheetJS", "Hidden"]);
    expect([valueAt(first, "A1"), valueAt(first, "B1"), valueAt(first, "C1")]).toEqual([1, 2, 3]);
    expect(valueAt(first, "D2")).toBe("sheetjs");
    expect(valueAt(first, "C3")).toBe(41689.4375);
    expect(valueAt(hidden, "D3")).toBe("sh33t");
  });

  it("reads calamine's minimal_package.xlsx, its workbook and sheet at the package root", async () => {
    const [sheet] = await sheetsOf("workbook-at-root.xlsx");
    expect(sheet?.name).toBe("Sheet1");
    expect(valueAt(sheet, "A3")).toBe("BKG_NUM");
    expect(valueAt(sheet, "B3")).toBe("BKG_DT");
  });

  it("reads a workbook only _rels/.rels names (its content types declare none)", async () => {
    const bytes = repack(readFileSync("fixtures/formats/container/standard.xlsx"), (name, text) => ({
      name: name.replace(/^xl\//, "book/"),
      text:
        name === "[Content_Types].xml"
          ? text.replace(/<Override PartName="\/xl\/workbook.xml"[^>]*>/, "").replaceAll("/xl/", "/book/")
          : text.replace('Target="xl/', 'Target="book/'),
    }));
    const read = await gridFromBytes("book.xlsx", bytes);
    expect(read.ok && valueAt(read.grid.sheets[0], "C5")).toBe(300);
  });

  it.each([
    ["wtf-path.xlsx", "wtf/worksheets/sheet1.xml", "wtf/worksheets/sheet1.xml"],
    ["workbook-at-root.xlsx", "sheet1.xml", "sheet1.xml"],
    ["backslash-part-names.xlsx", "xl\\worksheets\\sheet1.xml", "xl\\worksheets\\sheet1.xml"],
    ["backslash-part-names.xlsx", "xl\\worksheets\\sheet1.xml", "XL/Worksheets/Sheet1.XML"],
  ])("keeps the range guard on %s's sheet part %s (stored as %s)", async (file, part, storedAs) => {
    const bytes = repack(readFileSync(`${DIR}/${file}`), (name, text) => (name === part ? { name: storedAs, text: HOSTILE_SHEET } : { name, text }));
    expect(reasonOf(await gridFromBytes(file, bytes))).toBe(`range-too-large, ${storedAs} hyperlink A1:Z100000`);
  });

  it("keeps the ODS range guard on a content.xml spelt in another case, which SheetJS reads all the same", async () => {
    const ods = repack(repeatedCellOds(2000, 2000), (name, text) => ({ name: name === "content.xml" ? "Content.xml" : name, text }));
    const withWorkbook = writeZip([
      ...unpackedEntries(ods),
      deflatedEntry("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    ]);
    expect(reasonOf(await gridFromBytes("content.xlsx", withWorkbook))).toBe("range-too-large, Content.xml 4000033 > 2000000");
  });

  it("still refuses a ZIP whose package names no workbook", async () => {
    const bytes = repack(readFileSync(`${DIR}/wtf-path.xlsx`), (name, text) => (name === "wtf/workbook.xml" ? null : { name, text }));
    expect(reasonOf(await gridFromBytes("wtf.xlsx", bytes))).toBe("not-a-spreadsheet, ZIP");
  });
});

describe("Excel 2.x-4.0 .xls (bare BIFF2, BIFF3, BIFF4 streams)", () => {
  it.each([
    ["biff2", [0x09, 0x00]],
    ["biff3", [0x09, 0x02]],
    ["biff4", [0x09, 0x04]],
  ])("reads the small form saved by Excel as %s, typed in TCVN3", async (version, magic) => {
    const file = `${DIR}/excel-${version}-tcvn3.xls`;
    expect([...readFileSync(file).subarray(0, 2)]).toEqual(magic);
    const read = await readFixture(file);
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    expect(read.agencies).toEqual(["Sở Tư pháp"]);
    // A BIFF2-4 worksheet has no sheet name: SheetJS calls it Sheet1. BC107 says the text was TCVN3.
    expect(codesAt(read)).toEqual(["BC107 Sheet1!A1"]);
  });

  it.each(["biff2-crlf.xls", "biff3-crlf.xls", "biff4-crlf.xls"])("reads SheetJS's %s (text with line breaks)", async (file) => {
    const [sheet] = await sheetsOf(file);
    expect(valueAt(sheet, "A1")).toBe("Normal");
    expect(valueAt(sheet, "B1")).toBe("abc\ndef");
    expect(valueAt(sheet, "A2")).toBe("Formula");
  });

  it("reads Apache POI's testEXCEL_4.xls (IRS table 10): items add up to the printed totals", async () => {
    const [sheet] = await sheetsOf("excel4-table10.xls");
    expect(valueAt(sheet, "A1")).toBe("Table 10 -- Examination Coverage:  Recommended and Average Recommended Additional Tax After");
    expect(valueAt(sheet, "B13")).toBe(168184400);
    // Individual income tax returns examined, total 731,756: the nine size classes under it.
    const individual = ["C19", "C21", "C22", "C23", "C24", "C27", "C28", "C29", "C31", "C32"].map((a) => Number(valueAt(sheet, a)));
    expect(valueAt(sheet, "C17")).toBe(731756);
    expect(individual.reduce((sum, n) => sum + n, 0)).toBe(731756);
    // Estate tax returns examined, total 7,707: three sizes of gross estate.
    expect(valueAt(sheet, "C53")).toBe(7707);
    expect(["C55", "C56", "C57"].reduce((sum, a) => sum + Number(valueAt(sheet, a)), 0)).toBe(7707);
  });

  it.each([
    [[0x09, 0x00, 0x04, 0x00, 0x07, 0x00, 0x10, 0x00], "biff"],
    [[0x09, 0x02, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00], "biff"],
    [[0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x00, 0x01], "biff"],
  ])("sniffs %j as %s", (bytes, kind) => {
    expect(sniffContainer(Uint8Array.from(bytes)).kind).toBe(kind);
  });

  it.each([
    [[0x09, 0x00, 0xff, 0x7f, 0x07, 0x00, 0x10, 0x00, 0x01, 0x02]],
    [[0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x99, 0x00, 0x01, 0x02]],
    [[0x09, 0x08, 0x08, 0x00, 0x00, 0x06, 0x10, 0x00, 0x01, 0x02]],
  ])("takes %j for no Excel 2.x-4.0 file (BOF length, substream type, BIFF5+)", (bytes) => {
    expect(sniffContainer(Uint8Array.from(bytes)).kind).not.toBe("biff");
  });
});

describe("flat ODS (.fods)", () => {
  it("reads the small form saved as a flat ODS", async () => {
    const read = await readFixture(`${DIR}/flat-ods.fods`);
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    expect(read.diagnostics).toEqual([]);
  });

  it("reads SheetJS's crlf.fods", async () => {
    const [sheet] = await sheetsOf("crlf.fods");
    expect(valueAt(sheet, "A1")).toBe("Normal");
    expect(valueAt(sheet, "B1")).toBe("abc\nDef");
    expect(valueAt(sheet, "A3")).toBe("Test");
  });

  it("keeps the range guard: repeated cells that multiply out past 2 million are refused", async () => {
    const xml = readFileSync(`${DIR}/flat-ods.fods`, "utf8").replace(
      "<table:table-row",
      '<table:table-row table:number-rows-repeated="3000"><table:table-cell table:number-columns-repeated="1000" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row><table:table-row',
    );
    expect(reasonOf(await gridFromBytes("big.fods", new TextEncoder().encode(xml)))).toBe("range-too-large, 3000031 > 2000000");
  });
});

describe("CSV with | or a single column", () => {
  it("reads the small form as |-delimited text", async () => {
    const read = await readFixture(`${DIR}/pipe-delimited.csv`);
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    expect(read.diagnostics).toEqual([]);
  });

  it("finds | as a delimiter, and prefers ; or , where both split", () => {
    expect(sniffDelimiter("STT|Tên|Kinh phí\n1|Số hoá|120\n")).toBe("|");
    expect(sniffDelimiter("STT;Tên|mã;Kinh phí\n1;Số hoá|a;120\n")).toBe(";");
  });

  it("reads a one-column CSV: a label over its numbers", async () => {
    const [sheet] = await sheetsOf("one-column.csv");
    expect(["A1", "A2", "A3", "A4"].map((a) => valueAt(sheet, a))).toEqual(["Kinh phí (triệu đồng)", "120", "180", "300"]);
  });

  it("still takes a covering note for no table", async () => {
    const note = new TextEncoder().encode("Kính gửi Sở Khoa học và Công nghệ.\nĐơn vị xin gửi biểu mẫu trong tuần sau.\n");
    expect(reasonOf(await gridFromBytes("note.csv", note))).toBe("not-a-spreadsheet, no-table");
  });
});

describe("an encrypted BIFF8 .xls", () => {
  it("is password-protected, not corrupt, where SheetJS fails on its RC4 CryptoAPI header (POI 35897-type4.xls)", async () => {
    const read = await readFixture(`${DIR}/encrypted-rc4-cryptoapi.xls`);
    expect(read.diagnostics).toEqual([
      { file: `${DIR}/encrypted-rc4-cryptoapi.xls`, code: "BC101", severity: "error", args: { reason: "password-protected" } },
    ]);
  });
});
