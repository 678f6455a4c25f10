import type { Rule } from "../rule.js";

/** A column the consolidation needs (row code, name, amount) is missing from the header. */
export const rule: Rule = {
  code: "BC103",
  name: "required-column-missing",
  severity: "error",
  stage: "layout",
  description: {
    vi: "Thiếu cột bắt buộc (STT, tên, kinh phí) trong dòng tiêu đề; trang tính không được đọc.",
    en: "A column the consolidation needs (row code, name, amount) is missing from the header; the sheet is not read.",
  },
  message: { vi: "Thiếu cột bắt buộc: {columns}.", en: "Required column missing: {columns}." },
  hint: { vi: "Thêm cột còn thiếu vào biểu mẫu với tiêu đề chuẩn.", en: "Add the missing column with its standard label." },
  terms: {
    columns: {
      code: { vi: "STT", en: "row code (STT)" },
      name: { vi: "tên nhiệm vụ", en: "task name" },
      amount: { vi: "kinh phí", en: "amount" },
    },
  },
};
