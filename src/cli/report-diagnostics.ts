import type { Diagnostic } from "../data/diagnostic.js";
import { checkOutcome } from "../validate/check-outcome.js";
import { diagnosticsAsText, outcomeLine, summaryLine } from "../write/diagnostics-as-text.js";
import type { CommonOptions } from "./common-options.js";
import type { CliIo } from "./io.js";
import { painter, wantsColor } from "./terminal.js";

/**
 * Prints diagnostics and the summary line to stderr, honouring `--quiet` and colour settings, and,
 * when `--strict` alone fails the run, says so: even under `--quiet`, which hides the warnings that
 * failed it.
 */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], fileCount: number, options: CommonOptions, io: CliIo): void {
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics;
  const paint = painter(wantsColor(io.stderr, options.color, io.env));
  io.stderr.write(diagnosticsAsText(shown, options.lang, paint));
  if (!options.quiet || shown.length > 0) io.stderr.write(summaryLine(diagnostics, fileCount, options.lang));
  io.stderr.write(outcomeLine(checkOutcome(diagnostics, { strict: options.strict }), options.lang));
}
