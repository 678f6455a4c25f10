import type { Rule } from "../rule.js";

/**
 * A period column whose labels name two phases (`Dự toán › Ước thực hiện 2025`): an estimate and an
 * outturn never add up, and which one the figures are is not guessed. The column is not read.
 */
export const rule: Rule = {
  code: "BC117",
  name: "phases-contradict",
  severity: "warning",
  stage: "parse",
  description: {
    vi: "Tiêu đề một cột năm/giai đoạn ghi hai loại số liệu khác nhau (ví dụ `Dự toán › Ước thực hiện 2025`): đề xuất, dự toán, thẩm định/giao và thực hiện là các số liệu khác nhau, không cộng với nhau; cột không được đọc (không đoán).",
    en: "A period column's labels name two phases (e.g. `Dự toán › Ước thực hiện 2025`): requested, estimate, approved and outturn figures never add up; the column is not read (no guess).",
  },
  message: {
    vi: 'Cột "{actual}" ghi hai loại số liệu ({phases}); cột không được đọc.',
    en: 'Column "{actual}" names two phases ({phases}); the column is not read.',
  },
  hint: {
    vi: "Sửa tiêu đề cột cho chỉ một loại số liệu: Đề xuất, Dự toán, Thẩm định/Giao hoặc Thực hiện.",
    en: "Label the column with one phase only: Đề xuất, Dự toán, Thẩm định/Giao or Thực hiện.",
  },
  values: { actual: "text" },
};
