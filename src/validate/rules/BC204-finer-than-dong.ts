import type { Rule } from "../rule.js";

/** An amount has more precision than one đồng. */
export const rule: Rule = {
  code: "BC204",
  name: "finer-than-dong",
  severity: "warning",
  description: { vi: "Kinh phí lẻ đến dưới 1 đồng.", en: "An amount has more precision than one đồng." },
  message: { vi: "Kinh phí {actual} triệu đồng lẻ dưới 1 đồng.", en: "Amount {actual} triệu đồng is finer than 1 đồng." },
  hint: { vi: "Làm tròn đến đồng.", en: "Round to the đồng." },
};
