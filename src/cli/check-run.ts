import { check } from "../api/check.js";
import { checkOutcome } from "../validate/check-outcome.js";
import { parseCodeList } from "../validate/select-codes.js";
import { outcomeLine } from "../write/diagnostics-as-text.js";
import { CHECK_REPORTERS } from "./check-reporters.js";
import { EXIT } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { type ReadCommandOptions, runReadCommand } from "./read-command.js";
import { rendererFor } from "./renderers.js";
import { painter, wantsColor } from "./terminal.js";

/** Options of `budget check`. */
export interface CheckOptions extends ReadCommandOptions {
  readonly format: string;
  readonly maxWarnings: number | undefined;
  /** The `--only` and `--ignore` lists as typed. */
  readonly only: string | undefined;
  readonly ignore: string | undefined;
  readonly plan: string | undefined;
  /** The `--sheet` to read in every file, when given. */
  readonly sheet: string | undefined;
  readonly version: string;
}

/** Whether a `--only`/`--ignore` list (when given) names something that is no code; prints what it does not understand. */
function badCodeList(flag: string, text: string | undefined, options: CheckOptions, io: CliIo): boolean {
  if (text === undefined) return false;
  const list = parseCodeList(text);
  if (list.unknown.length === 0 && list.codes.size > 0) return false;
  const words = list.unknown.join(", ") || text;
  io.stderr.write(
    options.lang === "vi" ? `${flag}: không có mã: ${words}. Xem docs/DIAGNOSTICS.md.\n` : `${flag}: no such code: ${words}. See docs/DIAGNOSTICS.md.\n`,
  );
  return true;
}

/**
 * Runs `budget check`: reads and checks every input, prints the report in the chosen format on
 * stdout, and returns the exit code: 0 without errors (and within `--strict`/`--max-warnings`), 1
 * with findings, 2 for a usage error or an input that cannot be opened.
 */
export async function runCheck(inputs: readonly string[], options: CheckOptions, io: CliIo): Promise<number> {
  const badOnly = badCodeList("--only", options.only, options, io);
  if (badCodeList("--ignore", options.ignore, options, io) || badOnly) return EXIT.usage;
  return runReadCommand(inputs, options, io, {
    read: (paths, readOptions) => check(paths, { ...readOptions, only: options.only, ignore: options.ignore }),
    reportsDiagnostics: true,
    maxWarnings: options.maxWarnings,
    finish: ({ diagnostics, files }, _, exitCode) => {
      const render = rendererFor(CHECK_REPORTERS, options.format) ?? CHECK_REPORTERS.text;
      const shown = options.quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics;
      const paint = painter(wantsColor(io.stdout, options.color, io.env));
      io.stdout.write(
        render({
          diagnostics,
          shown,
          files,
          lang: options.lang,
          tool: { name: "budget", version: options.version },
          strict: options.strict,
          maxWarnings: options.maxWarnings,
          quiet: options.quiet,
          paint,
        }),
      );
      // The text report says why warnings failed the run; the other formats are for machines, so a person reads it on stderr.
      if (options.format !== "text") io.stderr.write(outcomeLine(checkOutcome(diagnostics, options), options.lang));
      return exitCode;
    },
  });
}
