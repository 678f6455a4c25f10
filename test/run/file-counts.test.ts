import { describe, expect, it } from "vitest";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { runFiles } from "../../src/run/run-files.js";
import { countBySeverity } from "../../src/validate/file-status.js";

describe("a file's counts", () => {
  it("are its diagnostics counted, those of the rules across files (BC404, BC405) and an unreadable file's included", async () => {
    const run = await runFiles(["fixtures/faulty", "fixtures/forms/01-van-phong-tinh-uy.xlsx"], defaultPlan(), { workers: 0, versions: "all" });
    expect(run.files.length).toBeGreaterThan(20);
    for (const report of run.files)
      expect({ file: report.file, ...countBySeverity(run.diagnostics.filter((d) => d.file === report.file)) }).toEqual({
        file: report.file,
        errors: report.errors,
        warnings: report.warnings,
        infos: report.infos,
      });
    const crossFile = run.diagnostics.filter((d) => d.code === "BC404" || d.code === "BC405");
    expect(crossFile.length).toBeGreaterThan(0);
    expect(run.files.find((f) => f.file.endsWith("BC101-file-unreadable.xlsx"))).toMatchObject({ errors: 1, sheets: [] });
  });
});
