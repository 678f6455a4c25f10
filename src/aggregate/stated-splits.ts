import type { Finding } from "../data/diagnostic.js";
import { Money, ZERO } from "../data/money.js";
import { periodFromKey, periodText } from "../data/period.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { UNIT_EXPONENT } from "./ceilings.js";
import type { Consolidation } from "./consolidate.js";

/**
 * BC410: each figure the plan states (`statedSplits`: a period's, a source's, or a period's of a source)
 * against the consolidation's, in triệu đồng; one that differs is a finding naming both. A source's
 * figure counts every combination holding its code (`CTX, NST` counts under CTX and NST), as `bySource`
 * does; a period's is that period's requested figures, never a range spread or a year summed into one.
 */
export function statedSplitFindings(consolidation: Consolidation, index: PlanIndex): Finding[] {
  const plan = index.plan;
  const splits = plan.statedSplits ?? [];
  if (splits.length === 0) return [];
  const scale = new Money(10).pow(UNIT_EXPONENT[plan.unit]);
  const totals = consolidation.totals;
  const where = consolidation.sections[0]?.agencies[0]?.sources[0];
  const findings: Finding[] = [];
  for (const split of splits) {
    const period = split.period === undefined ? undefined : periodFromKey(String(split.period))?.key;
    const source = split.source === undefined ? undefined : (index.source(split.source) ?? split.source);
    let actual = ZERO;
    if (period === undefined && source === undefined) actual = totals.total;
    else if (source === undefined) actual = period === undefined ? ZERO : (totals.byPeriod.get(period) ?? ZERO);
    else if (period === undefined) actual = totals.bySource.get(source) ?? ZERO;
    else {
      for (const [combination, amount] of totals.byPeriodCombination.get(period) ?? []) {
        if (combination.split(", ").includes(source)) actual = actual.plus(amount);
      }
    }
    const expected = new Money(String(split.amount)).times(scale);
    if (expected.equals(actual)) continue;
    findings.push({
      code: "BC410",
      file: where?.file ?? "",
      ...(where ? { sheet: where.sheet } : {}),
      expected: expected.toFixed(),
      actual: actual.toFixed(),
      args: { period: period === undefined ? "" : periodText(period), source: source ?? "" },
    });
  }
  return findings;
}
