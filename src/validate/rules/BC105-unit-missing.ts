import type { Rule } from "../rule.js";

/** No `Đơn vị tính` line or unit in a header was found; amounts are read as triệu đồng. */
export const rule: Rule = {
  code: "BC105",
  name: "unit-missing",
  severity: "warning",
  stage: "layout",
  description: {
    vi: "Không thấy dòng Đơn vị tính hoặc đơn vị trong tiêu đề cột, hoặc đơn vị không xác định; số liệu được hiểu là triệu đồng.",
    en: "No `Đơn vị tính` line or unit in a column header was found, or the unit is unknown; amounts are read as triệu đồng.",
  },
  message: { vi: 'Không xác định được đơn vị tính[ ("{text}")]; coi là triệu đồng.', en: 'Unit not found[ ("{text}")]; triệu đồng assumed.' },
  hint: { vi: 'Thêm dòng "Đơn vị tính: triệu đồng" trên bảng.', en: 'Add the line "Đơn vị tính: triệu đồng" above the table.' },
};
