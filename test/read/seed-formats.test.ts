import { describe, expect, it } from "vitest";
import { codesAt, readFixture } from "./read-fixture.js";

const SEED = "fixtures/formats/seed";

describe("seed 000 reads to its published totals in every format agencies send", () => {
  it.each([
    ["seed000-form.xls", "Biểu mẫu"],
    ["seed000-form.xlsm", "Biểu mẫu"],
    ["seed000-form.ods", "Biểu mẫu"],
    ["seed000-form-utf8-bom-semicolon.csv", "seed000-form-utf8-bom-semicolon"],
    ["seed000-form-utf8-comma.csv", "seed000-form-utf8-comma"],
    ["seed000-form.tsv", "seed000-form"],
    ["seed000-form-utf16le-tab.txt", "seed000-form-utf16le-tab"],
    ["seed000-form-utf16be-semicolon.csv", "seed000-form-utf16be-semicolon"],
    ["seed000-form-utf16le-nobom-semicolon.csv", "seed000-form-utf16le-nobom-semicolon"],
    ["seed000-form-windows1258-semicolon.csv", "seed000-form-windows1258-semicolon"],
  ])("%s", async (file, sheet) => {
    const read = await readFixture(`${SEED}/${file}`);
    expect(read.total).toBe("148165");
    expect(read.byYear).toEqual({ 2025: "65562", 2026: "82603" });
    expect(read.agencies).toEqual(["Văn phòng Tỉnh ủy", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Sở Tư pháp", "Chi cục Kiểm lâm"]);
    // The one mistake of the seed form: 4,5 under agency 5, placed by position.
    expect(codesAt(read)).toEqual([`BC303 ${sheet}!A25`]);
  });

  it.each(["seed000-appendix.xlsx", "seed000-appendix.ods"])("in the appendix layout (%s): five agencies in one file", async (file) => {
    const read = await readFixture(`${SEED}/${file}`);
    expect(read.total).toBe("148165");
    expect(read.byYear).toEqual({ 2025: "65562", 2026: "82603" });
    expect(read.agencies).toHaveLength(5);
    expect(codesAt(read)).toEqual(["BC303 Phụ lục!A23"]);
  });
});

describe("seed 004 reads to its published total in every format", () => {
  it.each(["seed004-appendix.xls", "seed004-appendix.ods", "seed004-appendix-utf8-bom-semicolon.csv"])("%s", async (file) => {
    const read = await readFixture(`${SEED}/${file}`);
    expect(read.total).toBe("52538");
    expect(read.agencies).toEqual(["Sở Khoa học và Công nghệ"]);
    expect(read.diagnostics).toEqual([]);
  });
});
