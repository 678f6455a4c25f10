import type { Rule } from "../rule.js";

/**
 * A funding-source code is not in the plan's vocabulary; its money is totalled under "unknown source"
 * (`?`), never under a code made from the text, which would invent a source.
 */
export const rule: Rule = {
  code: "BC401",
  name: "unknown-funding-source",
  severity: "warning",
  stage: "parse",
  description: {
    vi: "Mã nguồn vốn không có trong kế hoạch; kinh phí vẫn được tổng hợp, vào mục “Không rõ nguồn” (?), không tạo mã nguồn mới từ chữ đã ghi.",
    en: "A funding-source code is not in the plan's vocabulary; its money is still totalled, under “unknown source” (?), never under a code made from the text.",
  },
  message: { vi: 'Nguồn vốn không xác định: "{actual}".', en: 'Unknown funding source: "{actual}".' },
  hint: {
    vi: "Dùng mã nguồn vốn của kế hoạch (CTX, CĐT, NSTW, NST, NSĐP, NSNN…).",
    en: "Use the plan's funding-source codes (CTX, CĐT, NSTW, NST, NSĐP, NSNN…).",
  },
  values: { actual: "text" },
};
