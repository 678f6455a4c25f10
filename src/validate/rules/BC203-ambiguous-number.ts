import type { Rule } from "../rule.js";

/** Number text that reads differently in Vietnamese and English conventions (`1.5`, `60,000`). */
export const rule: Rule = {
  code: "BC203",
  name: "ambiguous-number",
  severity: "warning",
  description: { vi: "Số viết có thể hiểu hai cách (`1.5`, `60,000`).", en: "Number text that reads differently in Vietnamese and English conventions (`1.5`, `60,000`)." },
  message: { vi: "Số \"{actual}\" có thể hiểu hai cách; đã đọc là {expected}.", en: "\"{actual}\" is ambiguous; read as {expected}." },
  hint: { vi: "Dùng dấu chấm phân cách hàng nghìn và dấu phẩy thập phân.", en: "Use . for thousands and , for decimals." },
};
