import type { Diagnostic, Severity } from "../data/diagnostic.js";
import { cellReference, diagnosticMessage, type Lang } from "./diagnostic-message.js";
import { diagnosticDetails } from "./diagnostics-as-text.js";

const COMMAND: Readonly<Record<Severity, string>> = { error: "error", warning: "warning", info: "notice" };

/** Escapes a workflow command's message: `%`, CR and LF. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a workflow command's property value: as data, and also `:` and `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * Renders diagnostics as GitHub Actions workflow commands, one line each:
 * `::error file=…,line=14,title=BC212::Sheet!E14: message` with the row, expected vs actual and the
 * hint on further (escaped) lines. Infos become `::notice`.
 */
export function diagnosticsAsGithub(diagnostics: readonly Diagnostic[], lang: Lang): string {
  return diagnostics
    .map((d) => {
      const properties = [
        ...(d.file === "" ? [] : [`file=${escapeProperty(d.file)}`]),
        ...(d.row !== undefined ? [`line=${d.row}`] : []),
        `title=${escapeProperty(d.code)}`,
      ];
      const reference = cellReference(d);
      const text = [`${reference === "" ? "" : `${reference}: `}${diagnosticMessage(d, lang)}`, ...diagnosticDetails(d, lang)].join("\n");
      return `::${COMMAND[d.severity]} ${properties.join(",")}::${escapeData(text)}\n`;
    })
    .join("");
}
