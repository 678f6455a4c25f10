import type { Rule } from "../rule.js";

/** The same task (same name) is submitted by two agencies. */
export const rule: Rule = {
  code: "BC404",
  name: "duplicate-task",
  severity: "warning",
  description: { vi: "Cùng một nhiệm vụ được hai đơn vị đề xuất.", en: "The same task (same name) is submitted by two agencies." },
  message: { vi: "Nhiệm vụ cũng được đề xuất bởi {other}.", en: "The same task is also proposed by {other}." },
  hint: { vi: "Thống nhất đơn vị chủ trì để tránh trùng kinh phí.", en: "Agree on one lead agency so the money is not counted twice." },
};
