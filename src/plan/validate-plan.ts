import { z } from "zod";
import { keyPath } from "./key-path.js";
import { normalisePlan } from "./normalise-plan.js";
import type { PlanLang, PlanProblem } from "./plan-problem.js";
import { type Plan, PlanSchema } from "./schema.js";

/** Validates a plan read from a file: the plan with defaults filled in, or one problem per zod issue. */
export function validatePlan(value: unknown, lang: PlanLang = "vi"): { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] } {
  const result = PlanSchema.safeParse(value, lang === "vi" ? { error: z.locales.vi().localeError } : undefined);
  if (result.success) return { ok: true, plan: normalisePlan(result.data) };
  return { ok: false, problems: result.error.issues.flatMap((issue) => problemsOf(issue, lang)) };
}

function problemsOf(issue: z.core.$ZodIssue, lang: PlanLang): PlanProblem[] {
  if (issue.code === "unrecognized_keys") {
    const message = lang === "vi" ? "khóa không được nhận dạng" : "unrecognised key";
    return issue.keys.map((key) => ({ at: keyPath([...issue.path, key]), message }));
  }
  const localised = issue.code === "custom" ? issue.params?.[lang] : undefined;
  return [{ at: keyPath(issue.path), message: typeof localised === "string" ? localised : issue.message }];
}
