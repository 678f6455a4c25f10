import type { Rule } from "../rule.js";

/** A row with figures has a row code the tool cannot read; it is placed by position. */
export const rule: Rule = {
  code: "BC302",
  name: "malformed-row-code",
  severity: "warning",
  stage: "parse",
  description: {
    vi: "Dòng có số liệu nhưng số thứ tự trống hoặc không đọc được; dòng được xếp theo vị trí.",
    en: "A row with figures has an empty row code or one the tool cannot read; it is placed by position.",
  },
  message: { vi: 'Số thứ tự "{actual}" không hợp lệ; xếp theo vị trí.', en: 'Row code "{actual}" is malformed; placed by position.' },
  hint: { vi: "Dùng số thứ tự dạng 1, 1.1, 1.1.1 hoặc (1).", en: "Use codes like 1, 1.1, 1.1.1 or (1)." },
  values: { actual: "text" },
};
