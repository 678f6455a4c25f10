import { columnName } from "../../data/grid.js";
import type { Money } from "../../data/money.js";
import { excelText } from "../../data/text.js";
import { amountInWordsLine } from "../amount-in-words.js";
import { formatVietnamese } from "../format-number.js";
import { cellNumber } from "../workbook-style.js";
import { SheetXml } from "../xlsx/sheet-xml.js";
import { Style, type StyleId } from "../xlsx/styles.js";
import type { PackageSheet } from "../xlsx/xlsx-package.js";
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
const LEGAL_WIDTH = 20;
const SOURCE_WIDTH = 10;
const MIN_CODE_WIDTH = 5;
const MIN_AMOUNT_WIDTH = 10;
const FIRST_DATA_ROW = HEADER_TOP + 2;

/** The sheet row the appendix table's first line goes to (`appendixLines` needs it). */
export const APPENDIX_FIRST_ROW = FIRST_DATA_ROW;

/**
 * Writes the `Phụ lục` sheet row by row: the title block, the two-row header (TT | Cơ quan, đơn vị / Nội
 * dung | Tổng kinh phí | Trong đó: Năm … | Nguồn vốn | Văn bản có liên quan), the lines, and the grand
 * total in words. Print-ready: A4 landscape, header rows repeated on every page, frozen under the
 * header, outline levels following the hierarchy (summaries above their detail, every level open).
 */
export function appendixSheetXml(titles: AppendixTitles, years: readonly number[], lines: readonly AppendixLine[], grandTotal: Money): PackageSheet {
  const totalCol = 3;
  const sourceCol = totalCol + years.length + 1;
  const legalCol = sourceCol + 1;
  const lastCol = legalCol;
  const levelCol = legalCol + 1;
  const sheet = new SheetXml({
    columns: [
      { width: fitWidth(MIN_CODE_WIDTH, longest(lines.map((line) => line.code))) },
      { width: NAME_WIDTH },
      ...Array.from({ length: years.length + 1 }, () => ({ width: fitWidth(MIN_AMOUNT_WIDTH, formatVietnamese(grandTotal).length) })),
      { width: SOURCE_WIDTH },
      { width: LEGAL_WIDTH },
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

  const top = new Map<number, string>([
    [1, "TT"],
    [2, "Cơ quan, đơn vị / Nội dung"],
    [totalCol, "Tổng kinh phí"],
    [sourceCol, "Nguồn vốn"],
    [legalCol, "Văn bản có liên quan"],
  ]);
  for (const col of top.keys()) sheet.merge(HEADER_TOP, col, HEADER_TOP + 1, col);
  const bottom = new Map<number, string>();
  if (years.length > 0) {
    top.set(totalCol + 1, "Trong đó");
    if (years.length > 1) sheet.merge(HEADER_TOP, totalCol + 1, HEADER_TOP, totalCol + years.length);
    years.forEach((year, i) => {
      bottom.set(totalCol + 1 + i, `Năm ${year}`);
    });
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
      height: rowHeight([
        [line.name, NAME_WIDTH, weight],
        [line.legal, LEGAL_WIDTH, weight],
        [line.sources, SOURCE_WIDTH, weight],
      ]),
      outlineLevel: Math.min(line.level, 7),
    });
    sheet.text(1, line.code, centred).text(2, excelText(line.name), text);
    writeFigure(sheet, line.total, totalCol, amount, sums);
    line.years.forEach((figure, i) => {
      writeFigure(sheet, figure, totalCol + 1 + i, amount, sums);
    });
    for (let c = totalCol + 1 + line.years.length; c < sourceCol; c++) sheet.blank(c, amount);
    sheet.text(sourceCol, line.sources, centred).text(legalCol, excelText(line.legal), text).number(levelCol, line.level, Style.none);
  }

  const wordsRow = (lines.at(-1)?.row ?? FIRST_DATA_ROW) + 1;
  sheet.row(wordsRow).text(1, amountInWordsLine(grandTotal), Style.words);
  for (let c = 2; c <= lastCol; c++) sheet.blank(c, Style.words);
  sheet.merge(wordsRow, 1, wordsRow, lastCol);
  return { name: "Phụ lục", xml: sheet.xml(), printTitles: [HEADER_TOP, HEADER_TOP + 1] };
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
