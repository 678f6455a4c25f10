import { describe, expect, it } from "vitest";
import { diagnosticsAsJson } from "../../src/write/diagnostics-as-json.js";
import { SAMPLE, SAMPLE_FILES, TOOL } from "./sample-diagnostics.js";

describe("diagnosticsAsJson", () => {
  const report = JSON.parse(diagnosticsAsJson(SAMPLE, SAMPLE_FILES, { lang: "vi", tool: TOOL })) as Record<string, unknown>;

  it("carries the schema version, the tool, the language and a summary", () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.tool).toEqual({ name: "budget", version: "0.1.0" });
    expect(report.lang).toBe("vi");
    expect(report.summary).toEqual({ files: 4, filesWithFindings: 2, errors: 2, warnings: 1, infos: 1 });
  });

  it("gives every file its status and counts, in input order", () => {
    expect(report.files).toEqual([
      { file: "phu-luc/hong.xlsx", status: "unreadable", errors: 1, warnings: 0, infos: 0 },
      { file: "phu-luc/so-noi-vu.xlsx", status: "ok", errors: 0, warnings: 0, infos: 0 },
      { file: "phu-luc/so-tu-phap.xlsx", status: "info", errors: 0, warnings: 0, infos: 1 },
      { file: "phu-luc/so-y-te.xlsx", status: "error", errors: 1, warnings: 1, infos: 0 },
    ]);
  });

  it("gives every diagnostic all its fields, absent ones as null, exact values, message and hint", () => {
    const diagnostics = report.diagnostics as unknown[];
    expect(diagnostics).toHaveLength(4);
    expect(diagnostics[1]).toEqual({
      code: "BC212",
      name: "parent-not-sum",
      severity: "error",
      message: "Cột Tổng kinh phí: ghi 65.000, tổng các dòng con là 65.562,5.",
      hint: "Sửa số tổng hoặc dùng công thức SUM.",
      file: "phu-luc/so-y-te.xlsx",
      sheet: "Biểu mẫu",
      cell: "E14",
      row: 14,
      rowCode: "1.2",
      rowName: "Bệnh án điện tử",
      expected: "65562.5",
      actual: "65000",
      args: { field: "amount" },
    });
    expect(diagnostics[0]).toMatchObject({
      code: "BC101",
      sheet: null,
      cell: null,
      row: null,
      rowCode: null,
      expected: null,
      actual: null,
      args: { reason: "not-a-spreadsheet" },
    });
  });
});
