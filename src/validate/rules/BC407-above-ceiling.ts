import { ceilingBreaches } from "../../aggregate/ceilings.js";
import { consolidate } from "../../aggregate/consolidate.js";
import type { Finding } from "../../data/diagnostic.js";
import type { Rule, RunContext } from "../rule.js";

/** BC407: a consolidated total (an agency's, a funding source's, or the whole plan's) above the plan's ceiling. */
function* aboveCeiling({ submissions, plan, index }: RunContext): Iterable<Finding> {
  if (plan.ceilings.agencies.length === 0 && plan.ceilings.sources.length === 0 && plan.ceilings.total === undefined) return;
  for (const breach of ceilingBreaches(consolidate(submissions, index), index)) {
    yield {
      code: "BC407",
      file: breach.where?.file ?? "",
      ...(breach.where ? { sheet: breach.where.sheet } : {}),
      ...(breach.scope === "agency" ? { rowName: breach.subject } : {}),
      expected: breach.ceiling.toFixed(),
      actual: breach.actual.toFixed(),
      args: { scope: breach.scope, subject: breach.subject, year: breach.year === undefined ? "" : String(breach.year) },
    };
  }
}

/** A consolidated total is above a ceiling the plan sets; both figures are shown. */
export const rule: Rule = {
  code: "BC407",
  name: "above-ceiling",
  severity: "warning",
  stage: "run",
  description: {
    vi: "Tổng kinh phí của một đơn vị, một nguồn vốn hoặc cả kế hoạch vượt mức trần ghi trong kế hoạch.",
    en: "The total of an agency, a funding source or the whole plan is above the ceiling the plan sets.",
  },
  message: {
    vi: '{scope}[ "{subject}"][ năm {year}]: tổng {actual} vượt mức trần {expected}.',
    en: '{scope}[ "{subject}"][ in {year}]: total {actual} is above the ceiling {expected}.',
  },
  hint: { vi: "Rà soát lại các nhiệm vụ đề xuất hoặc mức trần trong tệp kế hoạch.", en: "Review the proposed tasks, or the ceiling in the plan file." },
  values: { expected: "amount", actual: "amount" },
  terms: {
    scope: {
      agency: { vi: "Đơn vị", en: "Agency" },
      source: { vi: "Nguồn vốn", en: "Funding source" },
      total: { vi: "Toàn bộ kế hoạch", en: "The whole plan" },
    },
  },
  check: aboveCeiling,
};
