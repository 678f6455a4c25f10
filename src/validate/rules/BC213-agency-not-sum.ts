import type { Rule } from "../rule.js";
import { agencyNotSum, STALE_FORMULA_HINT, SUM_FIELDS } from "../sums.js";

/** An agency row does not equal the sum of its items. */
export const rule: Rule = {
  code: "BC213",
  name: "agency-not-sum",
  severity: "error",
  stage: "submission",
  description: { vi: "Dòng đơn vị không bằng tổng các nhiệm vụ của đơn vị.", en: "An agency row does not equal the sum of its items." },
  message: { vi: "Cột {field}: ghi {actual}, tổng các nhiệm vụ là {expected}.", en: "Column {field}: stated {actual}, items add up to {expected}." },
  hint: { vi: "Sửa số tổng của đơn vị hoặc dùng công thức SUM.", en: "Fix the agency's subtotal or use a SUM formula." },
  formulaHint: STALE_FORMULA_HINT,
  values: { expected: "amount", actual: "amount" },
  terms: { field: SUM_FIELDS },
  check: agencyNotSum,
};
