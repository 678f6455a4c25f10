import type { Rule } from "../rule.js";

/** A header column is not one the plan knows; its values are not consolidated. */
export const rule: Rule = {
  code: "BC104",
  name: "unknown-column",
  severity: "info",
  stage: "layout",
  description: {
    vi: "Cột không có trong kế hoạch; số liệu của cột không được tổng hợp.",
    en: "A header column is not one the plan knows; its values are not consolidated.",
  },
  message: { vi: 'Cột không xác định: "{label}".', en: 'Unknown column: "{label}".' },
  hint: { vi: "Đổi tên cột theo biểu mẫu nếu cần tổng hợp.", en: "Rename the column as in the form if it should be consolidated." },
};
