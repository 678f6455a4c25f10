import type { Rule } from "../rule.js";

/** A blank form (made by `budget template`, or holding only agency rows without figures): it adds nothing. */
export const rule: Rule = {
  code: "BC111",
  name: "blank-template",
  severity: "info",
  stage: "parse",
  description: {
    vi: "Tệp là biểu mẫu trống (do lệnh budget template tạo, hoặc chỉ có dòng đơn vị mà không có số liệu), chưa có nhiệm vụ hay số liệu nào; tệp không làm thay đổi tổng.",
    en: "The file is a blank form (made by budget template, or holding only agency rows without figures), with no items or figures yet; it changes no total.",
  },
  message: { vi: "Biểu mẫu trống, chưa có số liệu[ (đơn vị: {agency})].", en: "Blank form, no figures yet[ (agency: {agency})]." },
  hint: { vi: "Bỏ tệp khỏi thư mục đầu vào, hoặc điền nhiệm vụ rồi chạy lại.", en: "Remove the file from the inputs, or fill in the items and run again." },
};
