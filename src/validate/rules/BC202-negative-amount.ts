import type { Rule } from "../rule.js";

/** An amount is negative. */
export const rule: Rule = {
  code: "BC202",
  name: "negative-amount",
  severity: "error",
  stage: "parse",
  description: { vi: "Kinh phí âm.", en: "An amount is negative." },
  message: { vi: "Kinh phí âm: {actual}.", en: "Negative amount: {actual}." },
  hint: { vi: "Kinh phí đề xuất phải lớn hơn hoặc bằng 0.", en: "Proposed amounts must be zero or more." },
  values: { actual: "amount" },
};
