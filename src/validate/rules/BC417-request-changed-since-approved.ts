import type { Rule } from "../rule.js";

/** With `--approved`: an item asks for another total than the one it was approved against. */
export const rule: Rule = {
  code: "BC417",
  name: "request-changed-since-approved",
  severity: "warning",
  // Found by the run on the consolidation and the review workbook (`approvalFindings`, aggregate/approvals.ts).
  stage: "run",
  description: {
    vi: "Với --approved: đề xuất của một nhiệm vụ đã đổi kể từ khi thẩm định (bảng thẩm định nhớ số đề xuất lúc thẩm định: ở các cột đề xuất của bảng, hoặc, khi budget review --init đã cập nhật bảng và ghi chú dòng đó, ở cột ẩn Đề xuất khi thẩm định): số thẩm định có thể không còn đúng. Báo ở ô Thẩm định của bảng.",
    en: "With --approved: an item's request changed since it was approved (the review workbook remembers the request it was approved against: in its requested columns, or, once budget review --init brought the workbook up to date and noted the line, in its hidden Requested when reviewed column): the approved figure may no longer hold. Reported at the Approved cell of the workbook.",
  },
  message: {
    vi: 'Đề xuất của "{item}" đã đổi từ {expected} thành {actual} sau khi thẩm định.',
    en: 'The request of "{item}" changed from {expected} to {actual} since it was approved.',
  },
  hint: {
    vi: "Chạy lại budget review --init trên bảng thẩm định để cập nhật số đề xuất (dòng đó được tô cam); xem lại số thẩm định rồi xóa Ghi chú của dòng để xác nhận.",
    en: "Run budget review --init over the review workbook to bring its requests up to date (the line is marked orange); check the approved figure, then clear the line's Note to confirm it.",
  },
  values: { expected: "amount", actual: "amount" },
};
