import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type MutatedFile, mutations } from "../../scripts/hostile-mutations.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { readableInProcess } from "../../src/read/in-process.js";
import { runFiles } from "../../src/run/run-files.js";
import { expectPrototypeUntouched } from "./hostile-run.js";

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)]))
    .sort();
}

/**
 * Every form and appendix fixture mutated 16 ways, every file of the format corpus (each container and
 * encoding) and of the files found in the wild (Excel 2.x-4.0, .fods, parts under other names) 6 ways.
 */
const CASES: MutatedFile[] = [
  ...[...files("fixtures/forms"), ...files("fixtures/appendix")].map((file) => [file, 16] as const),
  ...[...files("fixtures/formats"), ...files("fixtures/wild")].map((file) => [file, 6] as const),
].flatMap(([file, count], i) => mutations(file.replace(/[/\\]/g, "_"), readFileSync(file), count, i + 1));

/** The contract: a result or a BC101 naming the file, never a crash, a hang or a bound crossed. */
function expectContract(run: Awaited<ReturnType<typeof runFiles>>, cases: readonly MutatedFile[]): void {
  const names = new Set(cases.map((c) => c.name));
  expect(run.files.map((f) => f.file)).toEqual(cases.map((c) => c.name));
  for (const d of run.diagnostics) expect(names.has(d.file), `${d.code} names ${d.file}`).toBe(true);
  const bounds = run.diagnostics.filter((d) => d.code === "BC101" && ["crashed", "time-limit", "memory-limit"].includes(d.args?.reason ?? ""));
  expect(bounds.map((d) => `${d.file}: ${d.args?.reason ?? ""}`)).toEqual([]);
  expect(run.consolidation.totals.total.isFinite()).toBe(true);
  expectPrototypeUntouched();
}

describe(`mutation fuzzing: ${CASES.length} seeded mutations of the fixtures (bytes flipped, cut, duplicated; parts of containers damaged)`, () => {
  it("covers a few hundred cases from every kind of container", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(300);
    expect(new Set(CASES.map((c) => c.name.split(".").at(-1))).size).toBeGreaterThanOrEqual(6);
  });

  it("in workers, as a run of many files goes: every file a result or a BC101 naming it, none over its bounds", async () => {
    const run = await runFiles(CASES, defaultPlan(), { workers: 2, fileTimeMs: 20_000 });
    expectContract(run, CASES);
  });

  // No time bound here: a hang is caught by this generous timeout, and the time per file is measured by `npm run bench`.
  it(
    "in this thread, for the files a single-file run reads there: the same, with no bound to save it",
    async () => {
      const local: MutatedFile[] = [];
      for (const c of CASES) if (await readableInProcess(c.bytes, 256 * 1024)) local.push(c);
      // Nearly half: every .xls (Excel 2.x-4.0 ones too), HTML table and flat ODS goes to a worker.
      expect(local.length).toBeGreaterThan(CASES.length * 0.45);
      const run = await runFiles(local, defaultPlan(), { workers: 0 });
      expectContract(run, local);
    },
    CASES.length * 1_000,
  );
});
