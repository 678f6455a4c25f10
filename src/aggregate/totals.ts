import type { BudgetRow } from "../data/budget-row.js";
import { type Money, ZERO } from "../data/money.js";
import { isRequestedKey, singleYearOf } from "../data/period.js";
import { combinationKey, sourcesForPeriod } from "../parse/funding-source.js";

/** Exact totals of a set of rows along every dimension the appendix reports. */
export interface Totals {
  readonly total: Money;
  /**
   * Per period key (`"2025"`, `"2026-2030"`, see `data/period.ts`): each figure under the period it was
   * stated for; a range's money is never spread over its years. Money stated for no period is absent.
   * A phase other than requested has its own keys (`"2025#outturn"`, `phasedKey`), never added to the
   * requested figures nor to `total`.
   */
  readonly byPeriod: ReadonlyMap<string, Money>;
  /** The entries of `byPeriod` that are one year of the requested phase, by year: a range's money is not here. */
  readonly byYear: ReadonlyMap<number, Money>;
  /** Per funding-source code: an item of `CTX, NST` counts fully under CTX and under NST. */
  readonly bySource: ReadonlyMap<string, Money>;
  /**
   * Per combination as written (`CTX, NST`); these add up to the total. `""` = no source stated, `"?"`
   * (`UNKNOWN_SOURCE`) = a source the plan does not know. A row whose source cell names a period for a
   * line (`- ĐTPT (2026-2030)`) counts that period's money under that line's combination.
   */
  readonly byCombination: ReadonlyMap<string, Money>;
  /**
   * Per period key (`""` for money stated for no period), then per combination: the period × source
   * split (`Tổng hợp`, the plan's stated splits). Each period's combinations add up to its `byPeriod`.
   */
  readonly byPeriodCombination: ReadonlyMap<string, ReadonlyMap<string, Money>>;
  /** Per task group: an `x` counts the item's whole amount, a number counts that number. */
  readonly byGroup: ReadonlyMap<string, Money>;
  /**
   * The money of no task group: of each row without an `x`, what the amounts written under groups leave
   * (the pivot's "Chưa phân nhóm" cut, made here once for the appendix's `Nhóm nhiệm vụ` sheet).
   */
  readonly ungrouped: Money;
}

/** A row whose money counts in the totals (an `inTotal` node of the appendix tree), with the funding sources it inherits. */
export interface Contribution {
  readonly row: BudgetRow;
  readonly fundingSources: readonly string[];
}

/** Adds contributions up along every dimension, exactly. */
export function totalsOf(parts: readonly Contribution[]): Totals {
  let total = ZERO;
  const byPeriod = new Map<string, Money>();
  for (const { row } of parts) {
    total = total.plus(rowAmount(row));
    for (const [period, value] of row.periods) add(byPeriod, period, value.value);
  }
  const bySource = new Map<string, Money>();
  const byCombination = new Map<string, Money>();
  const byPeriodCombination = new Map<string, Map<string, Money>>();
  const byGroup = new Map<string, Money>();
  let ungrouped = ZERO;
  const addSources = (period: string, codes: readonly string[], amount: Money): void => {
    if (amount.isZero()) return;
    for (const code of codes) add(bySource, code, amount);
    const key = combinationKey(codes);
    add(byCombination, key, amount);
    let inPeriod = byPeriodCombination.get(period);
    if (inPeriod === undefined) byPeriodCombination.set(period, (inPeriod = new Map()));
    add(inPeriod, key, amount);
  };
  for (const { row, fundingSources } of parts) {
    const amount = rowAmount(row);
    let rest = amount;
    for (const [period, value] of row.periods) {
      // Another phase's figures (`2025#outturn`) are in byPeriod only: they are no part of the total.
      if (!isRequestedKey(period)) continue;
      addSources(period, sourcesForPeriod(period, row.periodSources, fundingSources), value.value);
      rest = rest.minus(value.value);
    }
    addSources("", fundingSources, rest);
    let marked = false;
    let written = ZERO;
    for (const [key, mark] of row.groups) {
      add(byGroup, key, mark.kind === "x" ? amount : mark.amount.value);
      if (mark.kind === "x") marked = true;
      else written = written.plus(mark.amount.value);
    }
    if (!marked) ungrouped = ungrouped.plus(amount.minus(written));
  }
  return { total, byPeriod, byYear: yearsOf(byPeriod), bySource, byCombination, byPeriodCombination, byGroup, ungrouped };
}

/** Adds several totals together (agencies into a section, sections into the grand total). */
export function mergeTotals(all: readonly Totals[]): Totals {
  let total = ZERO;
  const byPeriod = new Map<string, Money>();
  const bySource = new Map<string, Money>();
  const byCombination = new Map<string, Money>();
  const byPeriodCombination = new Map<string, Map<string, Money>>();
  const byGroup = new Map<string, Money>();
  let ungrouped = ZERO;
  for (const totals of all) {
    total = total.plus(totals.total);
    ungrouped = ungrouped.plus(totals.ungrouped);
    for (const [k, v] of totals.byPeriod) add(byPeriod, k, v);
    for (const [k, v] of totals.bySource) add(bySource, k, v);
    for (const [k, v] of totals.byCombination) add(byCombination, k, v);
    for (const [period, combinations] of totals.byPeriodCombination) {
      let inPeriod = byPeriodCombination.get(period);
      if (inPeriod === undefined) byPeriodCombination.set(period, (inPeriod = new Map()));
      for (const [k, v] of combinations) add(inPeriod, k, v);
    }
    for (const [k, v] of totals.byGroup) add(byGroup, k, v);
  }
  return { total, byPeriod, byYear: yearsOf(byPeriod), bySource, byCombination, byPeriodCombination, byGroup, ungrouped };
}

/** A row's amount: its total column, or the sum of its periods when the total is blank. */
export function rowAmount(row: BudgetRow): Money {
  if (row.amount) return row.amount.value;
  let total = ZERO;
  for (const [period, value] of row.periods) if (isRequestedKey(period)) total = total.plus(value.value);
  return total;
}

/** The single-year entries of amounts by period key, by year. */
function yearsOf(byPeriod: ReadonlyMap<string, Money>): Map<number, Money> {
  const byYear = new Map<number, Money>();
  for (const [key, value] of byPeriod) {
    const year = singleYearOf(key);
    if (year !== undefined) byYear.set(year, value);
  }
  return byYear;
}

function add<K>(map: Map<K, Money>, key: K, value: Money): void {
  map.set(key, (map.get(key) ?? ZERO).plus(value));
}
