import { loadPlan } from "../plan/load-plan.js";
import type { PlanIndex } from "../plan/plan-index.js";
import type { Plan } from "../plan/schema.js";
import type { Lang } from "../write/diagnostic-message.js";
import { planProblemsAsText } from "../write/plan-problems-as-text.js";
import type { CliIo } from "./io.js";

/** The plan a command runs with, its index, and the file it came from (undefined for the embedded default). */
export interface ActivePlan {
  readonly plan: Plan;
  readonly index: PlanIndex;
  readonly file: string | undefined;
}

/**
 * Loads the `--plan` file, or the embedded default without one. A plan that cannot be used has its
 * problems printed to stderr and gives undefined: the caller exits 2 without reading any input.
 */
export async function loadActivePlan(path: string | undefined, lang: Lang, io: CliIo): Promise<ActivePlan | undefined> {
  const loaded = await loadPlan(path, lang);
  if (loaded.ok) return { plan: loaded.plan, index: loaded.index, file: loaded.file };
  io.stderr.write(planProblemsAsText(loaded.file, loaded.problems, lang));
  return undefined;
}
