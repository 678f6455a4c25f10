import { duplicateTask } from "../cross-file.js";
import type { Rule } from "../rule.js";

/** The same task (same name) is submitted by two agencies. */
export const rule: Rule = {
  code: "BC404",
  name: "duplicate-task",
  severity: "warning",
  stage: "run",
  description: {
    vi: "Cùng một nhiệm vụ (cùng tên, không kể dấu, hoa thường và dấu câu) được hai đơn vị đề xuất; cảnh báo ở lần xuất hiện sau.",
    en: "The same task (same name, ignoring diacritics, case and punctuation) is proposed by two agencies; reported where it appears the second time.",
  },
  message: {
    vi: "Nhiệm vụ này đã được {other} đề xuất ({otherFile}[ ô {otherCell}]).",
    en: "The same task is already proposed by {other} ({otherFile}[ cell {otherCell}]).",
  },
  hint: { vi: "Thống nhất đơn vị chủ trì để tránh trùng kinh phí.", en: "Agree on one lead agency so the money is not counted twice." },
  check: duplicateTask,
};
