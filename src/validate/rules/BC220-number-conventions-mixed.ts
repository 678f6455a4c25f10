import type { Rule } from "../rule.js";

/**
 * Number text written both the Vietnamese way (`1.234.567`, `3.682,35`) and the English way (`2,615,000`,
 * `1,234.5`) in one column, or in two columns of one sheet. Text that reads one way only is read that
 * way; text that reads both ways (`1.500`, `60,000`) is not guessed (BC203).
 */
export const rule: Rule = {
  code: "BC220",
  name: "number-conventions-mixed",
  severity: "warning",
  stage: "layout",
  description: {
    vi: "Số viết dạng chữ theo cả quy ước Việt Nam (`1.234.567`) và quy ước Anh (`2,615,000`) trong một cột, hoặc trong hai cột của một biểu. Số chỉ có một cách đọc được đọc theo cách đó; số đọc được hai cách không được đoán (BC203).",
    en: "Number text written both the Vietnamese way (`1.234.567`) and the English way (`2,615,000`) in one column, or in two columns of one sheet. Text with one reading is read that way; text with two (`1.500`) is not guessed (BC203).",
  },
  message: {
    vi: 'Cột {column} viết số theo hai quy ước: "{viText}" (ô {viCell}) kiểu Việt Nam, "{enText}" (ô {enCell}) kiểu Anh.',
    en: 'Column {column} writes numbers two ways: "{viText}" (cell {viCell}) the Vietnamese way, "{enText}" (cell {enCell}) the English way.',
  },
  hint: {
    vi: "Nhập số dạng số (không phải chữ), hoặc viết thống nhất: dấu chấm phân cách hàng nghìn, dấu phẩy thập phân.",
    en: "Enter numbers as numbers, not text, or write them one way: . for thousands, , for decimals.",
  },
};
