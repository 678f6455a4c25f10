import type { PlanIndex } from "../plan/plan-index.js";
import type { Plan } from "../plan/schema.js";
import type { RunOptions } from "../run/run-files.js";

/** How the library reads its inputs: the plan, the sheet, the threads and their bounds per file, a progress callback. */
export interface ReadOptions extends Pick<RunOptions, "sheet" | "workers" | "fileTimeMs" | "fileHeapMb" | "onProgress"> {
  /** The plan profile to read with, or its index (both from `loadPlan`); the embedded default when absent. */
  readonly plan?: Plan | PlanIndex | undefined;
}
