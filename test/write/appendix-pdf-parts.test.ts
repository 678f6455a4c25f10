import { describe, expect, it } from "vitest";
import { Money } from "../../src/data/money.js";
import { figureText } from "../../src/write/pdf/pdf-table.js";
import { dateLine } from "../../src/write/pdf/signature-block.js";

describe("the PDF appendix's texts", () => {
  it("dates the signature block at the plan's place, or with no place when the plan names none", () => {
    expect(dateLine("Quảng Ngãi")).toBe("Quảng Ngãi, ngày … tháng … năm …");
    expect(dateLine("  ")).toBe("Ngày … tháng … năm …");
  });

  it("writes amounts with Vietnamese separators, and none or zero as `-`, as the workbook shows them", () => {
    expect(figureText({ kind: "value", value: new Money("148165") })).toBe("148.165");
    expect(figureText({ kind: "sum", rows: [8, 9], value: new Money("1234.25") })).toBe("1.234,25");
    expect(figureText({ kind: "value", value: undefined })).toBe("-");
    expect(figureText({ kind: "sum", rows: [], value: new Money("0") })).toBe("-");
  });
});
