import type { Diagnostic } from "../../src/data/diagnostic.js";
import { fileStatuses } from "../../src/validate/file-status.js";

/** A small run's diagnostics: an unreadable file, a sum error and an ambiguous number in one form, an info in another. */
export const SAMPLE: readonly Diagnostic[] = [
  { code: "BC101", severity: "error", file: "phu-luc/hong.xlsx", args: { reason: "not-a-spreadsheet" } },
  {
    code: "BC212",
    severity: "error",
    file: "phu-luc/so-y-te.xlsx",
    sheet: "Biểu mẫu",
    cell: "E14",
    row: 14,
    rowCode: "1.2",
    rowName: "Bệnh án điện tử",
    expected: "65562.5",
    actual: "65000",
    args: { field: "amount" },
  },
  {
    code: "BC203",
    severity: "warning",
    file: "phu-luc/so-y-te.xlsx",
    sheet: "Biểu mẫu",
    cell: "F15",
    row: 15,
    rowCode: "1.3",
    rowName: 'Số hóa hồ sơ, "bệnh án"',
    actual: "1.5",
    expected: "1.5",
  },
  {
    code: "BC107",
    severity: "info",
    file: "phu-luc/so-tu-phap.xlsx",
    sheet: "Sheet1",
    cell: "B9",
    row: 9,
    args: { count: "3", encoding: "TCVN3 (ABC)", cells: "B9:B11" },
  },
];

/** The files of that run, in input order: a clean one among them. */
export const SAMPLE_FILES = fileStatuses(["phu-luc/hong.xlsx", "phu-luc/so-noi-vu.xlsx", "phu-luc/so-tu-phap.xlsx", "phu-luc/so-y-te.xlsx"], SAMPLE);

export const TOOL = { name: "budget", version: "0.1.0" };
