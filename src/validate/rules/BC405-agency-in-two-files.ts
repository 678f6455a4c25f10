import type { Rule } from "../rule.js";

/** The same agency appears in two input files; its items were joined. */
export const rule: Rule = {
  code: "BC405",
  name: "agency-in-two-files",
  severity: "warning",
  description: { vi: "Cùng một đơn vị có trong hai tệp; các nhiệm vụ đã được gộp.", en: "The same agency appears in two input files; its items were joined." },
  message: { vi: "Đơn vị \"{agency}\" có trong nhiều tệp: {files}.", en: "Agency \"{agency}\" appears in several files: {files}." },
  hint: { vi: "Kiểm tra xem có gửi trùng biểu mẫu không.", en: "Check that the form was not sent twice." },
};
