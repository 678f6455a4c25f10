import type { Finding } from "../data/diagnostic.js";
import type { SubmissionContext } from "./rule.js";
import { everyItem, rowLocation } from "./rows.js";

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

/** The plan's years as people write them: `2025`, `2025–2026`, or `2021, 2023` when not contiguous. */
function planYearsText(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined || first === last) return String(first ?? "");
  return last - first + 1 === sorted.length ? `${first}–${last}` : sorted.join(", ");
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
