import type { Diagnostic } from "../data/diagnostic.js";
import { diagnosticsAsText, summaryLine } from "../write/diagnostics-as-text.js";
import type { CommonOptions } from "./common-options.js";
import { err, painter, wantsColor } from "./terminal.js";

/** Prints diagnostics and the summary line to stderr, honouring `--quiet` and colour settings. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], fileCount: number, options: CommonOptions): void {
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics;
  const paint = painter(wantsColor(process.stderr, options.color));
  err(diagnosticsAsText(shown, options.lang, paint));
  if (!options.quiet || shown.length > 0) err(summaryLine(diagnostics, fileCount, options.lang));
}
