import { type Period, periodOf } from "../data/period.js";
import { foldText } from "../data/text.js";
import { PERIOD_LEAF } from "./column-vocabulary-patterns.js";

/** How a period label reads: a period, no period at all, or a period that cannot be read (`2030 - 2026`). */
export type PeriodReading = { readonly kind: "period"; readonly period: Period } | { readonly kind: "none" } | { readonly kind: "unreadable" };

const NONE: PeriodReading = { kind: "none" };
const UNREADABLE: PeriodReading = { kind: "unreadable" };

/** Reads the lowest label of a column (folded) as a period column, when it is one. */
export function periodLeaf(leaf: string): PeriodReading {
  const match = PERIOD_LEAF.exec(leaf);
  if (!match) return NONE;
  return reading(match[1], match[2]);
}

// A period cell: one year or two joined by a dash or `đến`, maybe after a few words (`Quý IV/2024 - 2026`).
const PERIOD_CELL = /^(?:[a-z /]*?\s*)?((?:19|20)\d\d)(?:\s*(?:-|den)\s*(?:[a-z /]*?\s*)?((?:19|20)\d\d))?$/;
const ANY_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
const CELL_READINGS = new Map<string, PeriodReading>();
const CELL_CACHE_ENTRIES = 10_000;

/**
 * Reads a row's period cell (`2021`, `2021-2025`, `2024 - 2025`) as the period of the row's amount. A
 * cell naming no year (`Thường xuyên`) names no period; one naming years some other way (`2021, 2023`,
 * `2025 - 2021`) cannot be read. Readings are cached: the same few texts fill a whole column.
 */
export function periodCell(text: string): PeriodReading {
  const cached = CELL_READINGS.get(text);
  if (cached) return cached;
  const folded = foldText(text);
  let result: PeriodReading;
  if (!ANY_YEAR.test(folded)) {
    result = NONE;
  } else {
    const match = PERIOD_CELL.exec(folded);
    result = match ? reading(match[1], match[2]) : UNREADABLE;
  }
  if (CELL_READINGS.size >= CELL_CACHE_ENTRIES) CELL_READINGS.clear();
  CELL_READINGS.set(text, result);
  return result;
}

function reading(first: string | undefined, last: string | undefined): PeriodReading {
  if (first === undefined) return NONE;
  const from = Number(first);
  const to = last === undefined ? from : Number(last);
  return to >= from ? { kind: "period", period: periodOf(from, to) } : UNREADABLE;
}
