import type { Rule } from "../rule.js";

/** The same file was given twice, or two files have the same bytes: it was read once. */
export const rule: Rule = {
  code: "BC114",
  name: "duplicate-input",
  severity: "warning",
  stage: "read",
  description: {
    vi: "Cùng một tệp được chỉ định hơn một lần, hoặc hai tệp giống hệt nhau từng byte (cùng SHA-256, ví dụ một bản sao đổi tên): tệp chỉ được đọc một lần, để số liệu không bị cộng hai lần.",
    en: "The same file is given more than once, or two files have the same bytes (the same SHA-256, a renamed copy for one): it is read once, so its figures are not added twice.",
  },
  message: { vi: "Tệp {how}[ {other}]; chỉ đọc một lần.", en: "The file {how}[ {other}]; read once." },
  hint: { vi: "Xóa bản sao thừa khỏi thư mục hoặc danh sách tệp.", en: "Remove the extra copy from the folder or the list of files." },
  terms: {
    how: {
      "same-path": { vi: "được chỉ định hơn một lần", en: "is given more than once" },
      "same-content": { vi: "giống hệt từng byte (cùng SHA-256) tệp", en: "has the same bytes (SHA-256) as" },
    },
  },
};
