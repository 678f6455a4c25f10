import type { Rule } from "../rule.js";

/** An item's period lies outside the plan's years. */
export const rule: Rule = {
  code: "BC402",
  name: "period-outside-plan",
  severity: "warning",
  description: { vi: "Thời gian thực hiện nằm ngoài các năm của kế hoạch.", en: "An item's period lies outside the plan's years." },
  message: { vi: "Thời gian \"{actual}\" nằm ngoài kế hoạch ({expected}).", en: "Period \"{actual}\" is outside the plan ({expected})." },
  hint: { vi: "Kiểm tra lại thời gian thực hiện.", en: "Check the period." },
};
