import type { Rule } from "../rule.js";

/** With `--approved`: an approved figure is above what the item requests. */
export const rule: Rule = {
  code: "BC416",
  name: "approved-above-requested",
  severity: "error",
  // Found by the run on the consolidation and the review workbook (`approvalFindings`, aggregate/approvals.ts).
  stage: "run",
  description: {
    vi: "Với --approved: số thẩm định của một nhiệm vụ lớn hơn kinh phí nhiệm vụ đó đề xuất. Thẩm định chỉ giữ nguyên hoặc giảm số đề xuất. Báo ở ô Thẩm định của bảng.",
    en: "With --approved: an item's approved figure is above what it requests. A review keeps or lowers a request, never raises it. Reported at the Approved cell of the workbook.",
  },
  message: {
    vi: 'Số thẩm định {actual} của "{item}" lớn hơn số đề xuất {expected}.',
    en: 'Approved {actual} for "{item}" is above the request of {expected}.',
  },
  hint: { vi: "Sửa số thẩm định (không quá số đề xuất).", en: "Correct the approved figure (at most the request)." },
  values: { expected: "amount", actual: "amount" },
};
