import { MAX_AMOUNT_TEXT } from "../data/money.js";
import type { RawRow } from "./data-rows.js";

/** How a file writes numbers as text: Vietnamese (`1.234,5`) or English (`1,234.5`). */
export type NumberConvention = "vi" | "en";

/** Shapes only one convention can write: several groups, or groups and a decimal part. */
const VI_ONLY = /^\d{1,3}(\.\d{3}){2,}(,\d+)?$|^\d{1,3}(\.\d{3})+,\d+$|^\d+,(\d{1,2}|\d{4,})$/;
const EN_ONLY = /^\d{1,3}(,\d{3}){2,}(\.\d+)?$|^\d{1,3}(,\d{3})+\.\d+$/;
/**
 * A sign, parentheses, grouping spaces or a trailing `đ`/`đồng` around the digits. The lookbehinds
 * start a match only where a run begins, so no run of spaces is scanned more than once.
 */
const DECORATION = /^[(\-−\s]+|(?<![)\s])[)\s]+$|(?<!\s)\s*(đồng|đ|vnđ|vnd)\s*\)?$/gi;

/**
 * What the text amounts of a file say about its convention: `vi` when some are written in a way only
 * Vietnamese writes (`1.234.567`, `1.234,5`, `0,5`) and none only English (`1,234,567`, `1,234.5`),
 * `en` the other way round, undefined when they do not tell or contradict each other. It decides
 * `1.5` (English 1.5) and `1,500` (Vietnamese 1,5) only when the evidence is one-sided.
 */
export function numberConvention(rows: readonly RawRow[]): NumberConvention | undefined {
  let vi = 0;
  let en = 0;
  const weigh = (text: string) => {
    // Only text with a `,` or `.` can be evidence, and once both conventions were seen nothing changes
    // the verdict: most cells are skipped without a regex.
    if ((vi > 0 && en > 0) || text.length > MAX_AMOUNT_TEXT || (!text.includes(",") && !text.includes("."))) return;
    const core = text
      .replace(/[\u00a0\u202f]/g, " ")
      .replace(DECORATION, "")
      .replace(/(\d) (?=\d{3}\b)/g, "$1");
    if (VI_ONLY.test(core)) vi++;
    else if (EN_ONLY.test(core)) en++;
  };
  for (const row of rows) {
    for (const field of AMOUNT_FIELDS) {
      const cell = row.fields.get(field);
      if (cell?.value.kind === "text") weigh(cell.value.value);
    }
    for (const cell of row.periods.values()) if (cell.value.kind === "text") weigh(cell.value.value);
    for (const cell of row.groups.values()) if (cell.value.kind === "text") weigh(cell.value.value);
  }
  if (vi > 0 && en === 0) return "vi";
  if (en > 0 && vi === 0) return "en";
  return undefined;
}

const AMOUNT_FIELDS = ["amount", "recurrentTotal", "publicInvestment"] as const;
