import type { Rule } from "../rule.js";

/** The table has hidden rows; they were read like the others. */
export const rule: Rule = {
  code: "BC108",
  name: "hidden-rows",
  severity: "info",
  stage: "layout",
  description: {
    vi: "Bảng có dòng bị ẩn; các dòng này vẫn được đọc và tổng hợp.",
    en: "The table has hidden rows; they were read and consolidated like the others.",
  },
  message: { vi: "Có {count} dòng ẩn đã được đọc[ ({rows})].", en: "{count} hidden rows were read[ ({rows})]." },
  hint: { vi: "Bỏ ẩn các dòng để người duyệt thấy đủ số liệu.", en: "Unhide the rows so reviewers see every figure." },
};
