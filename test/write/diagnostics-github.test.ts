import { describe, expect, it } from "vitest";
import { diagnosticsAsGithub } from "../../src/write/diagnostics-as-github.js";
import { SAMPLE } from "./sample-diagnostics.js";

describe("diagnosticsAsGithub", () => {
  it("writes one workflow command per finding: level, file, sheet row as line, code as title, details escaped", () => {
    expect(diagnosticsAsGithub(SAMPLE, "en").split("\n")).toEqual([
      "::error file=phu-luc/hong.xlsx,title=BC101::The file cannot be read (not a spreadsheet).%0A→ Open the file in Excel and save it again as .xlsx.",
      "::error file=phu-luc/so-y-te.xlsx,line=14,title=BC212::Biểu mẫu!E14: Column Total: stated 65,000, sub-rows add up to 65,562.5.%0A1.2 Bệnh án điện tử%0Aexpected: 65,562.5 · actual: 65,000%0A→ Fix the subtotal or use a SUM formula.",
      '::warning file=phu-luc/so-y-te.xlsx,line=15,title=BC203::Biểu mẫu!F15: "1.5" is ambiguous; read as 1.5.%0A1.3 Số hóa hồ sơ, "bệnh án"%0Aexpected: 1.5 · actual: 1.5%0A→ Use . for thousands and , for decimals.',
      "::notice file=phu-luc/so-tu-phap.xlsx,line=9,title=BC107::Sheet1!B9: Converted 3 cells from TCVN3 (ABC) to Unicode (B9:B11).",
      "",
    ]);
  });

  it("escapes % in the message and : , in the file name", () => {
    const line = diagnosticsAsGithub([{ code: "BC201", severity: "error", file: "a:b,c%.xlsx", sheet: "S", cell: "E5", row: 5, actual: "50%" }], "en");
    expect(line).toBe(
      '::error file=a%3Ab%2Cc%25.xlsx,line=5,title=BC201::S!E5: Amount is not a number: "50%25".%0Aactual: 50%25%0A→ Enter a number, e.g. 1.090 or 0,5.\n',
    );
  });
});
