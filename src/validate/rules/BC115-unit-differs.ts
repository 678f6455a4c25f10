import type { Rule } from "../rule.js";

/**
 * A money column's header states a unit (`Thành tiền (đồng)`) other than the sheet's unit line
 * (`Đơn vị tính: triệu đồng`). The column's own unit is the nearer statement: its figures are converted
 * from it, exactly; one of the two statements is wrong, and the total depends on which.
 */
export const rule: Rule = {
  code: "BC115",
  name: "unit-differs",
  severity: "warning",
  stage: "layout",
  description: {
    vi: "Tiêu đề một cột kinh phí ghi đơn vị khác với dòng Đơn vị tính của biểu; số liệu cột đó được quy đổi theo đơn vị ghi ở cột.",
    en: "A money column's header states a unit other than the sheet's unit line; that column's figures are converted from the column's unit.",
  },
  message: {
    vi: 'Cột "{label}" ghi đơn vị {column}, khác đơn vị tính của biểu ({sheet}); số liệu cột này được đọc theo {column}.',
    en: 'Column "{label}" states {column}, unlike the sheet\'s unit ({sheet}); its figures are read in {column}.',
  },
  hint: {
    vi: "Kiểm tra đơn vị của cột và dòng Đơn vị tính, sửa cho thống nhất.",
    en: "Check the column's unit and the unit line, and make them agree.",
  },
};
