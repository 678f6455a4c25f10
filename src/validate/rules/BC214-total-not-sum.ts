import type { Rule } from "../rule.js";
import { totalNotSum } from "../sums.js";

/** The stated `Tổng cộng` row does not equal the sum of the agencies. */
export const rule: Rule = {
  code: "BC214",
  name: "total-not-sum",
  severity: "error",
  description: { vi: "Dòng Tổng cộng không bằng tổng các đơn vị.", en: "The stated `Tổng cộng` row does not equal the sum of the agencies." },
  message: { vi: "{field}: Tổng cộng ghi {actual}, tổng các đơn vị là {expected}.", en: "{field}: Tổng cộng states {actual}, agencies add up to {expected}." },
  hint: { vi: "Sửa dòng Tổng cộng hoặc dùng công thức SUM.", en: "Fix the Tổng cộng row or use a SUM formula." },
  check: totalNotSum,
};
