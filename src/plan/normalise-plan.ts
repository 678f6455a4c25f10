import type { Plan } from "./schema.js";

/** Puts the registry in appendix order: by `order`, agencies without one at their place in the list. */
export function normalisePlan(plan: Plan): Plan {
  const agencies = plan.agencies
    .map((agency, index) => ({ agency, rank: agency.order ?? index + 1, index }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ agency }) => agency);
  return { ...plan, agencies };
}
