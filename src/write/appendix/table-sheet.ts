import { excelText } from "../../data/text.js";
import type { Money } from "../../data/money.js";
import { cellNumber } from "../workbook-style.js";
import { SheetXml } from "../xlsx/sheet-xml.js";
import { Style } from "../xlsx/styles.js";
import type { PackageSheet } from "../xlsx/xlsx-package.js";
import { APPENDIX_PAGE_XML } from "./page.js";

/** A cell of a plain table sheet: text, a count, or an amount. */
export type TableCell = string | number | Money | undefined;

/** A table sheet: its name, column headings and widths, rows, and which rows are bold. */
export interface TableSheet {
  readonly name: string;
  readonly columns: ReadonlyArray<{ readonly heading: string; readonly width: number }>;
  readonly rows: ReadonlyArray<{ readonly cells: readonly TableCell[]; readonly bold?: boolean }>;
}

/**
 * Writes a plain bordered table as a worksheet of the package: bold headings frozen at the top and
 * repeated on every printed page, amounts as numbers with Vietnamese grouping, text always as text
 * (never a formula), A4 landscape.
 */
export function tableSheetXml(table: TableSheet): PackageSheet {
  const sheet = new SheetXml({ columns: table.columns, frozenRows: 1, gridLines: true, summaryAbove: false, page: APPENDIX_PAGE_XML });
  sheet.row(1);
  table.columns.forEach((column, i) => sheet.text(i + 1, column.heading, Style.heading));
  table.rows.forEach((line, r) => {
    sheet.row(r + 2);
    const bold = line.bold === true;
    line.cells.forEach((value, i) => {
      if (typeof value === "string") sheet.text(i + 1, excelText(value), bold ? Style.boldText : Style.text);
      else if (typeof value === "number") sheet.number(i + 1, value, bold ? Style.boldText : Style.text);
      else if (value !== undefined) sheet.number(i + 1, cellNumber(value), bold ? Style.boldTableAmount : Style.tableAmount);
      else sheet.blank(i + 1, bold ? Style.boldText : Style.text);
    });
  });
  return { name: table.name, xml: sheet.xml(), printTitles: [1, 1] };
}
