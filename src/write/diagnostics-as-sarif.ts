import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic, Severity } from "../data/diagnostic.js";
import { RULES } from "../validate/registry.js";
import { cellReference, diagnosticHint, diagnosticMessage, type Lang } from "./diagnostic-message.js";
import type { ToolInfo } from "./diagnostics-as-json.js";

const LEVEL: Readonly<Record<Severity, "error" | "warning" | "note">> = { error: "error", warning: "warning", info: "note" };

/** A SARIF rule name: the kebab-case name in PascalCase (`parent-not-sum` → `ParentNotSum`). */
function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase());
}

/**
 * A file as a SARIF artifact URI: a relative path stays relative (each segment percent-encoded,
 * `/`-separated), so code-scanning services resolve it against the repository; an absolute path
 * becomes a `file:` URL.
 */
export function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}

/**
 * Renders diagnostics as a SARIF 2.1.0 log with one run: the whole catalogue as rule metadata
 * (id, name, descriptions, hint, default level), and one result per diagnostic. A result's region
 * line is the sheet row; the sheet and A1 cell lead its message and are in its properties.
 */
export function diagnosticsAsSarif(diagnostics: readonly Diagnostic[], options: { lang: Lang; tool: ToolInfo }): string {
  const { lang } = options;
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.code, index]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: options.tool.name,
            version: options.tool.version,
            semanticVersion: options.tool.version,
            language: lang,
            rules: RULES.map((rule) => ({
              id: rule.code,
              name: pascalCase(rule.name),
              shortDescription: { text: rule.description[lang].split(/(?<=\.)\s/)[0] ?? "" },
              fullDescription: { text: rule.description[lang] },
              help: { text: rule.hint[lang] },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { stage: rule.stage, kebabName: rule.name },
            })),
          },
        },
        columnKind: "unicodeCodePoints",
        results: diagnostics.map((d) => {
          const reference = cellReference(d);
          return {
            ruleId: d.code,
            ruleIndex: ruleIndex.get(d.code) ?? 0,
            level: LEVEL[d.severity],
            message: { text: `${reference === "" ? "" : `${reference}: `}${diagnosticMessage(d, lang)} ${diagnosticHint(d, lang)}` },
            locations:
              d.file === ""
                ? []
                : [{ physicalLocation: { artifactLocation: { uri: artifactUri(d.file) }, ...(d.row !== undefined ? { region: { startLine: d.row } } : {}) } }],
            properties: {
              ...(d.sheet !== undefined ? { sheet: d.sheet } : {}),
              ...(d.cell !== undefined ? { cell: d.cell } : {}),
              ...(d.rowCode ? { rowCode: d.rowCode } : {}),
              ...(d.rowName ? { rowName: d.rowName } : {}),
              ...(d.expected !== undefined ? { expected: d.expected } : {}),
              ...(d.actual !== undefined ? { actual: d.actual } : {}),
              ...(d.args ? { args: d.args } : {}),
            },
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
