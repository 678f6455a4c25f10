import type { Rule } from "../rule.js";

/** An amount has more precision than one đồng. */
export const rule: Rule = {
  code: "BC204",
  name: "finer-than-dong",
  severity: "warning",
  stage: "parse",
  description: {
    vi: "Kinh phí lẻ đến dưới 1 đồng (quá 6 chữ số thập phân khi tính bằng triệu đồng).",
    en: "An amount is finer than one đồng (more than 6 decimals in triệu đồng).",
  },
  message: { vi: "Kinh phí {actual} triệu đồng lẻ dưới 1 đồng.", en: "Amount {actual} triệu đồng is finer than 1 đồng." },
  hint: { vi: "Làm tròn đến đồng.", en: "Round to the đồng." },
  values: { actual: "amount" },
};
