import type { Rule } from "../rule.js";

/** With `--approved`: an item whose money counts has no approved figure in the review workbook. */
export const rule: Rule = {
  code: "BC414",
  name: "item-not-approved",
  severity: "warning",
  // Found by the run on the consolidation and the review workbook (`approvalFindings`, aggregate/approvals.ts).
  stage: "run",
  description: {
    vi: "Với --approved: một nhiệm vụ (hoặc mục con) có kinh phí tính vào tổng nhưng bảng thẩm định chưa có số thẩm định cho nó (ô Thẩm định để trống, hoặc nhiệm vụ mới gửi sau khi lập bảng). Báo ở ô của nhiệm vụ trong biểu mẫu.",
    en: "With --approved: an item (or sub-item) whose money counts has no approved figure in the review workbook (its Approved cell is empty, or the item came after the workbook was made). Reported at the item's cell in its form.",
  },
  message: {
    vi: "Chưa có số thẩm định cho nhiệm vụ này (đề xuất {actual}).",
    en: "No approved figure for this item yet (requested {actual}).",
  },
  hint: {
    vi: "Ghi số thẩm định vào bảng thẩm định; nhiệm vụ mới: chạy lại budget review --init trên bảng đó để thêm dòng.",
    en: "Write its approved figure in the review workbook; for a new item, run budget review --init over that workbook to add its line.",
  },
  values: { actual: "amount" },
};
