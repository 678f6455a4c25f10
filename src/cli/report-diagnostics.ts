import type { Diagnostic } from "../data/diagnostic.js";
import { diagnosticsAsText, summaryLine } from "../write/diagnostics-as-text.js";
import type { CommonOptions } from "./common-options.js";
import type { CliIo } from "./io.js";
import { painter, wantsColor } from "./terminal.js";

/** Prints diagnostics and the summary line to stderr, honouring `--quiet` and colour settings. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], fileCount: number, options: CommonOptions, io: CliIo): void {
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics;
  const paint = painter(wantsColor(io.stderr, options.color, io.env));
  io.stderr.write(diagnosticsAsText(shown, options.lang, paint));
  if (!options.quiet || shown.length > 0) io.stderr.write(summaryLine(diagnostics, fileCount, options.lang));
}
