import { type BudgetDiff, diffConsolidations } from "../aggregate/diff.js";
import type { Diagnostic } from "../data/diagnostic.js";
import type { FileReport } from "../data/file-report.js";
import { type Money, ZERO } from "../data/money.js";
import type { Input } from "../run/input.js";
import { type ConsolidateResult, consolidate } from "./consolidate.js";
import type { ReadOptions } from "./read-options.js";

/** Options of `diff`: how to read, and the materiality threshold. */
export interface DiffOptions extends ReadOptions {
  /** A change smaller than this (triệu đồng) is not reported (`budget diff --min`); 0 by default. */
  readonly minimum?: Money | undefined;
}

/** Two versions read and compared: each one's consolidation, and what changed. */
export interface DiffResult {
  readonly before: ConsolidateResult;
  readonly after: ConsolidateResult;
  readonly diff: BudgetDiff;
  /** Both versions' files, the old one's first. */
  readonly files: readonly FileReport[];
  /** Both versions' diagnostics, the old one's first. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * What changed from the forms of `before` to those of `after` (each a file or a folder, or a list of
 * them): each side consolidated on its own (an agency's newest file, unless `versions` is `all`), then
 * compared agency by agency and item by item (`budget diff`). Never throws on bad input.
 */
export async function diff(before: readonly Input[], after: readonly Input[], options: DiffOptions = {}): Promise<DiffResult> {
  const old = await consolidate(before, options);
  const current = await consolidate(after, { ...options, plan: options.plan ?? old.plan });
  return {
    before: old,
    after: current,
    diff: diffConsolidations(old.consolidation, current.consolidation, options.minimum ?? ZERO),
    files: [...old.files, ...current.files],
    diagnostics: [...old.diagnostics, ...current.diagnostics],
  };
}
