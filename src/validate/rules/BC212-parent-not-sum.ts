import type { Rule } from "../rule.js";
import { parentNotSum, STALE_FORMULA_HINT, SUM_FIELDS } from "../sums.js";

/** A row with sub-rows does not equal the sum of its sub-rows. */
export const rule: Rule = {
  code: "BC212",
  name: "parent-not-sum",
  severity: "error",
  stage: "submission",
  description: {
    vi: "Dòng cha không bằng tổng các dòng con, ở cột tổng, cột chi thường xuyên, đầu tư công hoặc từng năm.",
    en: "A row with sub-rows does not equal the sum of its sub-rows, in the total, recurrent, public-investment or a year column.",
  },
  message: { vi: "Cột {field}: ghi {actual}, tổng các dòng con là {expected}.", en: "Column {field}: stated {actual}, sub-rows add up to {expected}." },
  hint: { vi: "Sửa số tổng hoặc dùng công thức SUM.", en: "Fix the subtotal or use a SUM formula." },
  formulaHint: STALE_FORMULA_HINT,
  values: { expected: "amount", actual: "amount" },
  terms: { field: SUM_FIELDS },
  check: parentNotSum,
};
