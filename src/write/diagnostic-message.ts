import type { Diagnostic } from "../data/diagnostic.js";
import { Money } from "../data/money.js";
import { ruleFor } from "../validate/registry.js";
import type { ValueKind } from "../validate/rule.js";
import { formatVietnamese } from "./format-number.js";

/** The languages messages are written in. */
export type Lang = "vi" | "en";

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * An exact decimal string written for a reader: `65562.5` → `65.562,5` in Vietnamese, `65,562.5` in
 * English. Anything that is not a plain decimal is returned as it is.
 */
export function formatAmount(text: string, lang: Lang): string {
  if (!DECIMAL.test(text)) return text;
  if (lang === "vi") return formatVietnamese(new Money(text));
  const [whole = "", fraction] = text.split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction ? `.${fraction}` : ""}`;
}

function shown(text: string | undefined, kind: ValueKind | undefined, lang: Lang): string | undefined {
  return text !== undefined && kind === "amount" ? formatAmount(text, lang) : text;
}

/** A diagnostic's expected and actual values as a reader sees them (amounts with separators). */
export function diagnosticValues(diagnostic: Diagnostic, lang: Lang): { expected: string | undefined; actual: string | undefined } {
  const kinds = ruleFor(diagnostic.code).values;
  return { expected: shown(diagnostic.expected, kinds?.expected, lang), actual: shown(diagnostic.actual, kinds?.actual, lang) };
}

/** The most characters of one value a message shows: a cell may hold 32,767, a message stays readable. */
const MAX_SHOWN_VALUE = 1_000;

function shortened(text: string): string {
  return text.length <= MAX_SHOWN_VALUE ? text : `${text.slice(0, MAX_SHOWN_VALUE)}…`;
}

/**
 * The values a message template may name: args in words where the rule has words for them, expected,
 * actual, each cut to a readable length. Tokens come from input (a ZIP entry, a sheet name), so
 * words are looked up as own properties only: a token `constructor` has no words.
 */
function templateValues(diagnostic: Diagnostic, lang: Lang): Map<string, string> {
  const terms = ruleFor(diagnostic.code).terms ?? {};
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(diagnostic.args ?? {})) {
    const words = Object.hasOwn(terms, name) ? terms[name] : undefined;
    const shown = words
      ? value
          .split(", ")
          .map((token) => (Object.hasOwn(words, token) ? words[token]?.[lang] : undefined) ?? token)
          .join(", ")
      : value;
    values.set(name, shortened(shown));
  }
  const { expected, actual } = diagnosticValues(diagnostic, lang);
  if (expected !== undefined) values.set("expected", shortened(expected));
  if (actual !== undefined) values.set("actual", shortened(actual));
  return values;
}

/**
 * Fills a message template: `{name}` becomes the value of that name; a part in `[…]` is kept only
 * when every value it names is there and not empty.
 */
export function fillTemplate(template: string, values: ReadonlyMap<string, string>): string {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => values.get(name) ?? "");
  return fill(
    template.replace(/\[([^[\]]*)\]/g, (_, part: string) => {
      const names = [...part.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "");
      return names.every((name) => (values.get(name) ?? "") !== "") ? part : "";
    }),
  );
}

/** The message of a diagnostic in a language, its template filled from the diagnostic's values. */
export function diagnosticMessage(diagnostic: Diagnostic, lang: Lang): string {
  return fillTemplate(ruleFor(diagnostic.code).message[lang], templateValues(diagnostic, lang));
}

/**
 * The one-line hint on how to fix a diagnostic: the rule's hint for a stale formula when the
 * finding's cell holds one (`args.formula`) and the rule has such a hint.
 */
export function diagnosticHint(diagnostic: Diagnostic, lang: Lang): string {
  const rule = ruleFor(diagnostic.code);
  return rule.formulaHint && (diagnostic.args?.formula ?? "") !== "" ? rule.formulaHint[lang] : rule.hint[lang];
}

/** Where a diagnostic is in its file, as `Sheet!E14` (or the sheet alone, or nothing). */
export function cellReference(diagnostic: Diagnostic): string {
  if (!diagnostic.sheet) return "";
  return `${diagnostic.sheet}${diagnostic.cell ? `!${diagnostic.cell}` : ""}`;
}

/**
 * Where a diagnostic is, as `file:sheet!cell` (or less when the finding has no sheet or cell; empty
 * for a finding about the whole run, which names no file).
 */
export function diagnosticLocation(diagnostic: Diagnostic): string {
  const reference = cellReference(diagnostic);
  return [diagnostic.file, reference].filter((part) => part !== "").join(":");
}
