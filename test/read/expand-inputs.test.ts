import { describe, expect, it } from "vitest";
import { expandInputs } from "../../src/read/expand-inputs.js";

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
    ["fixtures/forms/*-so-*.xlsx", ["fixtures/forms/03-so-noi-vu.xlsx", "fixtures/forms/04-so-tu-phap.xlsx", "fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx"]],
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
});
