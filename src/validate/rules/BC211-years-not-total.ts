import type { Rule } from "../rule.js";
import { STALE_FORMULA_HINT, yearsNotTotal } from "../sums.js";

/** The year columns of a row do not add up to the row's total. */
export const rule: Rule = {
  code: "BC211",
  name: "years-not-total",
  severity: "error",
  stage: "submission",
  description: {
    vi: "Tổng các cột năm (`Trong đó: 2025, 2026`) không bằng tổng của dòng.",
    en: "The year columns of a row (`Trong đó: 2025, 2026`) do not add up to the row's total.",
  },
  message: { vi: "Tổng của dòng ghi {actual}, các năm cộng lại {expected}.", en: "The row's total states {actual}; its years add up to {expected}." },
  hint: { vi: "Sửa số liệu các năm cho khớp với tổng.", en: "Fix the year amounts so they add up to the total." },
  formulaHint: STALE_FORMULA_HINT,
  values: { expected: "amount", actual: "amount" },
  check: yearsNotTotal,
};
