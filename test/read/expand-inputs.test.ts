import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandInputs, isExcelLockFile, missingInputs } from "../../src/read/expand-inputs.js";

describe("expandInputs", () => {
  it("searches a folder recursively, sorted by path", async () => {
    const { files, findings } = await expandInputs(["fixtures/forms"]);
    expect(findings).toEqual([]);
    expect(files).toEqual([
      "fixtures/forms/01-van-phong-tinh-uy.xlsx",
      "fixtures/forms/02-chi-cuc-kiem-lam.xlsx",
      "fixtures/forms/03-so-noi-vu.xlsx",
      "fixtures/forms/04-so-tu-phap.xlsx",
      "fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx",
    ]);
  });

  it.each([
    ["fixtures/forms/0[12]-*.xlsx", ["fixtures/forms/01-van-phong-tinh-uy.xlsx", "fixtures/forms/02-chi-cuc-kiem-lam.xlsx"]],
    [
      "fixtures/forms/*-so-*.xlsx",
      ["fixtures/forms/03-so-noi-vu.xlsx", "fixtures/forms/04-so-tu-phap.xlsx", "fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx"],
    ],
    ["fixtures/**/seed004-*.xlsx", ["fixtures/appendix/seed004-skhcn-2025.xlsx"]],
    ["fixtures/forms/0?-so-tu-phap.xlsx", ["fixtures/forms/04-so-tu-phap.xlsx"]],
  ])("expands the glob %j itself (for shells that do not)", async (glob, expected) => {
    const { files, findings } = await expandInputs([glob]);
    expect(findings).toEqual([]);
    expect(files).toEqual(expected);
  });

  it("reports a glob that matches nothing, and a path that does not exist, as BC101 not-found", async () => {
    const { files, findings } = await expandInputs(["fixtures/forms/*.ods", "no/such/file.xlsx"]);
    expect(files).toEqual([]);
    expect(findings.map((f) => [f.file, f.code, f.args?.reason])).toEqual([
      ["fixtures/forms/*.ods", "BC101", "not-found"],
      ["no/such/file.xlsx", "BC101", "not-found"],
    ]);
  });

  it("reads a file named twice once", async () => {
    const { files } = await expandInputs(["fixtures/forms/04-so-tu-phap.xlsx", "fixtures/forms/04-*.xlsx"]);
    expect(files).toEqual(["fixtures/forms/04-so-tu-phap.xlsx"]);
  });

  it("skips Excel's lock file when it is named (a shell glob names it), as in a folder", async () => {
    const folder = mkdtempSync(join(tmpdir(), "budget-expand-"));
    const form = join(folder, "04.xlsx");
    copyFileSync("fixtures/forms/04-so-tu-phap.xlsx", form);
    writeFileSync(join(folder, "~$04.xlsx"), "\u0005ngoc");
    expect(await expandInputs([join(folder, "~$04.xlsx"), form])).toEqual({ files: [form], findings: [] });
    expect(await expandInputs([folder])).toEqual({ files: [form], findings: [] });
    expect([isExcelLockFile(join(folder, "~$04.xlsx")), isExcelLockFile(form)]).toEqual([true, false]);
  });

  it("names, before reading, the inputs that name nothing: a missing path, a glob matching nothing", async () => {
    expect(await missingInputs(["fixtures/forms", "fixtures/forms/*.ods", "no/such/folder", "fixtures/forms/04-so-tu-phap.xlsx"])).toEqual([
      { input: "fixtures/forms/*.ods", glob: true },
      { input: "no/such/folder", glob: false },
    ]);
  });
});
