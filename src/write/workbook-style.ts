import type ExcelJS from "exceljs";

/** Vietnamese official documents are set in Times New Roman. */
export const FONT = "Times New Roman";

/**
 * Amounts in triệu đồng with grouping, zero as `-`: whole amounts without a decimal separator (Excel
 * shows `148.165.` for `#,##0.##`), fractions with one to six decimals (one đồng). `[$-42A]` tags the
 * format Vietnamese: LibreOffice then groups `148.165` whatever its own locale; Excel keeps the reader's
 * Windows separators.
 */
export const WHOLE_AMOUNT_FORMAT = '[$-42A]#,##0;-#,##0;"-"';
export const FRACTION_AMOUNT_FORMAT = '[$-42A]#,##0.0#####;-#,##0.0#####;"-"';

/** The format of one amount cell, from the number written in it: whole or with decimals. */
export function amountFormat(value: number): string {
  return Number.isInteger(value) ? WHOLE_AMOUNT_FORMAT : FRACTION_AMOUNT_FORMAT;
}

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
