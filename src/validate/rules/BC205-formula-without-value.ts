import type { Rule } from "../rule.js";

/** A formula has no cached value, or its value is an error (`#REF!`). */
export const rule: Rule = {
  code: "BC205",
  name: "formula-without-value",
  severity: "error",
  description: { vi: "Công thức không có giá trị lưu sẵn hoặc cho giá trị lỗi.", en: "A formula has no cached value, or its value is an error (`#REF!`)." },
  message: { vi: "Công thức ={formula} không có giá trị hợp lệ{actual}.", en: "Formula ={formula} has no valid value{actual}." },
  hint: { vi: "Mở tệp bằng Excel, tính lại và lưu.", en: "Open the file in Excel, recalculate and save." },
};
