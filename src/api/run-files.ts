import { basename, extname } from "node:path";
import type { Submission } from "../data/budget-row.js";
import type { Diagnostic, Finding } from "../data/diagnostic.js";
import type { Grid } from "../data/grid.js";
import { consolidate, type Consolidation } from "../aggregate/consolidate.js";
import { findLayout } from "../layout/find-layout.js";
import { parseSheet } from "../parse/parse-sheet.js";
import type { Plan } from "../plan/schema.js";
import { expandInputs } from "../read/expand-inputs.js";
import { readGrid } from "../read/read-file.js";
import { checkSubmission, classify } from "../validate/validate.js";

/** What became of one input file. */
export interface FileReport {
  readonly file: string;
  readonly sha256: string | undefined;
  readonly sheets: readonly string[];
  readonly agencies: readonly string[];
  readonly rowsRead: number;
  readonly errors: number;
  readonly warnings: number;
}

/** Everything a run over some inputs produced: the consolidation, the diagnostics, the files. */
export interface RunResult {
  readonly consolidation: Consolidation;
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly FileReport[];
  readonly submissions: readonly Submission[];
}

/**
 * Reads, parses, checks and consolidates the given files and folders. Never throws on bad input:
 * every problem is a diagnostic, and a broken file never stops the others.
 */
export async function runFiles(inputs: readonly string[], plan: Plan): Promise<RunResult> {
  const expanded = await expandInputs(inputs);
  const diagnostics: Diagnostic[] = classify(expanded.findings);
  const files: FileReport[] = [];
  const submissions: Submission[] = [];
  for (const file of expanded.files) {
    const read = await readGrid(file);
    const findings: Finding[] = [];
    let fileSubmissions: Submission[] = [];
    if (read.ok) fileSubmissions = submissionsOf(read.grid, plan, findings);
    else findings.push(read.finding);
    for (const submission of fileSubmissions) findings.push(...checkSubmission(submission));
    const classified = classify(findings);
    diagnostics.push(...classified);
    submissions.push(...fileSubmissions);
    files.push({
      file,
      sha256: read.ok ? read.sha256 : undefined,
      sheets: fileSubmissions.map((s) => s.sheet),
      agencies: [...new Set(fileSubmissions.flatMap((s) => s.agencies.map((a) => a.name)))],
      rowsRead: fileSubmissions.reduce((n, s) => n + s.rowsRead, 0),
      errors: classified.filter((d) => d.severity === "error").length,
      warnings: classified.filter((d) => d.severity === "warning").length,
    });
  }
  return { consolidation: consolidate(submissions, plan), diagnostics, files, submissions };
}

/** Parses every sheet of a grid that holds a form; reports the first sheet's problem if none does. */
export function submissionsOf(grid: Grid, plan: Plan, findings: Finding[]): Submission[] {
  const label = basename(grid.file, extname(grid.file));
  const submissions: Submission[] = [];
  let firstFailure: readonly Finding[] | undefined;
  for (const sheet of grid.sheets) {
    const result = findLayout(grid.file, sheet, plan);
    if (!result.layout) {
      firstFailure ??= result.findings;
      continue;
    }
    findings.push(...result.findings);
    submissions.push(parseSheet(grid.file, result.layout, plan, label, findings));
  }
  if (submissions.length === 0) findings.push(...(firstFailure ?? [{ file: grid.file, code: "BC102" }]));
  return submissions;
}
