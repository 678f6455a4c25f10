import type { Finding } from "../data/diagnostic.js";
import { planYearsText } from "../plan/years-text.js";
import { everyItem, rowLocation } from "./rows.js";
import type { SubmissionContext } from "./rule.js";

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/**
 * The years a period text spans: `2025` → [2025, 2025], `2024 - 2025` or `Quý IV/2024–2026` →
 * [2024, 2026]; undefined when the text names no year.
 */
export function periodYears(text: string): readonly [number, number] | undefined {
  const years = (text.match(YEAR) ?? []).map(Number);
  if (years.length === 0) return undefined;
  return [Math.min(...years), Math.max(...years)];
}

/** BC402: an item's period shares no year with the plan. A period that names no year is left alone. */
export function* periodOutsidePlan({ submission, plan }: SubmissionContext): Iterable<Finding> {
  for (const row of everyItem(submission)) {
    const span = periodYears(row.period);
    if (!span) continue;
    const [from, to] = span;
    if (plan.years.some((year) => year >= from && year <= to)) continue;
    yield { code: "BC402", ...rowLocation(submission, row, row.periodCell), actual: row.period, expected: planYearsText(plan.years) };
  }
}
