import type { Rule } from "../rule.js";

/**
 * A header column is not one the plan knows, or is a second money column of a role already read (only
 * the first is added up); its values are not consolidated. The finding names the role the column comes
 * closest to (`role`, a field), or the role it would have had; a column counting things (`Gạo hỗ trợ (tấn)`)
 * is said to be a quantity in its unit (`quantity`), not money.
 */
export const rule: Rule = {
  code: "BC104",
  name: "unknown-column",
  severity: "info",
  stage: "layout",
  description: {
    vi: "Cột không có trong kế hoạch, hoặc là cột kinh phí thứ hai cùng loại; số liệu của cột không được tổng hợp. Phát hiện nêu loại cột gần nhất, nếu có, hoặc nói cột là số lượng (tấn, người, hộ…), không phải tiền.",
    en: "A header column is not one the plan knows, or is a second money column of the same role; its values are not consolidated. The finding names the closest role, if any, or says the column is a quantity (tấn, người, hộ…), not money.",
  },
  message: {
    vi: 'Cột không xác định: "{label}"[; gần nhất với cột {role}][; là cột số lượng ({quantity}), không phải tiền].',
    en: 'Unknown column: "{label}"[; closest to the {role} column][; a quantity column ({quantity}), not money].',
  },
  hint: {
    vi: "Đổi tên cột theo biểu mẫu, hoặc thêm tiêu đề vào mục columns của kế hoạch, nếu cần tổng hợp.",
    en: "Rename the column as in the form, or add its label to the plan's columns, if it should be consolidated.",
  },
  terms: {
    role: {
      code: { vi: "STT", en: "row code (STT)" },
      name: { vi: "tên (nhiệm vụ, đơn vị)", en: "name (task, unit)" },
      amount: { vi: "kinh phí", en: "amount" },
      period: { vi: "thời gian thực hiện", en: "period" },
      fundingSource: { vi: "nguồn vốn", en: "funding source" },
      legalBasis: { vi: "văn bản liên quan", en: "legal basis" },
      leadUnit: { vi: "đơn vị chủ trì", en: "lead unit" },
      objective: { vi: "mục tiêu", en: "objective" },
      commitment: { vi: "cam kết", en: "commitment" },
      quantity: { vi: "số lượng", en: "quantity" },
      unitPrice: { vi: "đơn giá", en: "unit price" },
      measureUnit: { vi: "đơn vị tính", en: "unit of measure" },
    },
  },
};
