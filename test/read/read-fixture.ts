import type { Submission } from "../../src/data/budget-row.js";
import type { Diagnostic, Finding } from "../../src/data/diagnostic.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";
import { readGrid } from "../../src/read/read-file.js";
import { submissionsOf } from "../../src/run/parse-file.js";
import { type RunResult, runFiles } from "../../src/run/run-files.js";

/** What a test needs to know of a fixture read end to end. */
export interface FixtureRead {
  readonly total: string;
  readonly byYear: Readonly<Record<string, string>>;
  readonly agencies: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  readonly result: RunResult;
  /** The sheets as parsed, before consolidation: agencies and rows as the forms wrote them. */
  readonly submissions: readonly Submission[];
}

/**
 * Reads fixture files through the whole pipeline, in this thread, and summarises the totals. The files
 * of one call are parts to add (`--versions all`), never versions of each other: fixtures share agencies.
 */
export async function readFixture(...files: string[]): Promise<FixtureRead> {
  const result = await runFiles(files, defaultPlan(), { workers: 0, versions: "all" });
  const totals = result.consolidation.totals;
  return {
    total: totals.total.toFixed(),
    byYear: Object.fromEntries([...totals.byPeriod].map(([year, value]) => [String(year), value.toFixed()])),
    agencies: result.consolidation.sections.flatMap((section) => section.agencies.map((agency) => agency.name)),
    diagnostics: result.diagnostics.filter((d) => d.code !== "BC403"),
    result,
    submissions: await parsedSheets(files),
  };
}

/** The files' form sheets parsed again on their own: a run hands out its consolidation, not its submissions. */
async function parsedSheets(files: readonly string[]): Promise<Submission[]> {
  const submissions: Submission[] = [];
  for (const file of files) {
    const grid = await readGrid(file);
    const findings: Finding[] = [];
    if (grid.ok) submissions.push(...submissionsOf(grid.grid, new PlanIndex(defaultPlan()), findings));
  }
  return submissions;
}

/** The diagnostics of a read as `CODE sheet!cell` strings, for exact comparisons. */
export function codesAt(read: FixtureRead): string[] {
  return read.diagnostics.map((d) => `${d.code}${d.sheet !== undefined ? ` ${d.sheet}!${d.cell ?? ""}` : ""}`);
}
