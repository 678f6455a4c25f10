import type { Rule } from "../rule.js";

/** Number text that reads differently in Vietnamese and English conventions (`1.5`, `60,000`). */
export const rule: Rule = {
  code: "BC203",
  name: "ambiguous-number",
  severity: "warning",
  stage: "parse",
  description: {
    vi: "Số viết có thể hiểu hai cách theo quy ước Việt Nam và quốc tế (`1.5`, `60,000`); đã đọc theo quy ước Việt Nam.",
    en: "Number text that reads differently in Vietnamese and English conventions (`1.5`, `60,000`); it was read the Vietnamese way.",
  },
  message: { vi: 'Số "{actual}" có thể hiểu hai cách; đã đọc là {expected}.', en: '"{actual}" is ambiguous; read as {expected}.' },
  hint: { vi: "Dùng dấu chấm phân cách hàng nghìn và dấu phẩy thập phân.", en: "Use . for thousands and , for decimals." },
  values: { actual: "text", expected: "amount" },
};
