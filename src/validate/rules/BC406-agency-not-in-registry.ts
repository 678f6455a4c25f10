import type { Rule } from "../rule.js";

/** An agency's name matches no agency of the plan's registry. */
export const rule: Rule = {
  code: "BC406",
  name: "agency-not-in-registry",
  severity: "warning",
  description: { vi: "Tên đơn vị không có trong danh sách đơn vị của kế hoạch.", en: "An agency's name matches no agency of the plan's registry." },
  message: { vi: "Đơn vị \"{actual}\" không có trong danh sách của kế hoạch.", en: "Agency \"{actual}\" is not in the plan's registry." },
  hint: { vi: "Dùng tên chính thức của đơn vị hoặc thêm bí danh vào kế hoạch.", en: "Use the agency's official name, or add an alias to the plan." },
};
