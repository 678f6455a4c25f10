import type { Rule } from "../rule.js";

/** A consolidated total is above a ceiling the plan sets; both figures are shown. */
export const rule: Rule = {
  code: "BC407",
  name: "above-ceiling",
  severity: "warning",
  // Found by the run on the consolidation it already has (`ceilingFindings`, aggregate/ceilings.ts).
  stage: "run",
  description: {
    vi: "Tổng kinh phí của một đơn vị, một nguồn vốn hoặc cả kế hoạch vượt mức trần ghi trong kế hoạch. Với --approved, tổng các số thẩm định cũng được so với các mức trần cả kỳ (không theo năm).",
    en: "The total of an agency, a funding source or the whole plan is above the ceiling the plan sets. With --approved, the total of the approved figures is also compared with the ceilings for the whole plan (not those for one year).",
  },
  message: {
    vi: '{scope}[ "{subject}"][ năm {year}]: tổng[ {phase}] {actual} vượt mức trần {expected}.',
    en: '{scope}[ "{subject}"][ in {year}]:[ {phase}] total {actual} is above the ceiling {expected}.',
  },
  hint: { vi: "Rà soát lại các nhiệm vụ đề xuất hoặc mức trần trong tệp kế hoạch.", en: "Review the proposed tasks, or the ceiling in the plan file." },
  values: { expected: "amount", actual: "amount" },
  terms: {
    scope: {
      agency: { vi: "Đơn vị", en: "Agency" },
      source: { vi: "Nguồn vốn", en: "Funding source" },
      total: { vi: "Toàn bộ kế hoạch", en: "The whole plan" },
    },
    phase: { approved: { vi: "thẩm định", en: "approved" } },
  },
};
