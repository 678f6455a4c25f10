import { runFiles } from "../api/run-files.js";
import { defaultPlan } from "../plan/load-plan.js";
import type { CommonOptions } from "./common-options.js";
import { EXIT, exitCodeFor } from "./exit-code.js";
import { printTotals } from "./print-totals.js";
import { reportDiagnostics } from "./report-diagnostics.js";
import { err } from "./terminal.js";

/** Runs `budget totals`: the consolidation's totals on stdout, diagnostics on stderr. Returns the exit code. */
export async function runTotals(inputs: readonly string[], options: CommonOptions & { format: string }): Promise<number> {
  const result = await runFiles(inputs, defaultPlan());
  if (result.files.length === 0 && result.diagnostics.length === 0) {
    err(options.lang === "vi" ? "Không tìm thấy tệp biểu mẫu nào.\n" : "No form files found.\n");
    return EXIT.usage;
  }
  reportDiagnostics(result.diagnostics, result.files.length, options);
  printTotals(result.consolidation, result.diagnostics, options.format, options.color);
  return exitCodeFor(result.diagnostics, { strict: options.strict });
}
