import { FORM_SHEET, type Row, workbookBytes } from "../../scripts/hostile-sheets.js";
import { type ConsolidateResult, consolidate } from "../../src/api/consolidate.js";

/** A formula a spreadsheet would run if it were written as text starting with `=`. */
export const HYPERLINK = '=HYPERLINK("x")';

/** Task names a spreadsheet would take for formulas, each with its amount in the hostile form. */
export const HOSTILE_TASKS: ReadonlyArray<readonly [string, number]> = [
  [HYPERLINK, 0.1],
  ["+cmd|' /C calc'!A0", 0.2],
  ["-2+3", 123456789012.5],
  ["@SUM(1)", 7],
];

/**
 * A form whose agency and tasks have hostile names, with amounts that floating point would get wrong
 * (0.1 + 0.2) or round (123456789012.5): its total is exactly 123456789019.8 triệu đồng, all in 2025.
 */
export function hostileFormBytes(): Buffer {
  const rows: Row[] = [
    ["BIỂU ĐỀ XUẤT NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025 - 2026"],
    ["Đơn vị tính: triệu đồng"],
    ["STT", "Tên nhiệm vụ", "Thời gian thực hiện", "Tổng kinh phí", "Nguồn vốn", "Trong đó", null, "Phù hợp với chủ trương, định hướng, chiến lược", null],
    [null, null, null, null, null, "2025", "2026", "Hạ tầng kỹ thuật, công nghệ", "Dữ liệu"],
    ["1", HYPERLINK, null, "123456789019,8", null, "123456789019,8", null, null, null],
    ...HOSTILE_TASKS.map(([name, amount], i): Row => [`1.${i + 1}`, name, "2025", amount, "CTX, NST", amount, null, "x", null]),
  ];
  return workbookBytes([[FORM_SHEET, rows]]);
}

/** Consolidates inputs in this thread (paths or `{ name, bytes }`), with the embedded plan. */
export function consolidateHere(inputs: Parameters<typeof consolidate>[0]): Promise<ConsolidateResult> {
  return consolidate(inputs, { workers: 0 });
}
