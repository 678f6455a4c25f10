/**
 * The sheet names and headings our writers put in the workbooks they write, by which a later run knows
 * them as the tool's own outputs (`layout/own-output.ts`): one source for both, so a renamed sheet cannot
 * quietly turn last run's appendix back into an input.
 */

/** The appendix's side sheets (`write/appendix/side-sheets.ts`). */
export const APPENDIX_SHEETS = { summary: "Tổng hợp", groups: "Nhóm nhiệm vụ", checks: "Kiểm tra", sources: "Nguồn" } as const;

/** The title of the appendix's `Tổng hợp` sheet, its first row. */
export const APPENDIX_SUMMARY_TITLE = "TỔNG HỢP KINH PHÍ THEO CƠ QUAN, ĐƠN VỊ, NĂM VÀ NGUỒN VỐN";

/** The first headings of the appendix's `Nguồn` sheet. */
export const APPENDIX_SOURCES_HEADING = ["Tệp", "SHA-256"] as const;

/** The rollup workbook's sheets (`write/rollup-as-workbook.ts`). */
export const ROLLUP_SHEETS = { rollup: "Tổng hợp nhiều năm", sources: "Nguồn" } as const;

/** The headings of the rollup's `Nguồn` sheet. */
export const ROLLUP_SOURCES_HEADING = ["Tệp", "Tên", "Tổng (triệu đồng)"] as const;

/** The roster workbook's sheet name and the first headings of its table, in each language (`write/status-*.ts`). */
export const ROSTER_SHEET = {
  vi: { name: "Tình hình nộp", heading: ["TT", "Cơ quan, đơn vị", "Tình trạng", "Tệp"] },
  en: { name: "Received", heading: ["No.", "Agency", "State", "File"] },
} as const;

/** The roster's heading row, 0-based: below the title, the plan's name and the unit. */
export const ROSTER_HEADING_ROW = 4;

/** The diff workbook's sheet name and the first headings of its table, in each language (`write/diff-as-workbook.ts`). */
export const DIFF_SHEET = {
  vi: { name: "Thay đổi", heading: ["STT cũ", "STT mới", "Tên dự án/nhiệm vụ"] },
  en: { name: "Changes", heading: ["Old No.", "New No.", "Project/task"] },
} as const;

/** The diff workbook's heading row, 0-based: below the title, the versions compared and the unit. */
export const DIFF_HEADING_ROW = 4;

/** The review workbook's sheet name and the first headings of its table, in each language (`write/review-as-workbook.ts`). */
export const REVIEW_SHEET = {
  vi: { name: "Thẩm định", heading: ["Cơ quan, đơn vị", "STT", "Tên dự án/nhiệm vụ", "Nguồn vốn"] },
  en: { name: "Review", heading: ["Agency", "No.", "Project/task", "Funding source"] },
} as const;

/** The review workbook's heading row, 0-based: below the title, the plan's name and the unit. */
export const REVIEW_HEADING_ROW = 4;

/** The other headings of the review workbook, by which `budget review --init` reads a filled one back. */
export const REVIEW_WORDS = {
  vi: { total: "Tổng số", approved: "Thẩm định", reason: "Lý do", note: "Ghi chú", key: "Khóa", basis: "Đề xuất khi thẩm định" },
  en: { total: "Total", approved: "Approved", reason: "Reason", note: "Note", key: "Key", basis: "Requested when reviewed" },
} as const;
