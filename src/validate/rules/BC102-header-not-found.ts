import type { Rule } from "../rule.js";

/** No header row (STT/TT with known column labels) was found in the first 30 rows of the sheet. */
export const rule: Rule = {
  code: "BC102",
  name: "header-not-found",
  severity: "error",
  stage: "layout",
  description: {
    vi: "Không tìm thấy dòng tiêu đề (STT/TT và các cột đã biết) trong 30 dòng đầu của trang tính.",
    en: "No header row (STT/TT with known column labels) was found in the first 30 rows of the sheet.",
  },
  message: { vi: "Không tìm thấy dòng tiêu đề của biểu mẫu.", en: "No form header was found." },
  hint: { vi: "Dùng biểu mẫu chính thức: cột STT, tên nhiệm vụ và kinh phí.", en: "Use the official form: STT, task name and amount columns." },
};
