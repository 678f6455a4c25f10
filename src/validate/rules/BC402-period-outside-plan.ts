import { periodOutsidePlan } from "../period.js";
import type { Rule } from "../rule.js";

/** An item's period lies outside the plan's years. */
export const rule: Rule = {
  code: "BC402",
  name: "period-outside-plan",
  severity: "warning",
  stage: "submission",
  description: {
    vi: "Thời gian thực hiện của nhiệm vụ không có năm nào thuộc các năm của kế hoạch (ví dụ `2022-2023` trong kế hoạch 2025–2026).",
    en: "No year of an item's period falls within the plan's years (e.g. `2022-2023` in a 2025–2026 plan).",
  },
  message: {
    vi: 'Thời gian thực hiện "{actual}" nằm ngoài các năm của kế hoạch ({expected}).',
    en: 'Period "{actual}" is outside the plan\'s years ({expected}).',
  },
  hint: { vi: "Kiểm tra lại thời gian thực hiện.", en: "Check the period." },
  values: { actual: "text", expected: "text" },
  check: periodOutsidePlan,
};
