import { approvedTotals } from "../aggregate/approvals.js";
import { type Pivot, parseDimensions } from "../aggregate/pivot.js";
import { totals } from "../api/totals.js";
import type { Lang } from "../write/diagnostic-message.js";
import { pivotAsCsv } from "../write/pivot-as-csv.js";
import { pivotAsJson } from "../write/pivot-as-json.js";
import { pivotAsTable } from "../write/pivot-as-table.js";
import { approvedDecisions } from "./approved-decisions.js";
import { EXIT } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { printTotals } from "./print-totals.js";
import { type ReadCommandOptions, runReadCommand } from "./read-command.js";
import { type Renderer, rendererFor } from "./renderers.js";
import { bolder, wantsColor } from "./terminal.js";

/** Options of `budget totals`. */
export interface TotalsOptions extends ReadCommandOptions {
  readonly format: string;
  /** The `--by` list as typed, when given. */
  readonly by: string | undefined;
  readonly plan: string | undefined;
  /** `--approved`: the review workbook whose approved figures are the phase `approved`. */
  readonly approved?: string | undefined;
}

/** The pivot's renderers (`totals --by`), one per `--format`. */
const PIVOT_RENDERERS: Readonly<Record<"table" | "json" | "csv", Renderer<{ pivot: Pivot; color: boolean; lang: Lang }>>> = {
  table: ({ pivot, color, lang }) => pivotAsTable(pivot, { color, bold: bolder(color), lang }),
  json: ({ pivot }) => pivotAsJson(pivot),
  csv: ({ pivot }) => pivotAsCsv(pivot),
};

/**
 * Runs `budget totals`: the consolidation's totals (or, with `--by`, a pivot along the chosen
 * dimensions with subtotals and the grand total) on stdout, diagnostics on stderr. Returns the exit code.
 */
export async function runTotals(inputs: readonly string[], options: TotalsOptions, io: CliIo): Promise<number> {
  const dimensions = options.by === undefined ? undefined : parseDimensions(options.by);
  if (dimensions && !dimensions.ok) {
    const words = [...dimensions.unknown, ...dimensions.repeated].join(", ");
    io.stderr.write(
      options.lang === "vi"
        ? `--by: không hiểu hoặc bị lặp: ${words || "(trống)"}. Dùng: agency, year, source, group, section, period.\n`
        : `--by: unknown or repeated: ${words || "(empty)"}. Use: agency, year, source, group, section, period.\n`,
    );
    return EXIT.usage;
  }
  const approved = options.approved === undefined ? undefined : await approvedDecisions(options.approved, options.lang, io);
  if (approved === null) return EXIT.usage;
  return runReadCommand(inputs, options, io, {
    read: async (paths, readOptions) => ({
      ...(await totals(paths, { ...readOptions, by: dimensions?.by, approved })),
      otherFiles: approved === undefined ? 0 : 1,
    }),
    reports: (result) => result.files,
    finish: (result, _, exitCode) => {
      if (result.pivot) {
        const render = rendererFor(PIVOT_RENDERERS, options.format) ?? PIVOT_RENDERERS.table;
        io.stdout.write(render({ pivot: result.pivot, color: wantsColor(io.stdout, options.color, io.env), lang: options.lang }));
      } else {
        const approvedSums = result.approvals ? approvedTotals(result.consolidation, result.approvals) : undefined;
        printTotals(result.consolidation, result.diagnostics, options.format, options.color, io, options.lang, approvedSums);
      }
      return exitCode;
    },
  });
}
