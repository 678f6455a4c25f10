import type { Rule } from "../rule.js";
import { STALE_FORMULA_HINT, SUM_FIELDS, totalNotSum } from "../sums.js";

/** The stated `Tổng cộng` row does not equal the sum of the agencies. */
export const rule: Rule = {
  code: "BC214",
  name: "total-not-sum",
  severity: "error",
  stage: "submission",
  description: {
    vi: "Dòng Tổng cộng không bằng tổng các đơn vị (hoặc các nhiệm vụ khi biểu mẫu không có dòng đơn vị).",
    en: "The stated `Tổng cộng` row does not equal the sum of the agencies (or of the items, when the form has no agency rows).",
  },
  message: {
    vi: "Cột {field}: Tổng cộng ghi {actual}, tổng các đơn vị là {expected}.",
    en: "Column {field}: Tổng cộng states {actual}, agencies add up to {expected}.",
  },
  hint: { vi: "Sửa dòng Tổng cộng hoặc dùng công thức SUM.", en: "Fix the Tổng cộng row or use a SUM formula." },
  formulaHint: STALE_FORMULA_HINT,
  values: { expected: "amount", actual: "amount" },
  terms: { field: SUM_FIELDS },
  check: totalNotSum,
};
