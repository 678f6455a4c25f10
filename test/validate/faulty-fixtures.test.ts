import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { type RunResult, runFiles } from "../../src/run/run-files.js";
import { RULES } from "../../src/validate/registry.js";

const FOLDER = "fixtures/faulty";

interface ExpectedFinding {
  readonly code: string;
  readonly sheet?: string | undefined;
  readonly cell?: string | undefined;
  readonly expected?: string | undefined;
  readonly actual?: string | undefined;
  readonly args?: Readonly<Record<string, string>> | undefined;
}

interface Manifest {
  readonly [file: string]: { readonly with?: readonly string[]; readonly findings: readonly ExpectedFinding[] };
}

const manifest = JSON.parse(readFileSync(`${FOLDER}/expected.json`, "utf8")) as Manifest;
const where = (f: ExpectedFinding) => [f.code, f.sheet ?? "", f.cell ?? ""].join(" ");
const hasValues = (f: ExpectedFinding) => f.expected !== undefined || f.actual !== undefined || f.args !== undefined;
/** A finding as its fixture's entry states it: where it is, and its values when the entry gives them. */
const stated = (f: ExpectedFinding, values: boolean) =>
  `${where(f)}${values ? ` ${JSON.stringify([f.expected ?? null, f.actual ?? null, f.args ?? null])}` : ""}`;

describe("fixtures/faulty: one fault per file, each found at its cell", () => {
  let run: RunResult;
  beforeAll(async () => {
    // The folder is a catalogue of independent faults, not one agency's versions: its files are all
    // added up (`--versions all`), so BC405 (Sở Y tế in two files) shows and neither Sở Y tế file is
    // superseded by the other, whatever times a checkout gave them.
    run = await runFiles([FOLDER], defaultPlan(), { workers: 0, versions: "all" });
  });

  it("lists every workbook of the folder in expected.json, named after its rule", () => {
    const files = readdirSync(FOLDER).filter((name) => name.endsWith(".xlsx"));
    expect(Object.keys(manifest).sort()).toEqual(files.sort());
    for (const name of files)
      expect(
        RULES.some((rule) => name === `${rule.code}-${rule.name}.xlsx`),
        name,
      ).toBe(true);
  });

  it("has a fixture for every rule a file shows while being read", () => {
    const fileRules = RULES.filter((rule) => rule.stage === "read" || rule.stage === "layout" || rule.stage === "parse");
    for (const rule of fileRules) expect(manifest[`${rule.code}-${rule.name}.xlsx`], rule.code).toBeDefined();
  });

  for (const [name, entry] of Object.entries(manifest)) {
    it(`${name}: ${entry.findings.map(where).join("; ")}`, () => {
      const values = entry.findings.some(hasValues);
      const found = run.diagnostics.filter((d) => d.file === `${FOLDER}/${name}`).map((d) => stated(d, values));
      expect(found.sort()).toEqual(entry.findings.map((f) => stated(f, values)).sort());
    });
  }

  it("BC101: the truncated workbook is a finding naming the file, and all the others are still checked", () => {
    const unreadable = run.diagnostics.filter((d) => d.code === "BC101");
    expect(unreadable.map((d) => [d.file, d.severity])).toEqual([[`${FOLDER}/BC101-file-unreadable.xlsx`, "error"]]);
    expect(run.files).toHaveLength(Object.keys(manifest).length);
    expect(new Set(run.diagnostics.map((d) => d.file)).size).toBe(Object.keys(manifest).length);
  });

  it("BC213, BC214: a stated subtotal is found at its cell with the column, the sum and the stated figure", () => {
    const sums = run.diagnostics.filter((d) => d.code === "BC213" || d.code === "BC214");
    expect(sums.map((d) => [d.code, d.severity, d.cell, d.args?.field, d.expected, d.actual])).toEqual([
      ["BC213", "error", "E9", "amount", "300", "350"],
      ["BC214", "error", "E12", "amount", "300", "3000"],
    ]);
  });

  it("BC107: the agency name typed in TCVN3 is converted and matched to the registry", () => {
    const converted = run.diagnostics.filter((d) => d.code === "BC107");
    expect(converted.map((d) => [d.severity, d.cell, d.args?.count])).toEqual([["info", "B9", "1"]]);
    const agencies = run.consolidation.sections.flatMap((s) => s.agencies);
    expect(agencies.find((a) => a.sources.some((s) => s.file.endsWith("BC107-legacy-encoding-converted.xlsx")))).toMatchObject({
      name: "Sở Tư pháp",
      known: true,
    });
  });
});
