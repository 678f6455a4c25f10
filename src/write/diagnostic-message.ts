import type { Diagnostic } from "../data/diagnostic.js";
import { ruleFor } from "../validate/registry.js";

/** The languages messages are written in. */
export type Lang = "vi" | "en";

/** The message of a diagnostic in a language, its template filled from the diagnostic's values. */
export function diagnosticMessage(diagnostic: Diagnostic, lang: Lang): string {
  const values = new Map<string, string>(Object.entries(diagnostic.args ?? {}));
  if (diagnostic.expected !== undefined) values.set("expected", diagnostic.expected);
  if (diagnostic.actual !== undefined) values.set("actual", diagnostic.actual);
  return ruleFor(diagnostic.code).message[lang].replace(/\{(\w+)\}/g, (_, name: string) => values.get(name) ?? "");
}

/** The one-line hint on how to fix a diagnostic. */
export function diagnosticHint(diagnostic: Diagnostic, lang: Lang): string {
  return ruleFor(diagnostic.code).hint[lang];
}

/** Where a diagnostic is, as `file:sheet!cell` (or less when the finding has no sheet or cell). */
export function diagnosticLocation(diagnostic: Diagnostic): string {
  if (!diagnostic.sheet) return diagnostic.file;
  return `${diagnostic.file}:${diagnostic.sheet}${diagnostic.cell ? `!${diagnostic.cell}` : ""}`;
}
