import type ExcelJS from "exceljs";

/** Vietnamese official documents are set in Times New Roman. */
export const FONT = "Times New Roman";

/** Amounts with grouping, up to six decimals (one đồng in triệu đồng), zero as `-`. */
export const AMOUNT_FORMAT = '#,##0.######;-#,##0.######;"-"';

/** Thin borders on every side of a table cell. */
export const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** A spreadsheet number for an exact amount: amounts leave exact arithmetic only at the cell. */
export function cellNumber(value: { toFixed(): string }): number {
  return Number(value.toFixed());
}

/** Writes a title line merged across `lastCol` columns, centred. */
export function titleLine(sheet: ExcelJS.Worksheet, row: number, lastCol: number, text: string, font: Partial<ExcelJS.Font>): void {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size: 13, ...font };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  sheet.mergeCells(row, 1, row, lastCol);
}
