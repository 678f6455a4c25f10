import { describe, expect, it } from "vitest";
import { diagnosticMessage, fillTemplate, formatAmount } from "../../src/write/diagnostic-message.js";

describe("diagnostic messages", () => {
  it("formats exact amounts with the language's separators, leaving other text alone", () => {
    expect(formatAmount("148165", "vi")).toBe("148.165");
    expect(formatAmount("-1234.25", "vi")).toBe("-1.234,25");
    expect(formatAmount("1234567.5", "en")).toBe("1,234,567.5");
    expect(formatAmount("0.000001", "en")).toBe("0.000001");
    expect(formatAmount("4,5", "vi")).toBe("4,5");
  });

  it("keeps a [part] only when every value it names is there", () => {
    const values = new Map([
      ["formula", "SUM(E1:E3)"],
      ["actual", ""],
    ]);
    expect(fillTemplate("Công thức[ ={formula}] lỗi[ ({actual})].", values)).toBe("Công thức =SUM(E1:E3) lỗi.");
    expect(fillTemplate("[{missing} ]x", new Map())).toBe("x");
  });

  it("writes a rule's terms in the language asked for, token by token, and unknown tokens as they are", () => {
    const base = { code: "BC103" as const, severity: "error" as const, file: "a.xlsx" };
    expect(diagnosticMessage({ ...base, args: { columns: "name, amount" } }, "vi")).toBe("Thiếu cột bắt buộc: tên nhiệm vụ, kinh phí.");
    expect(diagnosticMessage({ ...base, args: { columns: "amount, foo" } }, "en")).toBe("Required column missing: amount, foo.");
  });

  it("fills BC205 with and without the error value", () => {
    const base = { code: "BC205" as const, severity: "error" as const, file: "a.xlsx", args: { formula: "SUM(E10:E12)" } };
    expect(diagnosticMessage(base, "vi")).toBe("Công thức =SUM(E10:E12) không có giá trị hợp lệ.");
    expect(diagnosticMessage({ ...base, actual: "#REF!" }, "en")).toBe("Formula =SUM(E10:E12) has no valid value (error value #REF!).");
  });
});
