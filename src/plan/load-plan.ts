import { DEFAULT_PLAN } from "./default-plan.js";
import { PlanSchema, type Plan } from "./schema.js";

/** The embedded default plan, validated. */
export function defaultPlan(): Plan {
  return PlanSchema.parse(DEFAULT_PLAN);
}
