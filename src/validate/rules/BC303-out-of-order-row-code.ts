import type { Rule } from "../rule.js";

/** A row code contradicts the row's position (e.g. `4,5` under agency 5); the row is placed by position. */
export const rule: Rule = {
  code: "BC303",
  name: "out-of-order-row-code",
  severity: "warning",
  stage: "parse",
  description: {
    vi: "Số thứ tự không khớp vị trí (ví dụ `4,5` dưới đơn vị 5); dòng được xếp theo vị trí.",
    en: "A row code contradicts the row's position (e.g. `4,5` under agency 5); the row is placed by position.",
  },
  message: {
    vi: 'Số thứ tự "{actual}" không khớp vị trí; lẽ ra là "{expected}".',
    en: 'Row code "{actual}" does not match its position; expected "{expected}".',
  },
  hint: { vi: "Sửa số thứ tự cho đúng.", en: "Correct the row code." },
  values: { actual: "text", expected: "text" },
};
