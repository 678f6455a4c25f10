import type { PlanIndex } from "../plan/plan-index.js";
import type { Plan } from "../plan/schema.js";
import type { RunOptions } from "../run/run-options.js";

/** How the library reads its inputs: the plan, and how the run reads (the sheet, the threads and their bounds per file, a progress callback). */
export interface ReadOptions extends RunOptions {
  /** The plan profile to read with, or its index (both from `loadPlan`); the embedded default when absent. */
  readonly plan?: Plan | PlanIndex | undefined;
}
