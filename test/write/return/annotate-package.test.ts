import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import type { Diagnostic } from "../../../src/data/diagnostic.js";
import { unpackZip } from "../../../src/read/zip/zip-guard.js";
import { returnedCopy } from "../../../src/write/return/returned-copy.js";
import { zipArchive } from "../../../src/write/xlsx/zip-archive.js";
import { tempFolder } from "../../cli/plan-cli-runner.js";
import { SOFFICE_MISSING, soffice } from "../../support/libreoffice.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A package as some real files are: a sheet without `xmlns:r`, missing rows and cells, a second sheet
 * (the active, selected one) that already has a comment and its VML drawing, a sheet-local print-titles
 * name, a calculation chain, a cell format with an alignment.
 */
const PARTS: Record<string, string> = {
  "[Content_Types].xml": `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`,
  "_rels/.rels": `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="1"/></bookViews><sheets><sheet name="Biểu mẫu" sheetId="1" r:id="rId1"/><sheet name="Ghi chú" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Biểu mẫu'!$1:$1</definedName></definedNames><calcPr calcId="191029"/></workbook>`,
  "xl/_rels/workbook.xml.rels": `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
  "xl/styles.xml": `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="right"/></xf></cellXfs></styleSheet>`,
  "xl/worksheets/sheet1.xml": `${HEAD}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" s="1"><v>200</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row><row r="3" spans="1:3" s="1" customFormat="1"><c r="C3"><f>A1*2</f><v>400</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A7:B7"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  "xl/worksheets/sheet2.xml": `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><legacyDrawing r:id="rId1"/></worksheet>`,
  "xl/worksheets/_rels/sheet2.xml.rels": `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId2" Type="${REL}/comments" Target="../comments1.xml"/></Relationships>`,
  "xl/comments1.xml": `${HEAD}<comments xmlns="${MAIN}"><authors><author>Nguyễn Văn A</author></authors><commentList><comment ref="A1" authorId="0"><text><r><t>Số đã duyệt</t></r></text></comment></commentList></comments>`,
  "xl/drawings/vmlDrawing1.vml": `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>`,
  "xl/calcChain.xml": `${HEAD}<calcChain xmlns="${MAIN}"><c r="C3" i="1"/></calcChain>`,
};

const finding = (sheet: string, cell: string, code: Diagnostic["code"], severity: Diagnostic["severity"] = "error"): Diagnostic => ({
  file: "de-xuat/so-gd.xlsx",
  sheet,
  cell,
  code,
  severity,
  expected: "150",
  actual: "200",
  args: { field: "Tổng kinh phí" },
});

const DIAGNOSTICS: Diagnostic[] = [
  finding("Biểu mẫu", "A1", "BC212"),
  finding("Biểu mẫu", "B2", "BC212"),
  finding("Biểu mẫu", "D3", "BC212"),
  finding("Biểu mẫu", "A5", "BC212"),
  { ...finding("Ghi chú", "A1", "BC212"), args: { field: "Cột $& và $1" } },
  finding("Ghi chú", "B2", "BC212"),
  { file: "de-xuat/so-gd.xlsx", code: "BC105", severity: "warning", sheet: "Biểu mẫu" },
];

async function annotated(
  source: Readonly<Record<string, string>> = PARTS,
  diagnostics: readonly Diagnostic[] = DIAGNOSTICS,
  lang: "vi" | "en" = "vi",
): Promise<Map<string, string>> {
  const encoder = new TextEncoder();
  const parts = Object.entries(source).map(([name, text]) => ({ name, data: encoder.encode(text) }));
  const form = { file: "de-xuat/so-gd.xlsx", agencies: ["Sở Giáo dục và Đào tạo"], diagnostics };
  const copy = await returnedCopy(form, { kind: "excel", parts }, lang, new Date(Date.UTC(2000, 0, 1)));
  expect(copy.extension).toBe(".xlsx");
  const unpacked = unpackZip(copy.bytes);
  if ("problem" in unpacked) throw new Error(unpacked.problem.kind);
  return new Map(unpacked.entries.map((entry) => [entry.name, new TextDecoder().decode(entry.data)]));
}

async function zipped(): Promise<Uint8Array> {
  const parts = await annotated();
  return zipArchive(
    [...parts].map(([name, text]) => ({ name, data: [new TextEncoder().encode(text)] })),
    new Date(Date.UTC(2000, 0, 1)),
  );
}

describe("annotatedPackage: an agency's package with its findings", () => {
  it("highlights existing and missing cells and rows with a twin of their format, and draws their comments", async () => {
    const parts = await annotated();
    const sheet = parts.get("xl/worksheets/sheet1.xml") ?? "";
    // Formats 2 and 3 are the twins of 1 (A1's) and 0 (the row's and column's default), with fill 2.
    expect(sheet).toBe(
      `${HEAD}<worksheet xmlns:r="${REL}" xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" s="2"><v>200</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>` +
        `<row r="2"><c r="B2" s="3"/></row><row r="3" s="1" customFormat="1"><c r="C3"><f>A1*2</f><v>400</v></c><c r="D3" s="2"/></row><row r="5"><c r="A5" s="3"/></row></sheetData>` +
        `<mergeCells count="1"><mergeCell ref="A7:B7"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><legacyDrawing r:id="rId2"/></worksheet>`,
    );
    const styles = parts.get("xl/styles.xml") ?? "";
    expect(styles).toContain(
      '<cellXfs count="10"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="right"/></xf>' +
        '<xf numFmtId="3" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1" applyFill="1"><alignment horizontal="right"/></xf>' +
        '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>',
    );
    expect(styles).toContain('<fills count="3">');
    expect(styles).toContain('<fill><patternFill patternType="solid"><fgColor rgb="FFFFEE58"/><bgColor indexed="64"/></patternFill></fill></fills>');
    expect(parts.get("xl/worksheets/_rels/sheet1.xml.rels")).toBe(
      `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/comments" Target="../comments2.xml"/><Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing2.vml"/></Relationships>`,
    );
    expect(parts.get("xl/comments2.xml")).toContain('<comment ref="A1" authorId="0">');
    // A new drawing takes the next shape block after the existing drawing's.
    expect(parts.get("xl/drawings/vmlDrawing2.vml")).toContain('<o:idmap v:ext="edit" data="2"/>');
    expect(parts.get("xl/drawings/vmlDrawing2.vml")).toContain('<v:shape id="_x0000_s2049"');
  });

  it("adds to a sheet's own comments, keeps its author's, and draws only the new cells", async () => {
    const parts = await annotated();
    const comments = parts.get("xl/comments1.xml") ?? "";
    expect(comments).toContain("<authors><author>Nguyễn Văn A</author><author>budget</author></authors>");
    expect(comments).toMatch(/<comment ref="A1" authorId="0"><text><r><t>Số đã duyệt<\/t><\/r><r><rPr><b\/>.*budget:.*lỗi BC212.*<\/text><\/comment>/s);
    expect(comments).toMatch(/<comment ref="B2" authorId="1">/);
    // Our text goes in as it is: a `$&` in it is no replacement pattern.
    expect(comments).toContain("lỗi BC212: Cột Cột $&amp; và $1: ghi 200");
    const vml = parts.get("xl/drawings/vmlDrawing1.vml") ?? "";
    expect(vml.match(/<v:shape /g)).toHaveLength(2);
    expect(vml).toContain('<v:shape id="_x0000_s1026"');
    expect(vml).toContain("<x:Row>1</x:Row><x:Column>1</x:Column>");
    // The sheet's part changes by its cells and its tab no longer being selected; its rels are as they were.
    expect(parts.get("xl/worksheets/sheet2.xml")).toBe(
      `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData><row r="1"><c r="A1" s="3"><v>1</v></c></row>` +
        '<row r="2"><c r="B2" s="3"/></row></sheetData><legacyDrawing r:id="rId1"/></worksheet>',
    );
    expect(parts.get("xl/worksheets/_rels/sheet2.xml.rels")).toBe(PARTS["xl/worksheets/_rels/sheet2.xml.rels"]);
  });

  it("inserts the results sheet first and active, shifts sheet-local names, drops the calculation chain", async () => {
    const parts = await annotated();
    expect(parts.get("xl/workbook.xml")).toBe(
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="Kết quả kiểm tra" sheetId="3" r:id="rId5"/>` +
        `<sheet name="Biểu mẫu" sheetId="1" r:id="rId1"/><sheet name="Ghi chú" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">'Biểu mẫu'!$1:$1</definedName></definedNames><calcPr calcId="191029"/></workbook>`,
    );
    expect(parts.has("xl/calcChain.xml")).toBe(false);
    const rels = parts.get("xl/_rels/workbook.xml.rels") ?? "";
    expect(rels).not.toContain("calcChain");
    expect(rels).toContain(`<Relationship Id="rId5" Type="${REL}/worksheet" Target="worksheets/sheet3.xml"/>`);
    const types = parts.get("[Content_Types].xml") ?? "";
    expect(types).not.toContain("calcChain");
    expect(types).toContain('<Override PartName="/xl/comments2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>');
    expect(types).toContain(
      '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    );
    expect(types.match(/Extension="vml"/g)).toHaveLength(1);
    for (const name of ["_rels/.rels", "xl/drawings/vmlDrawing1.vml"].slice(0, 1)) expect(parts.get(name)).toBe(PARTS[name]);
  });

  it("reads back in SheetJS: the results sheet lists every finding, links to its cell, and the comments sit on the cells", async () => {
    const workbook = XLSX.read(await zipped(), { type: "buffer" });
    expect(workbook.SheetNames).toEqual(["Kết quả kiểm tra", "Biểu mẫu", "Ghi chú"]);
    const results = workbook.Sheets["Kết quả kiểm tra"] ?? {};
    expect(results.A4?.v).toBe("Có 6 lỗi và 1 cảnh báo, liệt kê dưới đây.");
    expect([7, 8, 9, 10, 11, 12, 13].map((row) => results[`D${row}`]?.v)).toEqual([
      "Biểu mẫu!A1",
      "Biểu mẫu!B2",
      "Biểu mẫu!D3",
      "Biểu mẫu!A5",
      "Ghi chú!A1",
      "Ghi chú!B2",
      "Biểu mẫu",
    ]);
    expect(results.D8?.l?.Target).toBe("#'Biểu mẫu'!B2");
    expect(results.D13?.l).toBeUndefined();
    expect(results.B13?.v).toBe("cảnh báo");
    const form = workbook.Sheets["Biểu mẫu"] ?? {};
    expect(["A1", "B2", "D3", "A5"].map((ref) => form[ref]?.c?.[0]?.t.split("\n")[1])).toEqual([
      "lỗi BC212: Cột Tổng kinh phí: ghi 200, tổng các dòng con là 150.",
      "lỗi BC212: Cột Tổng kinh phí: ghi 200, tổng các dòng con là 150.",
      "lỗi BC212: Cột Tổng kinh phí: ghi 200, tổng các dòng con là 150.",
      "lỗi BC212: Cột Tổng kinh phí: ghi 200, tổng các dòng con là 150.",
    ]);
    expect(form.A1?.v).toBe(200);
    expect(form.C3?.f).toBe("A1*2");
    expect(workbook.Sheets["Ghi chú"]?.A1?.c?.map((c: XLSX.Comment) => c.t.split("\n")[0])).toEqual(["Số đã duyệtbudget:"]);
  });

  it.skipIf(!soffice)(
    `opens in LibreOffice, which keeps every comment on its cell${soffice ? "" : ` (${SOFFICE_MISSING})`}`,
    async () => {
      const folder = tempFolder();
      const file = join(folder, "so-gd.xlsx");
      writeFileSync(file, await zipped());
      const out = join(folder, "lo");
      mkdirSync(out);
      await promisify(execFile)(soffice ?? "soffice", ["--headless", "--convert-to", "xlsx", "--outdir", out, file], { timeout: 90_000 });
      const workbook = XLSX.read(readFileSync(join(out, "so-gd.xlsx")), { type: "buffer" });
      expect(workbook.SheetNames).toEqual(["Kết quả kiểm tra", "Biểu mẫu", "Ghi chú"]);
      const commented = (name: string) =>
        Object.entries(workbook.Sheets[name] ?? {})
          .filter(([ref, cell]) => !ref.startsWith("!") && typeof cell === "object" && cell !== null && "c" in cell)
          .map(([ref]) => ref)
          .sort();
      expect(commented("Biểu mẫu")).toEqual(["A1", "A5", "B2", "D3"]);
      expect(commented("Ghi chú")).toEqual(["A1", "B2"]);
      expect(workbook.Sheets["Ghi chú"]?.A1?.c?.[0]?.t).toContain("Số đã duyệt");
      expect(workbook.Sheets["Ghi chú"]?.A1?.c?.[0]?.t).toContain("lỗi BC212: Cột Cột $& và $1: ghi 200");
    },
    120_000,
  );

  it("clears an earlier return from the copy the agency sent back: its sheet, its comments, its highlight", async () => {
    const first = Object.fromEntries(await annotated());
    // The agency fixed everything but Biểu mẫu!D3 and sent the copy back; it is returned again, in English.
    const second = await annotated(first, [finding("Biểu mẫu", "D3", "BC212")], "en");
    const workbook = second.get("xl/workbook.xml") ?? "";
    expect([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual(["Check results", "Biểu mẫu", "Ghi chú"]);
    expect(workbook).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="1">');
    expect(workbook).toContain('<workbookView activeTab="0"/>');
    // The first results sheet's part is gone, the new one takes a free name.
    expect([...second.keys()].filter((name) => name.startsWith("xl/worksheets/sheet"))).toEqual([
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/worksheets/sheet3.xml",
    ]);
    // Cells fixed are back to their own formats (1: A1's, 0: the added cells'); D3 is highlighted again.
    expect(second.get("xl/worksheets/sheet1.xml")).toContain('<c r="A1" s="1"><v>200</v></c>');
    expect(second.get("xl/worksheets/sheet1.xml")).toContain('<row r="2"><c r="B2" s="0"/></row>');
    expect(second.get("xl/worksheets/sheet1.xml")).toContain('<c r="D3" s="2"/>');
    expect(second.get("xl/worksheets/sheet2.xml")).toContain('<c r="A1" s="0"><v>1</v></c>');
    // Our comments are gone but the new one; the agency's own comment stays, without our text merged into it (lost: it was its text).
    const comments = second.get("xl/comments2.xml") ?? "";
    expect([...comments.matchAll(/<comment ref="([A-Z]+\d+)"/g)].map((m) => m[1])).toEqual(["D3"]);
    expect(comments).toContain("error BC212:");
    expect(second.get("xl/drawings/vmlDrawing2.vml")?.match(/<v:shape /g)).toHaveLength(1);
    expect([...(second.get("xl/comments1.xml") ?? "").matchAll(/<comment ref="([A-Z]+\d+)"/g)].map((m) => m[1])).toEqual(["A1"]);
    expect(second.get("xl/drawings/vmlDrawing1.vml")?.match(/<v:shape /g)).toHaveLength(1);
  });

  it("edits a package whose parts use a prefix for the main namespace (as the Open XML SDK writes them)", async () => {
    const X = `xmlns:x="${MAIN}"`;
    const prefixed: Record<string, string> = {
      "[Content_Types].xml": (PARTS["[Content_Types].xml"] ?? "").replace(/<Override PartName="\/xl\/(worksheets\/sheet2|comments1|calcChain)[^>]*\/>/g, ""),
      "_rels/.rels": PARTS["_rels/.rels"] ?? "",
      "xl/workbook.xml": `${HEAD}<x:workbook ${X} xmlns:r="${REL}"><x:sheets><x:sheet name="Biểu mẫu" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      "xl/_rels/workbook.xml.rels": `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      "xl/styles.xml": `${HEAD}<x:styleSheet ${X}><x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs></x:styleSheet>`,
      "xl/worksheets/sheet1.xml": `${HEAD}<x:worksheet ${X}><x:sheetData><x:row r="1"><x:c r="A1"><x:v>200</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    };
    const parts = await annotated(prefixed, [finding("Biểu mẫu", "A1", "BC212"), finding("Biểu mẫu", "B3", "BC212")]);
    expect(parts.get("xl/worksheets/sheet1.xml")).toBe(
      `${HEAD}<x:worksheet xmlns:r="${REL}" ${X}><x:sheetData><x:row r="1"><x:c r="A1" s="1"><x:v>200</x:v></x:c></x:row><x:row r="3"><x:c r="B3" s="1"/></x:row></x:sheetData><x:legacyDrawing r:id="rId2"/></x:worksheet>`,
    );
    const styles = parts.get("xl/styles.xml") ?? "";
    expect(styles).toContain(
      '<x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFFFEE58"/><x:bgColor indexed="64"/></x:patternFill></x:fill></x:fills>',
    );
    expect(styles).toContain('<x:xf numFmtId="0" fontId="0" fillId="2" borderId="0" applyFill="1"/>');
    expect(styles).toContain('<x:font><x:b/><x:sz val="14"/><x:name val="Times New Roman"/></x:font>');
    expect(parts.get("xl/workbook.xml")).toContain('<x:sheets><x:sheet name="Kết quả kiểm tra" sheetId="2" r:id="rId4"/><x:sheet name="Biểu mẫu"');
    const bytes = await zipArchive(
      [...parts].map(([name, text]) => ({ name, data: [new TextEncoder().encode(text)] })),
      new Date(Date.UTC(2000, 0, 1)),
    );
    const workbook = XLSX.read(bytes, { type: "buffer" });
    expect(workbook.SheetNames).toEqual(["Kết quả kiểm tra", "Biểu mẫu"]);
    expect(workbook.Sheets["Biểu mẫu"]?.B3?.c?.[0]?.t).toContain("lỗi BC212");
  });
});
