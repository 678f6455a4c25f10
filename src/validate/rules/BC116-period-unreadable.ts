import type { Rule } from "../rule.js";

/**
 * A column label or a row's period cell names years in a way that is no period: a range backwards
 * (`2030 - 2026`), or years listed (`2021, 2023`). Its figures get no period rather than a guessed one,
 * and count under "no period stated".
 */
export const rule: Rule = {
  code: "BC116",
  name: "period-unreadable",
  severity: "warning",
  stage: "parse",
  description: {
    vi: "Tiêu đề cột hoặc ô thời gian thực hiện của một dòng ghi năm nhưng không thành một năm hay một giai đoạn (`2030 - 2026`, `2021, 2023`); số liệu không được gán năm/giai đoạn nào (không đoán) và được tính vào phần chưa chia theo năm.",
    en: "A column label or a row's period cell names years but no single year or range (`2030 - 2026`, `2021, 2023`); its figures get no period (no guess) and count as not split by period.",
  },
  message: {
    vi: 'Không đọc được năm/giai đoạn "{actual}"; số liệu không được gán năm hay giai đoạn nào.',
    en: 'Cannot read the period "{actual}"; its figures are given no period.',
  },
  hint: {
    vi: "Ghi một năm (2025) hoặc một giai đoạn từ năm trước đến năm sau (2026 - 2030).",
    en: "Write one year (2025) or a range from an earlier year to a later one (2026 - 2030).",
  },
  values: { actual: "text" },
};
