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

/**
 * A period as people read it: `2025`, `2026–2030` (en dash), `2025 (thực hiện)` for another phase's
 * key (`phasedKey`). A text that is not a key is returned as it is.
 */
export function periodText(key: PeriodKey): string {
  if (!isRequestedKey(key)) {
    const { period, phase } = splitPhasedKey(key);
    return `${periodText(period)} (${PHASE_LABELS[phase].toLowerCase()})`;
  }
  const period = periodFromKey(key);
  if (period === undefined || period.first === period.last) return key;
  return `${period.first}–${period.last}`;
}

/**
 * Orders period keys: by phase (requested first, in the order of `PHASES`), then by first year, then a
 * year before the range it starts (`2026`, `2026-2030`).
 */
export function comparePeriodKeys(a: PeriodKey, b: PeriodKey): number {
  if (!isRequestedKey(a) || !isRequestedKey(b)) {
    const sa = splitPhasedKey(a);
    const sb = splitPhasedKey(b);
    return PHASES.indexOf(sa.phase) - PHASES.indexOf(sb.phase) || comparePeriodKeys(sa.period, sb.period);
  }
  const pa = periodFromKey(a);
  const pb = periodFromKey(b);
  if (pa === undefined || pb === undefined) return (pa === undefined ? 1 : 0) - (pb === undefined ? 1 : 0) || a.localeCompare(b);
  return pa.first - pb.first || pa.last - pb.last;
}

/** Whether two periods share a year. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/**
 * A period's column heading: `Năm 2025`, `Giai đoạn 2026–2030`, `Năm 2025 (thực hiện)` for another
 * phase's key. The appendix's period columns and the `Tổng hợp` sheet's.
 */
export function periodHeading(key: string): string {
  const { period } = splitPhasedKey(key);
  return `${singleYearOf(period) === undefined ? "Giai đoạn" : "Năm"} ${periodText(key)}`;
}

/**
 * What a figure is: requested (đề xuất, the default of a proposal form), an estimate (dự toán), approved
 * (thẩm định, phê duyệt, giao) or outturn (thực hiện, ước thực hiện, đánh giá thực hiện). Figures of
 * different phases never add up.
 */
export const PHASES = ["requested", "estimate", "approved", "outturn"] as const;
/** One of {@link PHASES}. */
export type Phase = (typeof PHASES)[number];

/** The Vietnamese name of each phase, as the outputs print it. */
export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  requested: "Đề xuất",
  estimate: "Dự toán",
  approved: "Thẩm định, giao",
  outturn: "Thực hiện",
};

const PHASE_MARK = "#";

/**
 * The key of a period's figures of a phase: the period key itself for the requested phase (so a form
 * without phases keys its figures as before), `"2025#outturn"` for another phase.
 */
export function phasedKey(period: PeriodKey, phase: Phase): string {
  return phase === "requested" ? period : `${period}${PHASE_MARK}${phase}`;
}

/** The period key and phase of a key made by `phasedKey`. */
export function splitPhasedKey(key: string): { readonly period: PeriodKey; readonly phase: Phase } {
  const mark = key.indexOf(PHASE_MARK);
  if (mark < 0) return { period: key, phase: "requested" };
  const phase = key.slice(mark + 1);
  return { period: key.slice(0, mark), phase: isPhase(phase) ? phase : "requested" };
}

/** Whether a key is a requested-phase period key (no phase mark): the figures that add up to a row's total. */
export function isRequestedKey(key: string): boolean {
  return !key.includes(PHASE_MARK);
}

function isPhase(text: string): text is Phase {
  return (PHASES as readonly string[]).includes(text);
}
