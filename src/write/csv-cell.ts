/**
 * Text a spreadsheet could run as a formula: a leading `=`, `+`, `-`, `@`, tab, CR or LF, or the
 * full-width `＝ ＋ － ＠` (typed with an East Asian input method, which some spreadsheets convert),
 * after any spaces (no-break and ideographic ones too).
 */
export const FORMULA_START = /^\s*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

/**
 * One CSV field, quoted when needed, and neutralised against formula injection: text that starts
 * like a formula ({@link FORMULA_START}) gets a leading apostrophe. Amounts are passed as plain
 * decimal strings and left alone.
 */
export function csvField(value: string, kind: "text" | "amount" = "text"): string {
  const safe = kind === "text" && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
