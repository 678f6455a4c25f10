import { columnName } from "../../data/grid.js";
import type { Money } from "../../data/money.js";
import { excelText } from "../../data/text.js";
import { amountInWordsLine } from "../amount-in-words.js";
import { formatVietnamese } from "../format-number.js";
import { cellNumber } from "../workbook-style.js";
import { SheetXml } from "../xlsx/sheet-xml.js";
import { Style, type StyleId } from "../xlsx/styles.js";
import type { PackageSheet } from "../xlsx/xlsx-package.js";
import { type AppendixColumn, columnFigure, columnText, isFigureColumn, yearSpan } from "./columns.js";
import type { AppendixLine, Figure } from "./lines.js";
import { APPENDIX_PAGE_XML } from "./page.js";
import { rowHeight } from "./row-height.js";
import { MAX_SUM_REFERENCES, rowReferences, sumOfRows } from "./sum-formula.js";
import { APPENDIX_UNIT_LINE } from "./titles.js";

/** The texts above the table. */
export interface AppendixTitles {
  readonly label: string;
  readonly title: string;
  readonly reference: string;
}

const HEADER_TOP = 5;
/*
 * Column widths, in digits of the Normal style (Times New Roman 13, 9 pixels). A two-year table is about
 * 1,080 pixels wide where A4 landscape within the margins holds 970: printed one page wide at about 90 %
 * (type of 11.7 points). The name column is the one that wraps; at 38 digits (13-point type kept) a
 * task name took 6 to 10 lines and the 15 items of fixtures/forms 3 pages, at 50 they take 2.
 */
const NAME_WIDTH = 50;
const MIN_CODE_WIDTH = 5;
const MIN_AMOUNT_WIDTH = 10;
const FIRST_DATA_ROW = HEADER_TOP + 2;

/** The sheet row the appendix table's first line goes to (`appendixLines` needs it). */
export const APPENDIX_FIRST_ROW = FIRST_DATA_ROW;

/**
 * Writes the `Phụ lục` sheet row by row: the title block, the two-row header of `columns` (by default
 * TT | Cơ quan, đơn vị / Nội dung | Tổng kinh phí | Trong đó: Năm … | Nguồn vốn | Văn bản có liên quan),
 * the lines, and the grand total in words. Print-ready: A4 landscape, header rows repeated on every
 * page, frozen under the header, outline levels following the hierarchy (summaries above their detail,
 * every level open).
 */
export function appendixSheetXml(titles: AppendixTitles, columns: readonly AppendixColumn[], lines: readonly AppendixLine[], grandTotal: Money): PackageSheet {
  const lastCol = Math.max(1, columns.length);
  const levelCol = lastCol + 1;
  const amountWidth = fitWidth(MIN_AMOUNT_WIDTH, formatVietnamese(grandTotal).length);
  const sheet = new SheetXml({
    columns: [
      ...columns.map((column) => ({ width: sheetWidth(column, lines, amountWidth) })),
      ...(columns.length === 0 ? [{ width: NAME_WIDTH }] : []),
      { width: 6, hidden: true },
    ],
    frozenRows: HEADER_TOP + 1,
    gridLines: false,
    summaryAbove: true,
    page: APPENDIX_PAGE_XML,
  });

  const titleRow = (row: number, text: string, style: StyleId, height?: number) => {
    sheet.row(row, { height }).text(1, text, style);
    for (let c = 2; c <= lastCol; c++) sheet.blank(c, style);
    sheet.merge(row, 1, row, lastCol);
  };
  titleRow(1, titles.label, Style.titleBold);
  titleRow(2, titles.title.toUpperCase(), Style.titleLarge, 36);
  titleRow(3, titles.reference, Style.titleItalic);
  sheet.row(4).text(lastCol, APPENDIX_UNIT_LINE, Style.unit);

  const top = new Map<number, string>();
  const bottom = new Map<number, string>();
  columns.forEach((column, i) => {
    if (column.kind === "year") bottom.set(i + 1, column.heading);
    else {
      top.set(i + 1, column.heading);
      sheet.merge(HEADER_TOP, i + 1, HEADER_TOP + 1, i + 1);
    }
  });
  const span = yearSpan(columns);
  if (span) {
    top.set(span.first + 1, "Trong đó");
    if (span.count > 1) sheet.merge(HEADER_TOP, span.first + 1, HEADER_TOP, span.first + span.count);
  }
  for (const [row, labels] of [
    [HEADER_TOP, top],
    [HEADER_TOP + 1, bottom],
  ] as const) {
    sheet.row(row);
    for (let c = 1; c <= lastCol; c++) {
      const label = labels.get(c);
      if (label === undefined) sheet.blank(c, Style.heading);
      else sheet.text(c, label, Style.heading);
    }
  }

  for (const line of lines) {
    const bold = line.kind !== "item";
    const amount = bold ? Style.boldAmount : Style.amount;
    const text = bold ? Style.boldText : Style.text;
    const centred = bold ? Style.boldCentred : Style.centred;
    const sums = { line, levelCol };
    const weight = bold ? "bold" : "plain";
    sheet.row(line.row, {
      height: rowHeight(
        columns.flatMap((column): [string, number, "bold" | "plain"][] =>
          column.kind === "name" ? [[line.name, NAME_WIDTH, weight]] : column.kind === "text" ? [[columnText(column, line), column.sheetWidth, weight]] : [],
        ),
      ),
      outlineLevel: Math.min(line.level, 7),
    });
    columns.forEach((column, i) => {
      const col = i + 1;
      if (isFigureColumn(column)) {
        const figure = columnFigure(column, line);
        if (figure) writeFigure(sheet, figure, col, amount, sums);
        else sheet.blank(col, amount);
      } else if (column.kind === "code") sheet.text(col, line.code, centred);
      else if (column.kind === "name") sheet.text(col, excelText(line.name), text);
      else sheet.text(col, excelText(columnText(column, line)), column.align === "center" ? centred : text);
    });
    sheet.number(levelCol, line.level, Style.none);
  }

  const wordsRow = (lines.at(-1)?.row ?? FIRST_DATA_ROW) + 1;
  sheet.row(wordsRow).text(1, amountInWordsLine(grandTotal), Style.words);
  for (let c = 2; c <= lastCol; c++) sheet.blank(c, Style.words);
  sheet.merge(wordsRow, 1, wordsRow, lastCol);
  return { name: "Phụ lục", xml: sheet.xml(), printTitles: [HEADER_TOP, HEADER_TOP + 1] };
}

/** A column's width in digits: the code's as wide as the longest code, the figures' as the grand total, the name's and texts' fixed. */
function sheetWidth(column: AppendixColumn, lines: readonly AppendixLine[], amountWidth: number): number {
  if (column.kind === "code") return fitWidth(MIN_CODE_WIDTH, longest(lines.map((line) => line.code)));
  if (column.kind === "name") return NAME_WIDTH;
  if (column.kind === "text") return column.sheetWidth;
  return amountWidth;
}

function writeFigure(sheet: SheetXml, figure: Figure, col: number, style: StyleId, sums: { line: AppendixLine; levelCol: number }): void {
  if (figure.kind === "sum") sheet.formula(col, sumFormula(figure.rows, columnName(col - 1), sums), cellNumber(figure.value), style);
  // No amount is written 0, which the format shows as `-`, as it shows a subtotal of zero: one way for nothing.
  else sheet.number(col, figure.value ? cellNumber(figure.value) : 0, style);
}

/**
 * The formula of a subtotal: `SUM(C8,C12:C15)` over its children's cells, runs of rows as ranges; with
 * more references than Excel's function arguments allow, `SUMIF` over the rows from the first to the
 * last child, on the hidden level column, picks the rows one level below the parent.
 */
function sumFormula(rows: readonly number[], letter: string, sums: { line: AppendixLine; levelCol: number }): string {
  if (rowReferences(rows, letter).length <= MAX_SUM_REFERENCES) return sumOfRows(rows, letter);
  const first = rows[0] ?? 0;
  const last = rows.at(-1) ?? first;
  const level = columnName(sums.levelCol - 1);
  const childLevel = sums.line.kind === "total" ? 0 : sums.line.level + 1;
  return `SUMIF(${level}${first}:${level}${last},${childLevel},${letter}${first}:${letter}${last})`;
}

/** The length of the longest text. */
function longest(texts: readonly string[]): number {
  let length = 0;
  for (const text of texts) length = Math.max(length, text.length);
  return length;
}

/** A column width that shows `characters` of bold 13-point figures in one line, and at least `minimum`. */
function fitWidth(minimum: number, characters: number): number {
  return Math.max(minimum, Math.ceil(characters * 1.1) + 2);
}
