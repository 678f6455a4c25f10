import type { Rule } from "../rule.js";

/** The workbook has sheets that hold no form; they were not read. */
export const rule: Rule = {
  code: "BC109",
  name: "other-sheets",
  severity: "info",
  description: { vi: "Tệp có trang tính không chứa biểu mẫu; các trang này không được đọc.", en: "The workbook has sheets that hold no form; they were not read." },
  message: { vi: "Bỏ qua trang tính: {sheets}.", en: "Sheets skipped: {sheets}." },
  hint: { vi: "Dùng --sheet để chọn trang tính nếu cần.", en: "Use --sheet to choose a sheet if needed." },
};
