import { describe, expect, it } from "vitest";
import { codesAt, readFixture } from "./read-fixture.js";

const DIR = "fixtures/formats/container";

describe("files whose bytes are a table whatever their name", () => {
  it("reads a CSV saved as .xlsx by its bytes", async () => {
    const read = await readFixture(`${DIR}/csv-named.xlsx`);
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    expect(read.diagnostics).toEqual([]);
  });

  it("reads an HTML table saved as .xls, keeping amounts as typed text", async () => {
    const read = await readFixture(`${DIR}/html-table.xls`);
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    expect(read.agencies).toEqual(["Sở Tư pháp"]);
    expect(read.diagnostics).toEqual([]);
  });
});

describe("files that are no spreadsheet, or cannot be opened, get a clear BC101", () => {
  it.each([
    ["empty.csv", "empty"],
    ["text-note.xls", "not-a-spreadsheet, no-table"],
    ["html-no-table.xls", "not-a-spreadsheet, HTML/XML, no-table"],
    ["pdf-named.xlsx", "not-a-spreadsheet, PDF"],
    ["zip-without-workbook.xlsx", "not-a-spreadsheet, ZIP"],
    ["truncated.xlsx", "zip-truncated"],
    ["password.xls", "password-protected"],
    ["password.ods", "password-protected"],
    ["password.xlsx", "password-protected"],
  ])("%s: %s", async (file, reason) => {
    const read = await readFixture(`${DIR}/${file}`);
    expect(read.diagnostics).toEqual([{ file: `${DIR}/${file}`, code: "BC101", severity: "error", args: { reason } }]);
    expect(read.total).toBe("0");
  });

  it("says why in words, in both languages", async () => {
    const { diagnosticMessage } = await import("../../src/write/diagnostic-message.js");
    const [pdf] = (await readFixture(`${DIR}/pdf-named.xlsx`)).diagnostics;
    const [zip] = (await readFixture(`${DIR}/truncated.xlsx`)).diagnostics;
    if (!pdf || !zip) throw new Error("expected findings");
    expect(diagnosticMessage(pdf, "vi")).toBe("Không đọc được tệp (không phải tệp bảng tính, PDF).");
    expect(diagnosticMessage(zip, "en")).toBe("The file cannot be read (the ZIP structure is cut off or damaged).");
  });

  it("a control: the workbook the broken ones were made from reads cleanly", async () => {
    const read = await readFixture(`${DIR}/standard.xlsx`);
    expect(read.total).toBe("300");
    expect(codesAt(read)).toEqual([]);
  });
});
