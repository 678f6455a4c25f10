import type { Rule } from "../rule.js";

/**
 * Two columns of a table name the same period and phase (`2025 | 2025`): added up they would count the
 * period twice, and one read over the other would drop money in silence. The second is not read.
 */
export const rule: Rule = {
  code: "BC412",
  name: "period-column-repeated",
  severity: "warning",
  stage: "parse",
  description: {
    vi: "Hai cột của bảng ghi cùng một năm/giai đoạn và cùng loại số liệu (`2025 | 2025`): cột sau không được đọc, để không cộng trùng cũng không bỏ mất số liệu mà không báo.",
    en: "Two columns of a table name the same period and phase (`2025 | 2025`): the second is not read, so the period is neither counted twice nor silently replaced.",
  },
  message: {
    vi: 'Cột "{actual}" trùng năm/giai đoạn với cột {first}; cột này không được đọc.',
    en: 'Column "{actual}" repeats the period of column {first}; it is not read.',
  },
  hint: {
    vi: "Gộp hai cột, hoặc ghi rõ loại số liệu của từng cột (Dự toán, Thực hiện…).",
    en: "Merge the two columns, or name each one's phase (Dự toán, Thực hiện…).",
  },
  values: { actual: "text" },
};
