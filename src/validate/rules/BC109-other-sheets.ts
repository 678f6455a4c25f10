import type { Rule } from "../rule.js";

/** The workbook has sheets that hold no form; they were not read. */
export const rule: Rule = {
  code: "BC109",
  name: "other-sheets",
  severity: "info",
  stage: "layout",
  description: {
    vi: "Tệp có trang tính không chứa biểu mẫu; các trang này không được đọc.",
    en: "The workbook has sheets that hold no form; they were not read.",
  },
  message: { vi: "Bỏ qua trang tính: {sheets}.", en: "Sheets skipped: {sheets}." },
  hint: { vi: "Chuyển số liệu sang trang biểu mẫu nếu trang bị bỏ qua có nhiệm vụ.", en: "Move the figures to the form sheet if a skipped sheet holds tasks." },
};
