import type { Submission } from "../data/budget-row.js";
import type { Diagnostic } from "../data/diagnostic.js";
import { consolidate, type Consolidation } from "../aggregate/consolidate.js";
import type { Plan } from "../plan/schema.js";
import { expandInputs } from "../read/expand-inputs.js";
import { classify } from "../validate/validate.js";
import { parseFile, type FileReport } from "./parse-file.js";

export type { FileReport };

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
    const result = await parseFile(file, plan);
    diagnostics.push(...result.diagnostics);
    submissions.push(...result.submissions);
    files.push(result.report);
  }
  return { consolidation: consolidate(submissions, plan), diagnostics, files, submissions };
}
