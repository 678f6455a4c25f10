import type { Rule } from "../rule.js";

/** An amount cell holds text that is not a number. */
export const rule: Rule = {
  code: "BC201",
  name: "amount-not-a-number",
  severity: "error",
  stage: "parse",
  description: {
    vi: "Ô kinh phí chứa nội dung không phải số; ô này không được tính.",
    en: "An amount cell holds text that is not a number; the cell is not counted.",
  },
  message: { vi: 'Kinh phí không phải là số: "{actual}".', en: 'Amount is not a number: "{actual}".' },
  hint: { vi: "Nhập số, ví dụ 1.090 hoặc 0,5.", en: "Enter a number, e.g. 1.090 or 0,5." },
  values: { actual: "text" },
};
