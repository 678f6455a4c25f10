import type { Rule } from "../rule.js";

/** The file cannot be read as a spreadsheet. */
export const rule: Rule = {
  code: "BC101",
  name: "file-unreadable",
  severity: "error",
  description: { vi: "Không đọc được tệp dưới dạng bảng tính.", en: "The file cannot be read as a spreadsheet." },
  message: { vi: "Không đọc được tệp ({reason}).", en: "The file cannot be read ({reason})." },
  hint: { vi: "Mở tệp bằng Excel và lưu lại dưới dạng .xlsx.", en: "Open the file in Excel and save it again as .xlsx." },
};
