import type { Rule } from "../rule.js";

/** A cost estimate's row: quantity × unit price is not the amount (`Số lượng × Đơn giá ≠ Thành tiền`). */
export const rule: Rule = {
  code: "BC219",
  name: "quantity-times-price",
  severity: "error",
  stage: "parse",
  description: {
    vi: "Ở bảng dự toán có cột Số lượng và Đơn giá, số lượng × đơn giá không bằng Thành tiền của dòng (so sánh chính xác, sau khi quy đổi đơn vị của từng cột). Tổng vẫn tính theo Thành tiền.",
    en: "In a cost estimate with quantity and unit-price columns, quantity × unit price is not the row's amount (compared exactly, each column's unit converted). Totals still use the amount.",
  },
  message: {
    vi: "Thành tiền ghi {actual} {unit}, nhưng số lượng {quantity} (ô {quantityCell}) × đơn giá {price} (ô {priceCell}) = {expected} {unit}.",
    en: "The amount states {actual} {unit}, but quantity {quantity} (cell {quantityCell}) × unit price {price} (cell {priceCell}) = {expected} {unit}.",
  },
  hint: {
    vi: "Sửa số lượng, đơn giá hoặc thành tiền cho khớp, hoặc dùng công thức (=số lượng*đơn giá).",
    en: "Fix the quantity, unit price or amount so they agree, or use a formula (=quantity*price).",
  },
  values: { expected: "amount", actual: "amount" },
};
