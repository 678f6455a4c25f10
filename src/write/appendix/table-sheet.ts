import type ExcelJS from "exceljs";
import { excelText } from "../../data/text.js";
import type { Money } from "../../data/money.js";
import { AMOUNT_FORMAT, BORDER, FONT, cellNumber } from "../workbook-style.js";
import { APPENDIX_PAGE, PAGE_FOOTER } from "./page.js";

/** A cell of a plain table sheet: text, a count, or an amount. */
export type TableCell = string | number | Money | undefined;

/** A table sheet: its name, column headings and widths, rows, and which rows are bold. */
export interface TableSheet {
  readonly name: string;
  readonly columns: ReadonlyArray<{ readonly heading: string; readonly width: number }>;
  readonly rows: ReadonlyArray<{ readonly cells: readonly TableCell[]; readonly bold?: boolean }>;
}

const headFont: Partial<ExcelJS.Font> = { name: FONT, size: 13, bold: true };
const plainFont: Partial<ExcelJS.Font> = { name: FONT, size: 13 };
const wrap: Partial<ExcelJS.Alignment> = { vertical: "top", wrapText: true };
const centred: Partial<ExcelJS.Alignment> = { horizontal: "center", vertical: "middle", wrapText: true };

/**
 * Writes a plain bordered table in row order (streaming-safe): bold headings frozen at the top, amounts
 * as numbers with Vietnamese grouping, text always as text (never a formula), A4 landscape.
 */
export function writeTableSheet(workbook: ExcelJS.Workbook, table: TableSheet): void {
  const sheet = workbook.addWorksheet(table.name, {
    pageSetup: { ...APPENDIX_PAGE, printTitlesRow: "1:1" },
    headerFooter: { oddFooter: PAGE_FOOTER },
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = table.columns.map((column) => ({ width: column.width }));
  const head = sheet.getRow(1);
  table.columns.forEach((column, i) => {
    const cell = head.getCell(i + 1);
    cell.value = column.heading;
    cell.font = headFont;
    cell.alignment = centred;
    cell.border = BORDER;
  });
  head.commit();
  table.rows.forEach((line, r) => {
    const row = sheet.getRow(r + 2);
    const font = line.bold ? headFont : plainFont;
    line.cells.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      if (typeof value === "string") cell.value = excelText(value);
      else if (typeof value === "number") cell.value = value;
      else if (value !== undefined) {
        cell.value = cellNumber(value);
        cell.numFmt = AMOUNT_FORMAT;
      }
      cell.font = font;
      cell.border = BORDER;
      cell.alignment = wrap;
    });
    row.commit();
  });
  sheet.commit();
}
