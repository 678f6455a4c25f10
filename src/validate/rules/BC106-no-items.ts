import type { Rule } from "../rule.js";

/** The sheet has a header but no budget rows. */
export const rule: Rule = {
  code: "BC106",
  name: "no-items",
  severity: "error",
  stage: "parse",
  description: {
    vi: "Trang tính có dòng tiêu đề nhưng không có dòng số liệu nào (trang trống hoặc chỉ có tiêu đề).",
    en: "The sheet has a header but no budget rows (an empty sheet, or only the header).",
  },
  message: { vi: "Không có nhiệm vụ nào trong bảng.", en: "The table holds no items." },
  hint: { vi: "Điền các nhiệm vụ dưới dòng tiêu đề.", en: "Fill in the items under the header." },
};
