import type { Diagnostic } from "../../src/data/diagnostic.js";
import { runFiles, type RunResult } from "../../src/run/run-files.js";
import { defaultPlan } from "../../src/plan/load-plan.js";

/** What a test needs to know of a fixture read end to end. */
export interface FixtureRead {
  readonly total: string;
  readonly byYear: Readonly<Record<string, string>>;
  readonly agencies: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  readonly result: RunResult;
}

/** Reads fixture files through the whole pipeline, in this thread, and summarises the totals. */
export async function readFixture(...files: string[]): Promise<FixtureRead> {
  const result = await runFiles(files, defaultPlan(), { workers: 0 });
  const totals = result.consolidation.totals;
  return {
    total: totals.total.toFixed(),
    byYear: Object.fromEntries([...totals.byYear].map(([year, value]) => [String(year), value.toFixed()])),
    agencies: result.consolidation.sections.flatMap((section) => section.agencies.map((agency) => agency.name)),
    diagnostics: result.diagnostics.filter((d) => d.code !== "BC403"),
    result,
  };
}

/** The diagnostics of a read as `CODE sheet!cell` strings, for exact comparisons. */
export function codesAt(read: FixtureRead): string[] {
  return read.diagnostics.map((d) => `${d.code}${d.sheet !== undefined ? ` ${d.sheet}!${d.cell ?? ""}` : ""}`);
}
