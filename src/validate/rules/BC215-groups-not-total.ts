import type { Rule } from "../rule.js";

/** The amounts written in an item's task-group columns do not add up to the item's total. */
export const rule: Rule = {
  code: "BC215",
  name: "groups-not-total",
  severity: "error",
  description: { vi: "Tổng số tiền ghi ở các cột nhóm nhiệm vụ không bằng tổng của dòng.", en: "The amounts written in an item's task-group columns do not add up to the item's total." },
  message: { vi: "Các nhóm nhiệm vụ cộng lại {actual}, tổng của dòng là {expected}.", en: "Task-group amounts add up to {actual}; the row's total is {expected}." },
  hint: { vi: "Ghi x hoặc ghi đủ số tiền vào các cột nhóm nhiệm vụ.", en: "Mark x, or split the whole amount across the task-group columns." },
};
