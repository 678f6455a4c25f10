import type { ApprovalRow } from "../../aggregate/approvals.js";
import { ZERO } from "../../data/money.js";
import type { TableCell, TableSheet } from "./table-sheet.js";

/** The appendix's approvals sheet (`consolidate --approved`). */
export const APPROVALS_SHEET = "Số thẩm định";

/**
 * `Số thẩm định` (`consolidate --approved`): every section, agency, item and sub-item with what it
 * requests, what the review workbook approves, the difference and the reason; sections, agencies, items
 * with sub-items and the total as `SUM`s of the rows they add up, with their values. An item not approved
 * yet has its approved and difference cells empty.
 */
export function approvalsTable(rows: readonly ApprovalRow[]): TableSheet {
  return {
    name: APPROVALS_SHEET,
    title: "KINH PHÍ ĐỀ XUẤT VÀ SỐ THẨM ĐỊNH",
    unit: "Đơn vị tính: triệu đồng",
    columns: [
      { heading: "TT", width: 7, centred: true },
      { heading: "Nội dung", width: 50 },
      { heading: "Đề xuất", width: 13 },
      { heading: "Thẩm định", width: 13 },
      { heading: "Chênh lệch", width: 13 },
      { heading: "Lý do", width: 30 },
    ],
    rows: rows.map((row) => {
      const members = row.members;
      const requested: TableCell = members ? { sum: members, value: row.requested } : row.requested;
      const approved: TableCell = members ? { sum: members, value: row.approved ?? ZERO } : row.approved;
      const difference: TableCell = members ? { sum: members, value: row.difference ?? ZERO } : row.difference;
      return {
        cells: [
          row.code,
          `${"  ".repeat(Math.max(0, row.depth - 2))}${row.label}`,
          requested,
          approved,
          difference,
          row.reason === "" ? undefined : row.reason,
        ],
        bold: row.kind !== "item" || members !== undefined,
      };
    }),
  };
}
