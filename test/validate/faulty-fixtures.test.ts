import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { runFiles, type RunResult } from "../../src/api/run-files.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { RULES } from "../../src/validate/registry.js";

const FOLDER = "fixtures/faulty";

interface Manifest {
  readonly [file: string]: { readonly with?: readonly string[]; readonly findings: ReadonlyArray<{ code: string; sheet?: string; cell?: string }> };
}

const manifest = JSON.parse(readFileSync(`${FOLDER}/expected.json`, "utf8")) as Manifest;
const where = (f: { code: string; sheet?: string | undefined; cell?: string | undefined }) => [f.code, f.sheet ?? "", f.cell ?? ""].join(" ");

describe("fixtures/faulty: one fault per file, each found at its cell", () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await runFiles([FOLDER], defaultPlan(), { workers: 0 });
  });

  it("lists every workbook of the folder in expected.json, named after its rule", () => {
    const files = readdirSync(FOLDER).filter((name) => name.endsWith(".xlsx"));
    expect(Object.keys(manifest).sort()).toEqual(files.sort());
    for (const name of files) expect(RULES.some((rule) => name === `${rule.code}-${rule.name}.xlsx`), name).toBe(true);
  });

  it("has a fixture for every rule a file shows while being read", () => {
    const fileRules = RULES.filter((rule) => rule.stage === "read" || rule.stage === "layout" || rule.stage === "parse");
    for (const rule of fileRules) expect(manifest[`${rule.code}-${rule.name}.xlsx`], rule.code).toBeDefined();
  });

  for (const [name, entry] of Object.entries(manifest)) {
    it(`${name}: ${entry.findings.map(where).join("; ")}`, () => {
      const found = run.diagnostics.filter((d) => d.file === `${FOLDER}/${name}`).map(where);
      expect(found.sort()).toEqual(entry.findings.map(where).sort());
    });
  }

  it("BC101: the truncated workbook is a finding naming the file, and all the others are still checked", () => {
    const unreadable = run.diagnostics.filter((d) => d.code === "BC101");
    expect(unreadable.map((d) => [d.file, d.severity])).toEqual([[`${FOLDER}/BC101-file-unreadable.xlsx`, "error"]]);
    expect(run.files).toHaveLength(Object.keys(manifest).length);
    expect(new Set(run.diagnostics.map((d) => d.file)).size).toBe(Object.keys(manifest).length);
  });

  it("BC107: the agency name typed in TCVN3 is converted and matched to the registry", () => {
    const converted = run.diagnostics.filter((d) => d.code === "BC107");
    expect(converted.map((d) => [d.severity, d.cell, d.args?.count])).toEqual([["info", "B9", "1"]]);
    const agencies = run.consolidation.sections.flatMap((s) => s.agencies);
    expect(agencies.find((a) => a.sources.some((s) => s.file.endsWith("BC107-legacy-encoding-converted.xlsx")))).toMatchObject({ name: "Sở Tư pháp", known: true });
  });
});
