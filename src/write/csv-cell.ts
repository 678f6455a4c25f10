/**
 * One CSV field, quoted when needed, and neutralised against formula injection: text that a
 * spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab, CR, LF or full-width `＝`,
 * after spaces) gets a leading apostrophe. Amounts are passed as plain decimal strings and left alone.
 */
export function csvField(value: string, kind: "text" | "amount" = "text"): string {
  const safe = kind === "text" && /^[\s\u00a0]*[=+\-@\t\r\n\uff1d]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
