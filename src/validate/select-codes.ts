import type { Diagnostic } from "../data/diagnostic.js";
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../data/diagnostic-codes.js";
import { RULES } from "./registry.js";

/** Codes a list named, and the words in it that name no code. */
export interface CodeList {
  readonly codes: ReadonlySet<DiagnosticCode>;
  readonly unknown: readonly string[];
}

/**
 * Reads a list of codes as `--only` and `--ignore` take it: codes (`BC212`), rule names
 * (`parent-not-sum`) or code prefixes ending in `*` (`BC2*`), separated by commas or spaces, any case.
 */
export function parseCodeList(text: string): CodeList {
  const codes = new Set<DiagnosticCode>();
  const unknown: string[] = [];
  for (const word of text.split(/[\s,]+/).filter((w) => w !== "")) {
    const upper = word.toUpperCase();
    const matches = upper.endsWith("*")
      ? DIAGNOSTIC_CODES.filter((code) => code.startsWith(upper.slice(0, -1)))
      : RULES.filter((rule) => rule.code === upper || rule.name === word.toLowerCase()).map((rule) => rule.code);
    if (matches.length === 0) unknown.push(word);
    for (const code of matches) codes.add(code);
  }
  return { codes, unknown };
}

/**
 * Keeps the diagnostics `--only` and `--ignore` select. BC101 (a file that cannot be read) is always
 * kept: a check must never pass over a file it could not read.
 */
export function selectDiagnostics(
  diagnostics: readonly Diagnostic[],
  selection: { only?: ReadonlySet<DiagnosticCode> | undefined; ignore?: ReadonlySet<DiagnosticCode> | undefined },
): Diagnostic[] {
  return diagnostics.filter(
    (d) => d.code === "BC101" || ((selection.only === undefined || selection.only.has(d.code)) && !(selection.ignore?.has(d.code) ?? false)),
  );
}
