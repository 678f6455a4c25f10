import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formRows, numericCellsXlsx } from "../../scripts/hostile-sheets.js";
import { isAmountNumber, MAX_AMOUNT, parseVietnameseNumber } from "../../src/parse/vietnamese-number.js";
import { totalsAsJson } from "../../src/write/totals-as-json.js";
import { runBytes, runInputs, writeInputs } from "./hostile-run.js";

/** Text decimal.js would read as a number (or as NaN/Infinity), which no Vietnamese form writes. */
const HOSTILE_TEXT = ["1e6", "1E6", "1e308", "-1e308", "Infinity", "-Infinity", "NaN", "0x10", "0b11", "0o17", "+5", "1_000", ".5", "5.", "١٢٣"];

describe("amounts written as text: a strict pattern before decimal.js", () => {
  it.each(HOSTILE_TEXT)("%j is not an amount", (text) => {
    expect(parseVietnameseNumber(text).kind).toBe("invalid");
    expect(parseVietnameseNumber(text, "en").kind).toBe("invalid");
    expect(parseVietnameseNumber(text, "vi").kind).toBe("invalid");
  });

  it("reads amounts up to 15 digits exactly and refuses 10^15 or more, in either convention", () => {
    const read = (text: string, convention?: "vi" | "en") => {
      const result = parseVietnameseNumber(text, convention);
      return result.kind === "number" ? result.value.toFixed() : result.kind;
    };
    expect(read("999.999.999.999.999")).toBe("999999999999999");
    expect(read("999999999999999,999999")).toBe("999999999999999.999999");
    expect(read("1.000.000.000.000.000")).toBe("invalid");
    expect(read("1234567890123456789012345")).toBe("invalid");
    expect(read("1,234,567,890,123,456", "en")).toBe("invalid");
    expect(read("-999.999.999.999.999")).toBe("-999999999999999");
    expect(read("(1.000.000.000.000.000)")).toBe("invalid");
  });

  it("never returns a value decimal.js would print as NaN, Infinity or in exponent notation", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789.,- ()eExXInfinityNaNđồng"), maxLength: 40 }), (text) => {
        const result = parseVietnameseNumber(text);
        if (result.kind !== "number") return;
        expect(result.value.isFinite()).toBe(true);
        expect(result.value.abs().lt(MAX_AMOUNT)).toBe(true);
        expect(result.value.toFixed()).toMatch(/^-?\d+(\.\d+)?$/);
      }),
      { seed: 8, numRuns: 2_000 },
    );
  });
});

describe("amounts stored as numbers that no amount can be", () => {
  it("tells finite amounts below 10^15 from the rest", () => {
    expect([0, -5, 1e6, 999_999_999_999_999, 5e-324].map(isAmountNumber)).toEqual([true, true, true, true, true]);
    expect([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e15, -1e15, 1e308, Number.MAX_VALUE].map(isAmountNumber)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("NaN, Infinity, ±1e308 and 1e15 in numeric cells are BC201 at their cells, and every total stays a plain decimal", async () => {
    const { run } = await runBytes("numbers.xlsx", numericCellsXlsx({ D6: "NaN", F6: "Infinity", D7: "1e308", F7: "-1e308", G7: "1e15" }));
    const notNumbers = run.diagnostics.filter((d) => d.code === "BC201").map((d) => [d.cell, d.actual]);
    expect(notNumbers.sort()).toEqual([
      ["D6", "NaN"],
      ["D7", "1e+308"],
      ["F6", "Infinity"],
      ["F7", "-1e+308"],
      ["G7", "1000000000000000"],
    ]);
    expect(run.diagnostics.filter((d) => d.code !== "BC201").map((d) => d.code)).toEqual(["BC213", "BC213", "BC213"]);
    const json = totalsAsJson(run.consolidation, run.diagnostics);
    expect(json.match(/NaN|Infinity|\de[+-]/g)).toBeNull();
    expect(JSON.parse(json)).toMatchObject({ total: "0", byYear: {} });
  });

  it("10^15 + 299 in a numeric cell is BC201 while 999,999,999,999,999 is read exactly (and found not to add up, BC213)", async () => {
    const { run } = await runBytes("edges.xlsx", numericCellsXlsx({ D5: "1000000000000299", F5: "999999999999999" }));
    expect(run.diagnostics.map((d) => [d.code, d.cell])).toEqual([
      ["BC201", "D5"],
      ["BC213", "F5"],
    ]);
    expect(run.consolidation.totals.total.toFixed()).toBe("300");
  });

  it("hostile text in a CSV form's amount cells: BC201 at each cell, the other amounts still counted", async () => {
    const rows = formRows().map((row) => row.map((cell) => (cell === null ? "" : String(cell))));
    const bait = ["1e6", "0x10", "Infinity", "NaN", "1234567890123456789012345"];
    const extra = bait.map((text, i) => [`1.${i + 3}`, `Nhiệm vụ ${i + 3}`, "2025", text, "CTX", "", "", "x", ""]);
    const csv = [...rows, ...extra].map((row) => row.join(";")).join("\n");
    const { run } = await runInputs(writeInputs([["so-lieu.csv", csv]]));
    expect(run.diagnostics.filter((d) => d.code === "BC201").map((d) => d.actual)).toEqual(bait);
    expect(run.consolidation.totals.total.toFixed()).toBe("300");
  });
});
