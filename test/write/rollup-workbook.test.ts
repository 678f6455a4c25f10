import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { consolidate } from "../../src/api/consolidate.js";
import { rollup } from "../../src/api/rollup.js";
import { readZipEntry } from "../../src/read/zip/zip-lookup.js";
import { rollupAsXlsx } from "../../src/write/rollup-as-workbook.js";

/** A part of the package as text. */
function part(bytes: Uint8Array, name: string): string {
  return Buffer.from(readZipEntry(bytes, name) ?? new Uint8Array()).toString("utf8");
}

describe("the rollup workbook keeps what exceljs wrote", () => {
  it("frozen heading and dimension columns, widths, outline, A4 landscape, print titles, a text-valued ratio, and the same bytes twice", async () => {
    const [forms, appendix] = await Promise.all([consolidate(["fixtures/forms"], { workers: 0 }), consolidate(["fixtures/appendix"], { workers: 0 })]);
    const result = await rollup(
      [
        { label: "2025", consolidation: forms.consolidation },
        { label: "2026", consolidation: appendix.consolidation },
      ],
      { by: ["agency", "source"] },
    );
    if (!result.ok) throw new Error("rollup failed");
    const date = new Date(Date.UTC(2025, 0, 1));
    const bytes = await rollupAsXlsx(result.pivot, result.inputs, "Tổng hợp", date);
    expect(Buffer.from(await rollupAsXlsx(result.pivot, result.inputs, "Tổng hợp", date)).equals(Buffer.from(bytes))).toBe(true);

    const sheet = part(bytes, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<pane xSplit="2" ySplit="5" topLeftCell="C6" activePane="bottomRight" state="frozen"/>');
    const widths = [...sheet.matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)].map(([, , width]) => Number(width));
    expect(widths.slice(0, 3)).toEqual([45, 24, 16]);
    expect(sheet).toMatch(/<row r="\d+" outlineLevel="1">/);
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(part(bytes, "xl/workbook.xml")).toContain("'Tổng hợp nhiều năm'!$5:$5</definedName>");
    expect(part(bytes, "xl/worksheets/sheet2.xml")).toContain('<col min="3" max="3" width="18" style="11" customWidth="1"/>');

    const read = XLSX.read(bytes, { cellFormula: true, cellNF: true }).Sheets["Tổng hợp nhiều năm"];
    const cells = Object.entries(read ?? {}).filter(([address]) => !address.startsWith("!"));
    // A ratio over a year without money is the empty text, as Excel computes it.
    expect(cells.some(([, cell]) => cell.t === "s" && cell.v === "" && String(cell.f).startsWith("IF("))).toBe(true);
    expect(cells.filter(([, cell]) => String(cell.f).startsWith("IF(")).every(([, cell]) => cell.z === "0.0%")).toBe(true);
  });
});
