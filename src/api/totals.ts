import { approvedOf } from "../aggregate/approvals.js";
import { type Pivot, pivot } from "../aggregate/pivot.js";
import { type PivotDimension, pivotFacts } from "../aggregate/pivot-facts.js";
import { ZERO } from "../data/money.js";
import type { Input } from "../run/input.js";
import { type ConsolidateResult, consolidate } from "./consolidate.js";
import type { ReadOptions } from "./read-options.js";

/** Options of `totals`: how to read, and the dimensions of a pivot. */
export interface TotalsOptions extends ReadOptions {
  /** Pivot along these dimensions, nested in this order (`budget totals --by`). */
  readonly by?: readonly PivotDimension[] | undefined;
}

/** The totals of some inputs, and the pivot along `by` when one was asked for. */
export interface TotalsResult extends ConsolidateResult {
  readonly pivot: Pivot | undefined;
}

/**
 * The totals `budget totals` prints: the consolidation of the inputs (paths or `{ name, bytes }`),
 * with every total exact, and with `by` a pivot along those dimensions whose every level adds up to
 * the one above. Never throws on bad input. With `approved` (a review workbook's decisions), a pivot
 * by `phase` has its approved figures as the phase `approved`.
 */
export async function totals(inputs: readonly Input[], options: TotalsOptions = {}): Promise<TotalsResult> {
  const result = await consolidate(inputs, options);
  const by = options.by;
  if (!by || by.length === 0) return { ...result, pivot: undefined };
  if (!by.includes("phase")) return { ...result, pivot: pivot(pivotFacts(result.consolidation, result.plan), by) };
  return {
    ...result,
    pivot: phasePivot(
      pivot(pivotFacts(result.consolidation, result.plan, { phases: true, approved: result.approvals && approvedOf(result.approvals) }), [
        "phase",
        ...by.filter((d) => d !== "phase"),
      ]),
    ),
  };
}

/**
 * A pivot cut by phase: phase first, so no line below mixes two phases, and the grand total the
 * requested figures' (the total of the forms), since an estimate or an outturn never adds up with them.
 */
function phasePivot(cut: Pivot): Pivot {
  const requested = cut.nodes.find((node) => node.key === "requested");
  return { ...cut, total: requested?.total ?? ZERO, byColumn: requested?.byColumn ?? new Map() };
}
