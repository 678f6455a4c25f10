import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/data/diagnostic.js";
import { countBySeverity, fileStatuses } from "../../src/validate/file-status.js";
import { parseCodeList, selectDiagnostics } from "../../src/validate/select-codes.js";

const d = (code: Diagnostic["code"], severity: Diagnostic["severity"], file: string): Diagnostic => ({ code, severity, file });
const RUN: Diagnostic[] = [
  d("BC101", "error", "missing.xlsx"),
  d("BC212", "error", "a.xlsx"),
  d("BC203", "warning", "a.xlsx"),
  d("BC104", "info", "b.xlsx"),
  d("BC405", "warning", "c.xlsx"),
];

describe("--only and --ignore", () => {
  it("reads codes, rule names and prefixes, in any case, separated by commas or spaces", () => {
    const list = parseCodeList("bc212, years-not-total BC40*");
    expect([...list.codes].sort()).toEqual(["BC211", "BC212", "BC401", "BC402", "BC403", "BC404", "BC405", "BC406", "BC407", "BC408", "BC409"]);
    expect(list.unknown).toEqual([]);
    expect(parseCodeList("BC999,nonsense,BC212").unknown).toEqual(["BC999", "nonsense"]);
  });

  it("keeps only the selected codes, drops the ignored ones, and always keeps BC101", () => {
    expect(selectDiagnostics(RUN, { only: parseCodeList("BC2*").codes }).map((x) => x.code)).toEqual(["BC101", "BC212", "BC203"]);
    expect(selectDiagnostics(RUN, { ignore: parseCodeList("BC101,BC203").codes }).map((x) => x.code)).toEqual(["BC101", "BC212", "BC104", "BC405"]);
    expect(selectDiagnostics(RUN, {})).toEqual(RUN);
  });
});

describe("per-file status", () => {
  it("lists the files read in order, then files only a diagnostic names, each with its worst status", () => {
    expect(fileStatuses(["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"], RUN)).toEqual([
      { file: "a.xlsx", status: "error", errors: 1, warnings: 1, infos: 0 },
      { file: "b.xlsx", status: "info", errors: 0, warnings: 0, infos: 1 },
      { file: "c.xlsx", status: "warning", errors: 0, warnings: 1, infos: 0 },
      { file: "d.xlsx", status: "ok", errors: 0, warnings: 0, infos: 0 },
      { file: "missing.xlsx", status: "unreadable", errors: 1, warnings: 0, infos: 0 },
    ]);
  });

  it("leaves findings about the whole run (no file) out of the files", () => {
    expect(fileStatuses([], [d("BC407", "warning", "")])).toEqual([]);
    expect(countBySeverity(RUN)).toEqual({ errors: 2, warnings: 2, infos: 1 });
  });
});
