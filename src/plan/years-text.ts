import { comparePeriodKeys, type Period, periodFromKey, periodOf, periodText } from "../data/period.js";

/**
 * The plan's years as people write them: `2025`, `2025–2026`, or `2021, 2023` when not contiguous.
 * Shared by the findings that compare a year with the plan's (BC402 periods, BC408 year columns).
 */
export function planYearsText(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined || first === last) return String(first ?? "");
  return last - first + 1 === sorted.length ? `${first}–${last}` : sorted.join(", ");
}

/**
 * The plan's periods: each of its years, then each range of `periods` (`2026-2030`), ordered by first
 * year. The columns of the appendix and the periods a form may name.
 */
export function planPeriods(plan: { readonly years: readonly number[]; readonly periods?: readonly string[] | undefined }): Period[] {
  const periods = new Map<string, Period>();
  for (const year of plan.years) periods.set(String(year), periodOf(year));
  for (const range of plan.periods ?? []) {
    const period = periodFromKey(range);
    if (period) periods.set(period.key, period);
  }
  return [...periods.values()].sort((a, b) => comparePeriodKeys(a.key, b.key));
}

/** The plan's periods as people write them: its years as `planYearsText` does, then its ranges (`2024–2025, 2026–2030`). */
export function planPeriodsText(plan: { readonly years: readonly number[]; readonly periods?: readonly string[] | undefined }): string {
  const ranges = (plan.periods ?? []).map(periodText);
  return [planYearsText(plan.years), ...ranges].filter((text) => text !== "").join(", ");
}

/** Whether a period is one of the plan's: a year of the plan, a range it lists, or a range all of whose years it has. */
export function inPlan(period: Period, plan: { readonly years: readonly number[]; readonly periods?: readonly string[] | undefined }): boolean {
  if (plan.periods?.includes(period.key)) return true;
  for (let year = period.first; year <= period.last; year++) if (!plan.years.includes(year)) return false;
  return true;
}
