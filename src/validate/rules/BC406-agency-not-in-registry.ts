import { agencyNotInRegistry } from "../agencies.js";
import type { Rule } from "../rule.js";

/** An agency's name matches no agency of the plan's registry. */
export const rule: Rule = {
  code: "BC406",
  name: "agency-not-in-registry",
  severity: "warning",
  stage: "submission",
  description: {
    vi: "Tên đơn vị không khớp tên chính thức hay bí danh nào trong danh sách đơn vị của kế hoạch; đơn vị được xếp cuối phụ lục.",
    en: "An agency's name matches no official name or alias of the plan's registry; the agency is placed at the end of the appendix.",
  },
  message: { vi: 'Đơn vị "{actual}" không có trong danh sách của kế hoạch.', en: 'Agency "{actual}" is not in the plan\'s registry.' },
  hint: { vi: "Dùng tên chính thức của đơn vị hoặc thêm bí danh vào kế hoạch.", en: "Use the agency's official name, or add an alias to the plan." },
  values: { actual: "text" },
  check: agencyNotInRegistry,
};
