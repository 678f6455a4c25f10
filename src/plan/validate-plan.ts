import { normalisePlan } from "./normalise-plan.js";
import { planIssueProblems } from "./plan-issue-text.js";
import type { PlanLang, PlanProblem } from "./plan-problem.js";
import { type Plan, PlanSchema } from "./schema.js";

/** Validates a plan read from a file: the plan with defaults filled in, or its problems in our own words. */
export function validatePlan(value: unknown, lang: PlanLang = "vi"): { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] } {
  // The input of each issue lets a message say what the file has ("không phải chữ").
  const result = PlanSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, plan: normalisePlan(result.data) };
  return { ok: false, problems: result.error.issues.flatMap((issue) => planIssueProblems(issue, lang)) };
}
