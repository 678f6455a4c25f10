import { describe, expect, it } from "vitest";
import { parseVietnameseNumber } from "../../src/parse/vietnamese-number.js";
import { codesAt, readFixture } from "../read/read-fixture.js";

const DIR = "fixtures/formats/amount";

describe("amounts as agencies type them", () => {
  it.each(["text-vietnamese.xlsx", "text-amounts.csv"])("reads Vietnamese number text (%s): 1.234,5 and 1.050", async (file) => {
    const read = await readFixture(`${DIR}/${file}`);
    expect(read.total).toBe("1354.5");
    expect(read.byYear).toEqual({ 2025: "1050", 2026: "304.5" });
    expect(read.diagnostics).toEqual([]);
  });

  it("reads space and no-break-space grouping and a trailing đ/đồng, in đồng", async () => {
    const read = await readFixture(`${DIR}/text-dong-spaces.xlsx`);
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    expect(read.diagnostics).toEqual([]);
  });

  it("reads (100) as negative and flags it (BC202)", async () => {
    const read = await readFixture(`${DIR}/negative-parentheses.xlsx`);
    expect(read.total).toBe("200");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "90" });
    expect(codesAt(read)).toEqual(["BC202 Biểu mẫu!E7", "BC202 Biểu mẫu!C7"]);
  });

  it("decides 1.5 by the file's evidence: its other amounts are written 1,201.5", async () => {
    const read = await readFixture(`${DIR}/dot-decimal-with-evidence.xlsx`);
    expect(read.total).toBe("1201.5");
    expect(read.byYear).toEqual({ 2025: "1050", 2026: "151.5" });
    expect(read.diagnostics).toEqual([]);
  });

  it("flags 1.5 when nothing in the file decides it (BC203), read as 1.5", async () => {
    const read = await readFixture(`${DIR}/dot-decimal-ambiguous.xlsx`);
    expect(read.total).toBe("301.5");
    expect(read.diagnostics).toMatchObject([
      { code: "BC203", cell: "E7", actual: "1.5", expected: "1.5" },
      { code: "BC203", cell: "C7", actual: "1.5", expected: "1.5" },
    ]);
  });

  it("reads formulas by their cached value", async () => {
    const read = await readFixture(`${DIR}/formula-cached.xlsx`);
    expect(read.total).toBe("300");
    expect(read.diagnostics).toEqual([]);
  });

  it("flags a formula without a cached value (BC205)", async () => {
    const read = await readFixture(`${DIR}/formula-no-cache.xlsx`);
    expect(read.total).toBe("300");
    expect(read.diagnostics).toMatchObject([{ code: "BC205", cell: "C5", args: { formula: "C7+C8" } }]);
  });

  it("flags a formula whose value is an error (BC205), naming the error", async () => {
    const read = await readFixture(`${DIR}/formula-error.xlsx`);
    expect(codesAt(read)[0]).toBe("BC205 Biểu mẫu!C7");
    expect(read.diagnostics[0]).toMatchObject({ actual: "#REF!", args: { formula: "#REF!+C7" } });
  });

  it("reads amount cells with a date format as the numbers they are", async () => {
    const read = await readFixture(`${DIR}/date-formatted.xlsx`);
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    expect(read.diagnostics).toEqual([]);
  });
});

describe("parseVietnameseNumber with the file's convention", () => {
  const read = (text: string, convention?: "vi" | "en") => {
    const result = parseVietnameseNumber(text, convention);
    return result.kind === "number" ? `${result.value.toFixed()}${result.ambiguous ? "?" : ""}` : result.kind;
  };
  it.each([
    ["1.5", undefined, "1.5?"],
    ["1.5", "en", "1.5"],
    ["1.5", "vi", "1.5?"],
    ["1,500", undefined, "1.5?"],
    ["1,500", "vi", "1.5"],
    ["1,500", "en", "1500"],
    ["1,234.5", "en", "1234.5"],
    // Only English writes these: one reading, whatever the file says (a file written both ways is BC220).
    ["1,234.5", undefined, "1234.5"],
    ["2,615,000", undefined, "2615000"],
    ["2,615,000", "vi", "2615000"],
    ["2,615,000.50", undefined, "2615000.5"],
    ["(1,000.25)", "en", "-1000.25"],
    ["1.234,5", "vi", "1234.5"],
    ["1.234.567 đồng", "vi", "1234567"],
  ] as const)("%s (%s) → %s", (text, convention, expected) => {
    expect(read(text, convention)).toBe(expected);
  });
});
