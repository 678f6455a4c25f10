import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { readZipEntry } from "../../src/read/zip/zip-lookup.js";
import { templateAsXlsx, templateRows } from "../../src/write/template-as-workbook.js";
import { tempFolder } from "../cli/plan-cli-runner.js";
import { SOFFICE_MISSING, sheetsAsSeenByLibreOffice, soffice } from "../support/libreoffice.js";

const plan = defaultPlan();
const rows = templateRows({ rows: 30 });

/** A part of the package as text. */
function part(bytes: Uint8Array, name: string): string {
  return Buffer.from(readZipEntry(bytes, name) ?? new Uint8Array()).toString("utf8");
}

describe("the blank form is reproducible", () => {
  it("gives the same bytes for the same plan and options, and stamps every entry with the date asked for", async () => {
    const date = new Date(Date.UTC(2025, 6, 1));
    const first = await templateAsXlsx(plan, { agency: "", rows: 30 }, date);
    const second = await templateAsXlsx(plan, { agency: "", rows: 30 }, date);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const view = new DataView(first.buffer, first.byteOffset, first.byteLength);
    expect(view.getUint16(12, true)).toBe(((2025 - 1980) << 9) | (7 << 5) | 1);
    expect(part(first, "docProps/core.xml")).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-07-01T00:00:00Z</dcterms:created>');
    // Without a date, 2000-01-01: never the clock (the CLI passes SOURCE_DATE_EPOCH from its environment).
    expect(Buffer.from(await templateAsXlsx(plan, { agency: "", rows: 30 })).equals(Buffer.from(await templateAsXlsx(plan, { agency: "", rows: 30 })))).toBe(
      true,
    );
  });
});

describe("the blank form keeps what exceljs wrote", () => {
  it("has the drop-downs: funding sources from the hidden list sheet, x in the task groups, and the agency prompt only when no agency is given", async () => {
    const blank = part(await templateAsXlsx(plan, { agency: "", rows: 30 }), "xl/worksheets/sheet1.xml");
    const checks = [...blank.matchAll(/<dataValidation ([^>]*)><formula1>([^<]*)<\/formula1><\/dataValidation>/g)].map(([, attributes, formula]) => ({
      type: /type="(\w+)"/.exec(attributes ?? "")?.[1],
      sqref: /sqref="([^"]+)"/.exec(attributes ?? "")?.[1],
      formula,
    }));
    expect(checks).toEqual([
      { type: "textLength", sqref: `B${rows.agency}`, formula: "0" },
      { type: "list", sqref: `E${rows.firstItem}:E${rows.lastItem}`, formula: "'Danh mục'!$A$2:$A$21" },
      { type: "list", sqref: `K${rows.firstItem}:T${rows.lastItem}`, formula: "&quot;x&quot;" },
    ]);
    expect(blank).toContain('errorStyle="warning" errorTitle="Nguồn vốn"');
    const named = part(await templateAsXlsx(plan, { agency: "Sở Tư pháp", rows: 30 }), "xl/worksheets/sheet1.xml");
    expect(named).not.toContain('type="textLength"');
    expect(named.match(/<dataValidation /g)).toHaveLength(2);
  });

  it("has the widths, frozen header and code columns, A4 landscape two pages wide, print titles, recalculation on load, and the hidden lists", async () => {
    const bytes = await templateAsXlsx(plan, { agency: "", rows: 30 });
    const sheet = part(bytes, "xl/worksheets/sheet1.xml");
    const widths = [...sheet.matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)].map(([, col, width]) => [Number(col), Number(width)]);
    expect(widths).toEqual([
      [1, 6],
      [2, 30],
      [3, 24],
      [4, 10],
      [5, 10],
      ...[6, 7, 8, 9, 10].map((c) => [c, 11]),
      ...[11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((c) => [c, 11]),
      [21, 20],
    ]);
    expect(sheet).toContain('<pane xSplit="2" ySplit="8" topLeftCell="C9" activePane="bottomRight" state="frozen"/>');
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" pageOrder="overThenDown" fitToWidth="2" fitToHeight="0"/>');
    // Tall enough for the longest task-group label, wrapped in its 11-digit column.
    expect(sheet).toContain('<row r="7" ht="213" customHeight="1">');
    const workbook = part(bytes, "xl/workbook.xml");
    expect(workbook).toContain("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Biểu mẫu'!$A:$B,'Biểu mẫu'!$5:$8</definedName>");
    expect(workbook).toContain('<sheet name="Danh mục" sheetId="2" state="hidden" r:id="rId2"/>');
    expect(workbook).toContain('fullCalcOnLoad="1"');
    const styles = part(bytes, "xl/styles.xml");
    // Header cells: Times New Roman 12 bold, centred both ways, wrapped, thin borders; item codes as text (@, id 49).
    expect(styles).toContain(
      '<xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>',
    );
    expect(styles).toContain('<font><b/><sz val="12"/><name val="Times New Roman"/></font>');
    expect(styles).toContain('<xf numFmtId="49" fontId="4"');
    expect(part(bytes, "xl/worksheets/sheet2.xml")).toContain('<col min="2" max="2" width="60" customWidth="1"/>');
    const guide = part(bytes, "xl/worksheets/sheet3.xml");
    expect(guide).toContain('<col min="1" max="1" width="70" customWidth="1"/>');
    expect(guide).toContain('<pageSetup paperSize="9" orientation="portrait"/>');
    // Item 2 of the guide wraps over three lines in its column: its row is three lines of 12-point type tall.
    expect(guide).toMatch(/<row r="5" ht="48" customHeight="1"><c r="A5" s="13" t="inlineStr"><is><t>2\. Mỗi dự án/);
  });
});

describe.skipIf(soffice === undefined)(soffice === undefined ? `LibreOffice (skipped: ${SOFFICE_MISSING})` : "LibreOffice opens the blank form", () => {
  it("with its three sheets, and recalculates the agency and total formulas to 0", { timeout: 90_000 }, async () => {
    const path = join(tempFolder(), "bieu-mau.xlsx");
    writeFileSync(path, await templateAsXlsx(plan, { agency: "Sở Tư pháp", rows: 30 }));
    const seen = await sheetsAsSeenByLibreOffice(path, { recalculate: true });
    expect([...seen.keys()]).toEqual(["Biểu mẫu", "Danh mục", "Hướng dẫn"]);
    const form = seen.get("Biểu mẫu") ?? [];
    expect(form[rows.agency - 1]?.slice(0, 10)).toEqual(["1", "Sở Tư pháp", "", "", "", "0", "0", "0", "0", "0"]);
    expect(form[rows.total - 1]?.slice(1, 6)).toEqual(["Tổng cộng", "", "", "", "0"]);
    expect(seen.get("Danh mục")?.[2]).toEqual(["CTX", "Chi thường xuyên"]);
  });
});
