import type { Rule } from "../rule.js";

/** The same row code appears twice in one table. */
export const rule: Rule = {
  code: "BC301",
  name: "duplicate-row-code",
  severity: "error",
  stage: "parse",
  description: { vi: "Số thứ tự bị trùng trong cùng một bảng.", en: "The same row code appears twice in one table." },
  message: { vi: 'Số thứ tự "{actual}" bị trùng.', en: 'Row code "{actual}" is used twice.' },
  hint: { vi: "Đánh lại số thứ tự.", en: "Renumber the rows." },
  values: { actual: "text" },
};
