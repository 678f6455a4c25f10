import { describe, expect, it } from "vitest";
import { appendixWorkbook, consolidate } from "../../src/api/consolidate.js";
import { readZipEntry } from "../../src/read/zip/zip-lookup.js";
import { outputDate } from "../../src/write/appendix/output-date.js";

describe("the appendix workbook is reproducible", () => {
  it("is byte-identical across two runs, whatever the number of workers", async () => {
    const inputs = ["fixtures/forms", "fixtures/appendix"];
    const first = await appendixWorkbook(await consolidate(inputs, { workers: 0 }));
    const second = await appendixWorkbook(await consolidate(inputs, { workers: 2 }));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("stamps every ZIP entry with the fixed date, 2000-01-01 unless SOURCE_DATE_EPOCH says otherwise", async () => {
    const bytes = await appendixWorkbook(await consolidate(["fixtures/appendix"], { workers: 0 }));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The first local header: time at offset 10, date at 12 (DOS format).
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(10, true)).toBe(0);
    expect(view.getUint16(12, true)).toBe(((2000 - 1980) << 9) | (1 << 5) | 1);
    expect(outputDate({ SOURCE_DATE_EPOCH: "1735689600" }).toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(outputDate({ SOURCE_DATE_EPOCH: "soon" }).toISOString()).toBe("2000-01-01T00:00:00.000Z");
    expect(outputDate({}).toISOString()).toBe("2000-01-01T00:00:00.000Z");
  });
});

describe("the Phụ lục sheet prints as an official appendix", () => {
  it("is A4 landscape with the margins of Decree 30/2020 turned with the page (binding 30 mm on top, 15 mm below, 20 mm each side) and page numbers from 1", async () => {
    const bytes = await appendixWorkbook(await consolidate(["fixtures/forms"], { workers: 0 }));
    const xml = Buffer.from(readZipEntry(bytes, "xl/worksheets/sheet1.xml") ?? new Uint8Array()).toString("utf8");
    expect(xml).toMatch(/<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"/);
    const margins = /<pageMargins left="([\d.]+)" right="([\d.]+)" top="([\d.]+)" bottom="([\d.]+)"/.exec(xml);
    expect(margins?.slice(1).map((inches) => Math.round(Number(inches) * 25.4))).toEqual([20, 20, 30, 15]);
    // Numbered per sheet: `&N` would count the whole workbook's pages, and each sheet starts at 1.
    expect(xml).toContain("Trang &amp;P</oddFooter>");
    expect(xml).toMatch(/<pageSetup[^>]*firstPageNumber="1" useFirstPageNumber="1"/);
  });
});
