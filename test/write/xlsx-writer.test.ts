import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { unpackZip } from "../../src/read/zip/zip-guard.js";
import { SheetXml } from "../../src/write/xlsx/sheet-xml.js";
import { Style } from "../../src/write/xlsx/styles.js";
import { xlsxPackage } from "../../src/write/xlsx/xlsx-package.js";
import { xmlText } from "../../src/write/xlsx/xml-text.js";
import { zipArchive } from "../../src/write/xlsx/zip-archive.js";

describe("the appendix's own XLSX writer", () => {
  it("escapes markup and drops characters XML 1.0 cannot carry, keeping Vietnamese and astral characters", () => {
    expect(xmlText('a & b < c > "d"')).toBe("a &amp; b &lt; c &gt; &quot;d&quot;");
    expect(xmlText("Sở\u0000 Nội\u0007 vụ\uFFFE \uD800x 😀\tđ\n")).toBe("Sở Nội vụ x 😀\tđ\n");
  });

  it("writes a package SheetJS reads back: text stays text (even =SUM…), numbers, formulas with cached values, merges, print titles", async () => {
    const sheet = new SheetXml({ columns: [{ width: 10 }, { width: 20, hidden: true }], frozenRows: 1, gridLines: true, summaryAbove: true, page: "" });
    sheet.row(1).text(1, "=1+1", Style.heading).text(2, " Sở \u0001", Style.text);
    sheet.row(2, { height: 30, outlineLevel: 1 }).number(1, 1.5, Style.amount).formula(2, "SUM(A2)", 1.5, Style.boldAmount);
    sheet.merge(1, 1, 1, 2);
    const date = new Date(Date.UTC(2025, 0, 1));
    const part = sheet.xml();
    const bytes = await xlsxPackage([{ name: "It's", xml: part, printTitles: [1, 1] }], date);
    expect(Buffer.from(await xlsxPackage([{ name: "It's", xml: part, printTitles: [1, 1] }], date)).equals(Buffer.from(bytes))).toBe(true);
    const workbook = XLSX.read(bytes, { type: "buffer", cellFormula: true });
    const read = workbook.Sheets["It's"];
    expect([read?.A1?.t, read?.A1?.v, read?.A1?.f, read?.B1?.v]).toEqual(["s", "=1+1", undefined, " Sở "]);
    expect([read?.A2?.v, read?.B2?.f, read?.B2?.v]).toEqual([1.5, "SUM(A2)", 1.5]);
    expect(read?.["!merges"]).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }]);
    expect(workbook.Workbook?.Names).toEqual([{ Name: "_xlnm.Print_Titles", Sheet: 0, Ref: "'It''s'!$1:$1" }]);
    const xml = Buffer.concat(part).toString("utf8");
    expect(xml).toContain('<row r="2" ht="30" customHeight="1" outlineLevel="1">');
    expect(xml).toContain('<sheetFormatPr defaultRowHeight="17.25" outlineLevelRow="1"/>');
  });

  it("writes hidden rows, formulas never calculated and formulas whose value is an error, as SheetJS reads them", async () => {
    const sheet = new SheetXml({ columns: [{ width: 10 }], frozenRows: 0, gridLines: true, summaryAbove: false, page: "" });
    sheet.row(1).number(1, 100, Style.none);
    sheet.row(2, { hidden: true }).uncalculatedFormula(1, "A1*2", Style.none).errorFormula(2, "A1/0", "#DIV/0!", Style.none);
    const bytes = await xlsxPackage([{ name: "S", xml: sheet.xml() }], new Date(Date.UTC(2025, 0, 1)));
    // Stubs: SheetJS skips a cell with no value unless asked, and reads its value as 0 when asked.
    const read = XLSX.read(bytes, { type: "buffer", cellFormula: true, sheetStubs: true, cellStyles: true }).Sheets.S;
    expect([read?.A2?.f, read?.A2?.v, read?.B2?.f, read?.B2?.t, read?.B2?.w]).toEqual(["A1*2", 0, "A1/0", "e", "#DIV/0!"]);
    expect(read?.["!rows"]?.[1]?.hidden).toBe(true);
    expect(read?.["!rows"]?.[0]?.hidden).toBeUndefined();
  });

  it("deflates an entry given in parts, cut into pieces of at most 4 MiB, into one stream that inflates back to the same bytes, and the same bytes every time", async () => {
    const lines = Array.from(
      { length: 200_000 },
      (_, i) => `<row r="${i}"><c><v>${(i * 7919) % 100_003}</v></c><c t="inlineStr"><is><t>Mục ${i} của Sở Nội vụ</t></is></c></row>`,
    );
    const data = Buffer.from(lines.join(""), "utf8");
    expect(data.byteLength).toBeGreaterThan(3 * 4 * 1024 * 1024);
    // The big entry comes as a 9 MiB part (cut in pieces), two small ones and an empty one (skipped).
    const parts = [
      data.subarray(0, 9 * 1024 * 1024),
      data.subarray(9 * 1024 * 1024, 9 * 1024 * 1024 + 10),
      new Uint8Array(0),
      data.subarray(9 * 1024 * 1024 + 10),
    ];
    const entries = [
      { name: "big.xml", data: parts },
      { name: "empty.xml", data: [] },
      { name: "small.xml", data: [Buffer.from("<a/>")] },
    ];
    const date = new Date(Date.UTC(2025, 0, 1));
    const archive = await zipArchive(entries, date);
    const unpacked = unpackZip(archive);
    if (!("entries" in unpacked)) throw new Error(`refused: ${unpacked.problem.kind}`);
    expect(unpacked.entries.map((entry) => [entry.name, entry.data.byteLength])).toEqual([
      ["big.xml", data.byteLength],
      ["empty.xml", 0],
      ["small.xml", 4],
    ]);
    expect(Buffer.from(unpacked.entries[0]?.data ?? new Uint8Array(0)).equals(data)).toBe(true);
    expect(Buffer.from(await zipArchive(entries, date)).equals(Buffer.from(archive))).toBe(true);
  });
});
