import type { Rule } from "../rule.js";

/** An item is marked in no task-group column. */
export const rule: Rule = {
  code: "BC403",
  name: "item-without-group",
  severity: "warning",
  description: { vi: "Nhiệm vụ chưa được đánh dấu vào nhóm nhiệm vụ nào.", en: "An item is marked in no task-group column." },
  message: { vi: "Nhiệm vụ chưa thuộc nhóm nhiệm vụ nào.", en: "The item belongs to no task group." },
  hint: { vi: "Đánh dấu x vào ít nhất một cột nhóm nhiệm vụ.", en: "Mark x in at least one task-group column." },
};
