import type { Rule } from "../rule.js";

/** A formula has no cached value, or its value is an error (`#REF!`). */
export const rule: Rule = {
  code: "BC205",
  name: "formula-without-value",
  severity: "error",
  stage: "parse",
  description: {
    vi: "Công thức không có giá trị lưu sẵn (tệp tạo bằng chương trình không tính lại) hoặc cho giá trị lỗi (`#REF!`, `#VALUE!`); ô không được tính.",
    en: "A formula has no cached value (the file was written by a program that does not recalculate) or its value is an error (`#REF!`, `#VALUE!`); the cell is not counted.",
  },
  message: {
    vi: "Công thức[ ={formula}] không có giá trị hợp lệ[ (giá trị lỗi {actual})].",
    en: "Formula[ ={formula}] has no valid value[ (error value {actual})].",
  },
  hint: {
    vi: "Công thức chưa được tính lại: mở và lưu lại trong Excel (giá trị lỗi như #REF! thì sửa công thức).",
    en: "Formula not recalculated: open and save in Excel (an error value such as #REF! needs the formula fixed).",
  },
  values: { actual: "text" },
};
