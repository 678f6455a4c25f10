import type { Rule } from "../rule.js";
import { ofWhichAboveParent, STALE_FORMULA_HINT, SUM_FIELDS } from "../sums.js";

/** An "of which" figure (under `Trong đó:`, `Bao gồm:`, `Gồm:`) is larger than the row it details. */
export const rule: Rule = {
  code: "BC216",
  name: "of-which-above-parent",
  severity: "error",
  stage: "submission",
  description: {
    vi: 'Một số "trong đó" (dòng dưới Trong đó:, Bao gồm:, Gồm:) lớn hơn số của dòng mà nó chi tiết, ở cột tổng, cột chi thường xuyên, đầu tư công hoặc từng năm. Các dòng "trong đó" không được cộng vào tổng nào.',
    en: 'An "of which" figure (a row under Trong đó:, Bao gồm:, Gồm:) is larger than the figure of the row it details, in the total, recurrent, public-investment or a year column. "Of which" rows are never added to any total.',
  },
  message: {
    vi: 'Cột {field}: số "trong đó" là {actual}, lớn hơn số của dòng trên ({expected}).',
    en: 'Column {field}: the "of which" figure {actual} is larger than the row above ({expected}).',
  },
  hint: {
    vi: 'Sửa số "trong đó" hoặc số của dòng trên; phần "trong đó" là một phần của dòng trên, không cộng thêm.',
    en: 'Fix the "of which" figure or the row above; an "of which" figure is part of the row above, not added to it.',
  },
  formulaHint: STALE_FORMULA_HINT,
  values: { expected: "amount", actual: "amount" },
  terms: { field: SUM_FIELDS },
  check: ofWhichAboveParent,
};
