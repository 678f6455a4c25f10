import type { Rule } from "../rule.js";

/** A figure the plan states (by period, by source or both, `statedSplits`) differs from the consolidation's. */
export const rule: Rule = {
  code: "BC410",
  name: "stated-split-differs",
  severity: "warning",
  // Found by the run on the consolidation it already has (`statedSplitFindings`, aggregate/stated-splits.ts).
  stage: "run",
  description: {
    vi: "Một số liệu kế hoạch nêu (theo năm/giai đoạn, theo nguồn vốn, hoặc cả hai; `statedSplits` của tệp kế hoạch) khác số liệu tổng hợp từ các biểu; cả hai số được nêu.",
    en: "A figure the plan states (by period, by funding source or both; the plan file's `statedSplits`) differs from the consolidated one; both figures are shown.",
  },
  message: {
    vi: "Số liệu kế hoạch nêu[ năm/giai đoạn {period}][ nguồn {source}] là {expected}, tổng hợp được {actual}.",
    en: "The plan states {expected}[ for {period}][ from {source}]; the consolidation gives {actual}.",
  },
  hint: {
    vi: "Đối chiếu phụ lục với phần kinh phí của kế hoạch; sửa biểu hoặc số liệu trong tệp kế hoạch.",
    en: "Check the appendix against the plan's budget section; fix the form or the figure in the plan file.",
  },
  values: { expected: "amount", actual: "amount" },
};
