import type { Rule } from "../rule.js";
import { agencyNotSum } from "../sums.js";

/** An agency row does not equal the sum of its items. */
export const rule: Rule = {
  code: "BC213",
  name: "agency-not-sum",
  severity: "error",
  description: { vi: "Dòng đơn vị không bằng tổng các nhiệm vụ.", en: "An agency row does not equal the sum of its items." },
  message: { vi: "{field}: ghi {actual}, tổng các nhiệm vụ là {expected}.", en: "{field}: stated {actual}, items add up to {expected}." },
  hint: { vi: "Sửa số tổng của đơn vị hoặc dùng công thức SUM.", en: "Fix the agency's subtotal or use a SUM formula." },
  check: agencyNotSum,
};
