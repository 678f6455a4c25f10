import { columnName } from "../../data/grid.js";
import type { Money } from "../../data/money.js";
import { excelText } from "../../data/text.js";
import { cellNumber } from "../workbook-style.js";
import { SheetXml } from "../xlsx/sheet-xml.js";
import { Style } from "../xlsx/styles.js";
import type { PackageSheet } from "../xlsx/xlsx-package.js";
import { APPENDIX_PAGE_XML, APPENDIX_PORTRAIT_PAGE_XML } from "./page.js";
import { rowHeight, type WrappedText } from "./row-height.js";
import { sumOfRows } from "./sum-formula.js";

/** A subtotal cell: the `SUM` of the same column over other rows of the table (0-based row indexes), with its value. */
export interface SumCell {
  readonly sum: readonly number[];
  readonly value: Money;
}

/** A cell of a plain table sheet: text, a count, an amount, or a subtotal over other rows. */
export type TableCell = string | number | Money | SumCell | undefined;

/** A column of a table sheet: its heading, width (Excel character units), and whether its cells are centred. */
export interface TableColumn {
  readonly heading: string;
  readonly width: number;
  readonly centred?: boolean;
}

/**
 * A table sheet: its name, an optional title and unit line above the table, column headings, widths,
 * rows, and which rows are bold.
 */
export interface TableSheet {
  readonly name: string;
  readonly title?: string;
  readonly unit?: string;
  readonly columns: readonly TableColumn[];
  readonly rows: ReadonlyArray<{ readonly cells: readonly TableCell[]; readonly bold?: boolean }>;
  /** Printed upright, for a narrow table; landscape unless told. */
  readonly portrait?: boolean;
}

/**
 * Writes a plain bordered table as a worksheet of the package: the title block, bold headings frozen at
 * the top and repeated on every printed page, amounts as numbers with Vietnamese grouping, subtotals as
 * `SUM` formulas with their cached values, text always as text (never a formula), rows tall enough for
 * their wrapped text, A4 landscape (portrait when the table says so).
 */
export function tableSheetXml(table: TableSheet): PackageSheet {
  const last = table.columns.length;
  const header = (table.title === undefined ? 0 : 1) + (table.unit === undefined ? 0 : 1) + 1;
  const firstRow = header + 1;
  const sheet = new SheetXml({
    columns: table.columns,
    frozenRows: header,
    gridLines: header === 1,
    summaryAbove: false,
    page: table.portrait === true ? APPENDIX_PORTRAIT_PAGE_XML : APPENDIX_PAGE_XML,
  });

  let row = 1;
  if (table.title !== undefined) {
    sheet.row(row, { height: rowHeight([[table.title, sumOfWidths(table.columns), "bold"]]) }).text(1, table.title, Style.titleBold);
    for (let c = 2; c <= last; c++) sheet.blank(c, Style.titleBold);
    sheet.merge(row, 1, row, last);
    row += 1;
  }
  if (table.unit !== undefined) sheet.row(row).text(last, table.unit, Style.unit);
  sheet.row(header, { height: rowHeight(table.columns.map((column): WrappedText => [column.heading, column.width, "bold"])) });
  table.columns.forEach((column, c) => {
    sheet.text(c + 1, column.heading, Style.heading);
  });

  table.rows.forEach((line, r) => {
    const bold = line.bold === true;
    const wrapped: WrappedText[] = [];
    line.cells.forEach((value, c) => {
      const width = table.columns[c]?.width;
      if (typeof value === "string" && width !== undefined) wrapped.push([value, width, bold ? "bold" : "plain"]);
    });
    sheet.row(firstRow + r, { height: rowHeight(wrapped) });
    line.cells.forEach((value, c) => {
      const text = table.columns[c]?.centred === true ? (bold ? Style.boldCentred : Style.centred) : bold ? Style.boldText : Style.text;
      const amount = bold ? Style.boldTableAmount : Style.tableAmount;
      if (typeof value === "string") sheet.text(c + 1, excelText(value), text);
      else if (typeof value === "number") sheet.number(c + 1, value, text);
      else if (value === undefined) sheet.blank(c + 1, text);
      else if ("sum" in value)
        sheet.formula(
          c + 1,
          sumOfRows(
            value.sum.map((i) => firstRow + i),
            columnName(c),
          ),
          cellNumber(value.value),
          amount,
        );
      else sheet.number(c + 1, cellNumber(value), amount);
    });
  });
  return { name: table.name, xml: sheet.xml(), printTitles: [header, header] };
}

function sumOfWidths(columns: readonly TableColumn[]): number {
  return columns.reduce((sum, column) => sum + column.width, 0);
}
