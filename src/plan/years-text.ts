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
