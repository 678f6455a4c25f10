import type { Rule } from "../rule.js";
import { itemWithoutGroup } from "../task-groups.js";

/** An item is marked in no task-group column. */
export const rule: Rule = {
  code: "BC403",
  name: "item-without-group",
  severity: "warning",
  stage: "submission",
  description: {
    vi: "Biểu mẫu có các cột nhóm nhiệm vụ nhưng nhiệm vụ (kể cả các dòng con của nó) không được đánh dấu vào cột nào.",
    en: "The form has task-group columns, but an item (and every sub-item under it) is marked in none of them.",
  },
  message: { vi: "Nhiệm vụ chưa thuộc nhóm nhiệm vụ nào.", en: "The item belongs to no task group." },
  hint: { vi: "Đánh dấu x vào ít nhất một cột nhóm nhiệm vụ.", en: "Mark x in at least one task-group column." },
  check: itemWithoutGroup,
};
