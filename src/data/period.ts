/**
 * A period a figure belongs to: one year (`2025`) or a range of years (`2026–2030`). A range's amount
 * belongs to the range: it is never spread over its years. Maps key periods by their `key`, a stable
 * text (`"2025"`, `"2026-2030"`), which is also what JSON and the worker wire format carry.
 */
export interface Period {
  readonly first: number;
  readonly last: number;
  /** `"2025"` for a year, `"2026-2030"` for a range. */
  readonly key: string;
}

/** The key of a period (`"2025"`, `"2026-2030"`). */
export type PeriodKey = string;

const PERIODS = new Map<string, Period>();

/** The period from `first` to `last` (the same year for a single year), one object per key. */
export function periodOf(first: number, last: number = first): Period {
  const key = first === last ? String(first) : `${first}-${last}`;
  let period = PERIODS.get(key);
  if (period === undefined) {
    period = Object.freeze({ first, last, key });
    PERIODS.set(key, period);
  }
  return period;
}

const KEY = /^((?:19|20)\d\d)(?:-((?:19|20)\d\d))?$/;

/** The period a key names (`"2026-2030"`), or undefined when the text is not a key. */
export function periodFromKey(key: string): Period | undefined {
  const cached = PERIODS.get(key);
  if (cached) return cached;
  const match = KEY.exec(key);
  if (!match) return undefined;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  return last > first ? periodOf(first, last) : last === first ? periodOf(first) : undefined;
}

/** The year a key names when it is a single year, else undefined (`"2026-2030"`, or not a key). */
export function singleYearOf(key: PeriodKey): number | undefined {
  const period = periodFromKey(key);
  return period !== undefined && period.first === period.last ? period.first : undefined;
}

/** Whether a period is one year. */
export function isSingleYear(period: Period): boolean {
  return period.first === period.last;
}

/** A period as people read it: `2025`, `2026–2030` (en dash). A text that is not a key is returned as it is. */
export function periodText(key: PeriodKey): string {
  const period = periodFromKey(key);
  if (period === undefined || period.first === period.last) return key;
  return `${period.first}–${period.last}`;
}

/** Orders period keys: by first year, then a year before the range it starts (`2026`, `2026-2030`). */
export function comparePeriodKeys(a: PeriodKey, b: PeriodKey): number {
  const pa = periodFromKey(a);
  const pb = periodFromKey(b);
  if (pa === undefined || pb === undefined) return (pa === undefined ? 1 : 0) - (pb === undefined ? 1 : 0) || a.localeCompare(b);
  return pa.first - pb.first || pa.last - pb.last;
}

/** Whether two periods share a year. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.first <= b.last && b.first <= a.last;
}
