import type { Rule } from "../rule.js";
import { STALE_FORMULA_HINT } from "../sums.js";
import { groupsNotTotal } from "../task-groups.js";

/** The amounts written in an item's task-group columns do not add up to the item's total. */
export const rule: Rule = {
  code: "BC215",
  name: "groups-not-total",
  severity: "error",
  stage: "submission",
  description: {
    vi: "Khi một nhiệm vụ ghi số tiền (thay vì x) vào các cột nhóm nhiệm vụ của một văn bản chủ trương, các số tiền đó phải cộng lại bằng tổng kinh phí của nhiệm vụ.",
    en: "When an item writes amounts (instead of x) in the task-group columns of one policy framework, those amounts must add up to the item's total.",
  },
  message: {
    vi: "Các nhóm nhiệm vụ[ theo {framework}] cộng lại {actual}, tổng của dòng là {expected}.",
    en: "Task-group amounts[ under {framework}] add up to {actual}; the row's total is {expected}.",
  },
  hint: { vi: "Ghi x, hoặc chia đủ tổng kinh phí vào các cột nhóm nhiệm vụ.", en: "Mark x, or split the whole amount across the task-group columns." },
  formulaHint: STALE_FORMULA_HINT,
  values: { expected: "amount", actual: "amount" },
  check: groupsNotTotal,
};
