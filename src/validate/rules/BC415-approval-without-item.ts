import type { Rule } from "../rule.js";

/** With `--approved`: the review workbook approves an item the forms no longer have. */
export const rule: Rule = {
  code: "BC415",
  name: "approval-without-item",
  severity: "warning",
  // Found by the run on the consolidation and the review workbook (`approvalFindings`, aggregate/approvals.ts).
  stage: "run",
  description: {
    vi: "Với --approved: bảng thẩm định có số thẩm định hoặc lý do cho một dòng (theo đơn vị và khóa, hoặc theo tên) không còn trong các biểu mẫu: nhiệm vụ đã bị rút, hoặc đơn vị gửi lại biểu mẫu khác. Số đó không được tính. Báo ở ô Thẩm định của bảng.",
    en: "With --approved: the review workbook holds an approved figure or a reason for a line (by agency and key, or by name) the forms no longer have: the item was withdrawn, or the agency sent another form. It is not counted. Reported at the Approved cell of the workbook.",
  },
  message: {
    vi: 'Thẩm định[ {actual}] cho "{item}" của "{agency}", nhưng các biểu mẫu không còn nhiệm vụ này.',
    en: 'Approval[ {actual}] for "{item}" of "{agency}", but the forms no longer have this item.',
  },
  hint: {
    vi: "Chạy lại budget review --init trên bảng thẩm định: các ý kiến cho mục không còn được ghi dưới bảng.",
    en: "Run budget review --init over the review workbook: decisions for items gone are listed under the table.",
  },
  values: { actual: "amount" },
};
