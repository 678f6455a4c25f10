import type { Rule } from "../rule.js";
import { parentNotSum } from "../sums.js";

/** A row with sub-rows does not equal the sum of its sub-rows. */
export const rule: Rule = {
  code: "BC212",
  name: "parent-not-sum",
  severity: "error",
  description: { vi: "Dòng cha không bằng tổng các dòng con.", en: "A row with sub-rows does not equal the sum of its sub-rows." },
  message: { vi: "{field}: ghi {actual}, tổng các dòng con là {expected}.", en: "{field}: stated {actual}, sub-rows add up to {expected}." },
  hint: { vi: "Sửa số tổng hoặc dùng công thức SUM.", en: "Fix the subtotal or use a SUM formula." },
  check: parentNotSum,
};
