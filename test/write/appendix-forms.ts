import { FORM_SHEET, type Row, workbookBytes } from "../../scripts/hostile-sheets.js";

/**
 * A form of one agency (Sở Tư pháp) whose `items` tasks each have one sub-task of 1 (2025) and 2 (2026):
 * with more than 100 tasks, the agency has more subtotals under it than one SUM may list.
 */
export function bigFormBytes(items: number): Buffer {
  const rows: Row[] = [
    ["BIỂU ĐỀ XUẤT NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025 - 2026"],
    ["Đơn vị tính: triệu đồng"],
    ["STT", "Tên nhiệm vụ", "Tổng kinh phí", "Trong đó", null],
    [null, null, null, "2025", "2026"],
    ["1", "Sở Tư pháp", 3 * items, items, 2 * items],
  ];
  for (let i = 1; i <= items; i++) rows.push([`1.${i}`, `Nhiệm vụ ${i}`, 3, 1, 2], [`1.${i}.1`, `Việc ${i}`, 3, 1, 2]);
  return workbookBytes([[FORM_SHEET, rows]]);
}
