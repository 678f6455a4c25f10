import type { Rule } from "../rule.js";

/** A year column of the form is a year the plan does not have; its figures are still added under that year. */
export const rule: Rule = {
  code: "BC408",
  name: "year-column-outside-plan",
  severity: "warning",
  stage: "layout",
  description: {
    vi: "Một cột năm của biểu mẫu (`Trong đó: 2025`; khi bảng không có cột năm: cột kinh phí ghi năm như `Kinh phí năm 2025`, hoặc có năm ghi ở tiêu đề như `… NĂM 2025`) không thuộc các năm của kế hoạch (ví dụ biểu mẫu 2025–2026 đọc theo kế hoạch 2026–2027). Số liệu của cột vẫn được tổng hợp vào năm đó.",
    en: "A year column of the form (`Trong đó: 2025`; in a table without year columns, an amount column naming its year such as `Kinh phí năm 2025`, or whose year the title states, `… NĂM 2025`) is not one of the plan's years (e.g. a 2025–2026 form read under a 2026–2027 plan). Its figures are still consolidated under that year.",
  },
  message: {
    vi: 'Cột năm {actual}[ ("{column}")][ (năm theo tiêu đề "{title}")] nằm ngoài các năm của kế hoạch ({expected}); số liệu của cột vẫn được tổng hợp vào năm {actual}.',
    en: 'Year column {actual}[ ("{column}")][ (the year the title states: "{title}")] is outside the plan\'s years ({expected}); its figures are still consolidated under {actual}.',
  },
  hint: {
    vi: "Kiểm tra năm ở tiêu đề cột hoặc tiêu đề biểu mẫu, hoặc dùng kế hoạch có năm này (--plan).",
    en: "Check the year in the column header or the title, or use a plan that has this year (--plan).",
  },
  values: { actual: "text", expected: "text" },
};
