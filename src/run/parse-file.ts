import { basename, extname } from "node:path";
import type { Submission } from "../data/budget-row.js";
import type { Diagnostic, Finding } from "../data/diagnostic.js";
import type { FileFacts } from "../data/file-report.js";
import type { Grid } from "../data/grid.js";
import { findFormSheets } from "../layout/form-sheets.js";
import { ownOutputOf } from "../layout/own-output.js";
import { parseSheet } from "../parse/parse-sheet.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { gridFromBytes, type ReadResult, readGrid } from "../read/read-file.js";
import { withCellFormulas } from "../validate/cell-formulas.js";
import { checkSubmission, classify } from "../validate/validate.js";
import type { Input } from "./input.js";

/**
 * One file read, parsed and checked on its own: the unit of work a worker does. Its diagnostics are
 * counted only once the rules across files have run (`runFiles`).
 */
export interface FileResult {
  readonly facts: FileFacts;
  readonly submissions: readonly Submission[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads, parses and checks one file (only the sheet `sheet` when given; every form as `agency`'s plan
 * when given, `--agency`). Never throws on bad input: whatever goes wrong is a diagnostic naming the file.
 */
export async function parseFile(file: string, index: PlanIndex, sheet?: string, agency?: string): Promise<FileResult> {
  return parseRead(file, await readGrid(file), index, sheet, agency);
}

/** Reads, parses and checks one file given as a path or as bytes in memory (see `parseFile`). */
export async function parseInput(input: Input, index: PlanIndex, sheet?: string, agency?: string): Promise<FileResult> {
  return typeof input === "string"
    ? parseFile(input, index, sheet, agency)
    : parseRead(input.name, await gridFromBytes(input.name, input.bytes), index, sheet, agency);
}

function parseRead(file: string, read: ReadResult, index: PlanIndex, sheet: string | undefined, agency: string | undefined): FileResult {
  const findings: Finding[] = read.ok ? [...read.findings] : [];
  const submissions: Submission[] = read.ok ? submissionsOf(read.grid, index, findings, sheet, agency) : [];
  if (!read.ok) findings.push(read.finding);
  if (read.ok) for (const submission of submissions) findings.push(...withCellFormulas(checkSubmission(submission, index), read.grid));
  const diagnostics = classify(findings);
  // Said here, where the grid is, and acted on by the run: a rollup reads our appendices on purpose.
  const ownOutput = read.ok ? ownOutputOf(read.grid) : undefined;
  return {
    facts: {
      file,
      sha256: read.ok ? read.sha256 : undefined,
      sheets: submissions.map((s) => s.sheet),
      agencies: [...new Set(submissions.flatMap((s) => s.agencies.map((a) => a.name)))],
      rowsRead: submissions.reduce((n, s) => n + s.rowsRead, 0),
      ...(ownOutput === undefined ? {} : { ownOutput }),
    },
    submissions,
    diagnostics,
  };
}

/**
 * Parses the form sheet(s) of a grid (found by content, or the one `sheet` names) into submissions,
 * each as `agency`'s plan when given; the findings of finding them (other sheets skipped, a missing
 * header) go to `findings`.
 */
export function submissionsOf(grid: Grid, index: PlanIndex, findings: Finding[], sheet?: string, agency?: string): Submission[] {
  const label = basename(grid.file, extname(grid.file));
  const found = findFormSheets(grid, index, sheet);
  findings.push(...found.findings);
  return found.layouts.map((layout) => parseSheet(grid.file, layout, index, label, findings, grid.template, agency));
}
