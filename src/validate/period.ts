import type { Finding } from "../data/diagnostic.js";
import { planPeriods, planPeriodsText } from "../plan/years-text.js";
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

/**
 * BC402: an item's period shares no year with the plan's periods (its years and its ranges, such as
 * 2026–2030). A period that names no year is left alone.
 */
export function* periodOutsidePlan({ submission, plan }: SubmissionContext): Iterable<Finding> {
  const periods = planPeriods(plan);
  for (const row of everyItem(submission)) {
    const span = periodYears(row.period);
    if (!span) continue;
    const [from, to] = span;
    if (periods.some((period) => period.first <= to && from <= period.last)) continue;
    yield { code: "BC402", ...rowLocation(submission, row, row.periodCell), actual: row.period, expected: planPeriodsText(plan) };
  }
}
