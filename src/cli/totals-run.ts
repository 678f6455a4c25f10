import { Chalk } from "chalk";
import { parseDimensions } from "../aggregate/pivot.js";
import { totals } from "../api/totals.js";
import { pivotAsCsv } from "../write/pivot-as-csv.js";
import { pivotAsJson } from "../write/pivot-as-json.js";
import { pivotAsTable } from "../write/pivot-as-table.js";
import type { CommonOptions, FileLimits } from "./common-options.js";
import { EXIT, exitCodeFor } from "./exit-code.js";
import { loadActivePlan } from "./plan-active.js";
import { printTotals } from "./print-totals.js";
import { progressBar } from "./progress-bar.js";
import { reportDiagnostics } from "./report-diagnostics.js";
import { err, out, wantsColor } from "./terminal.js";

/** Options of `budget totals`. */
export interface TotalsOptions extends CommonOptions, FileLimits {
  readonly format: string;
  /** The `--by` list as typed, when given. */
  readonly by: string | undefined;
  readonly plan: string | undefined;
  /** The `--sheet` to read in every file, when given. */
  readonly sheet?: string | undefined;
}

/**
 * Runs `budget totals`: the consolidation's totals (or, with `--by`, a pivot along the chosen
 * dimensions with subtotals and the grand total) on stdout, diagnostics on stderr. Returns the exit code.
 */
export async function runTotals(inputs: readonly string[], options: TotalsOptions): Promise<number> {
  const dimensions = options.by === undefined ? undefined : parseDimensions(options.by);
  if (dimensions && !dimensions.ok) {
    const words = [...dimensions.unknown, ...dimensions.repeated].join(", ");
    err(
      options.lang === "vi"
        ? `--by: không hiểu hoặc bị lặp: ${words || "(trống)"}. Dùng: agency, year, source, group, section, period.\n`
        : `--by: unknown or repeated: ${words || "(empty)"}. Use: agency, year, source, group, section, period.\n`,
    );
    return EXIT.usage;
  }
  const active = await loadActivePlan(options.plan, options.lang);
  if (!active) return EXIT.usage;
  const result = await totals(inputs, { plan: active.index, sheet: options.sheet, workers: options.workers, fileTimeMs: options.fileTimeMs, fileHeapMb: options.fileHeapMb, by: dimensions?.by, onProgress: progressBar(process.stderr, options) });
  if (result.files.length === 0 && result.diagnostics.length === 0) {
    err(options.lang === "vi" ? "Không tìm thấy tệp biểu mẫu nào.\n" : "No form files found.\n");
    return EXIT.usage;
  }
  reportDiagnostics(result.diagnostics, result.files.length, options);
  const table = result.pivot;
  if (table) {
    if (options.format === "json") out(pivotAsJson(table));
    else if (options.format === "csv") out(pivotAsCsv(table));
    else {
      const color = wantsColor(process.stdout, options.color);
      out(pivotAsTable(table, { color, bold: new Chalk({ level: color ? 1 : 0 }).bold }));
    }
  } else {
    printTotals(result.consolidation, result.diagnostics, options.format, options.color);
  }
  return exitCodeFor(result.diagnostics, { strict: options.strict });
}
