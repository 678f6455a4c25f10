import type ExcelJS from "exceljs";
import { columnName } from "../../data/grid.js";
import { excelText } from "../../data/text.js";
import type { Money } from "../../data/money.js";
import { amountInWordsLine } from "../amount-in-words.js";
import { AMOUNT_FORMAT, BORDER, FONT, cellNumber } from "../workbook-style.js";
import type { AppendixLine, Figure } from "./lines.js";
import { APPENDIX_PAGE, PAGE_FOOTER } from "./page.js";

/** The texts above the table. */
export interface AppendixTitles {
  readonly label: string;
  readonly title: string;
  readonly reference: string;
}

const HEADER_TOP = 5;
const NAME_WIDTH = 58;
const LEGAL_WIDTH = 32;
/** Points per wrapped line of 13-point Times New Roman. */
const LINE_POINTS = 15.5;
const FIRST_DATA_ROW = HEADER_TOP + 2;

/** The sheet row the appendix table's first line goes to (`appendixLines` needs it). */
export const APPENDIX_FIRST_ROW = FIRST_DATA_ROW;

// Style objects are shared by every cell of a kind: the streaming writer looks styles up by value,
// and building a fresh object per cell showed in profiles.
const plainFont: Partial<ExcelJS.Font> = { name: FONT, size: 13 };
const boldFont: Partial<ExcelJS.Font> = { name: FONT, size: 13, bold: true };
const wrapTop: Partial<ExcelJS.Alignment> = { vertical: "top", wrapText: true };
const centreTop: Partial<ExcelJS.Alignment> = { vertical: "top", horizontal: "center", wrapText: true };
const rightTop: Partial<ExcelJS.Alignment> = { vertical: "top", horizontal: "right" };

/**
 * Writes the `Phụ lục` sheet in row order (it works with exceljs's streaming writer): the title block,
 * the two-row header (TT | Cơ quan, đơn vị / Nội dung | Tổng kinh phí | Trong đó: Năm … | Nguồn vốn |
 * Văn bản có liên quan), the lines, and the grand total in words. Print-ready: A4 landscape, header
 * rows repeated on every page, frozen under the header, outline levels following the hierarchy.
 */
export function writeAppendixSheet(workbook: ExcelJS.Workbook, titles: AppendixTitles, years: readonly number[], lines: readonly AppendixLine[], grandTotal: Money): void {
  const totalCol = 3;
  const sourceCol = totalCol + years.length + 1;
  const legalCol = sourceCol + 1;
  const lastCol = legalCol;
  const levelCol = legalCol + 1;
  const sheet = workbook.addWorksheet("Phụ lục", {
    pageSetup: { ...APPENDIX_PAGE, printTitlesRow: `${HEADER_TOP}:${HEADER_TOP + 1}` },
    headerFooter: { oddFooter: PAGE_FOOTER },
    views: [{ state: "frozen", ySplit: HEADER_TOP + 1, showGridLines: false }],
    // exceljs marks a row collapsed when its level reaches outlineLevelRow: one above the deepest
    // level keeps every row open, as an officer expects to see the whole table.
    properties: { outlineProperties: { summaryBelow: false, summaryRight: false }, outlineLevelRow: Math.min(8, Math.max(0, ...lines.map((line) => line.level)) + 1) },
  });
  sheet.columns = [
    { width: 8 },
    { width: NAME_WIDTH },
    { width: 16 },
    ...years.map(() => ({ width: 14 })),
    { width: 14 },
    { width: LEGAL_WIDTH },
    { width: 6, hidden: true },
  ];

  const titleRow = (row: number, text: string, font: Partial<ExcelJS.Font>, height?: number) => {
    const r = sheet.getRow(row);
    const cell = r.getCell(1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    if (height) r.height = height;
    sheet.mergeCells(row, 1, row, lastCol);
    r.commit();
  };
  titleRow(1, titles.label, boldFont);
  titleRow(2, titles.title.toUpperCase(), { name: FONT, size: 14, bold: true }, 36);
  titleRow(3, titles.reference, { name: FONT, size: 13, italic: true });
  const unitRow = sheet.getRow(4);
  unitRow.getCell(lastCol).value = "Đơn vị tính: triệu đồng";
  unitRow.getCell(lastCol).font = { name: FONT, size: 13, italic: true };
  unitRow.getCell(lastCol).alignment = { horizontal: "right" };
  unitRow.commit();

  const top = sheet.getRow(HEADER_TOP);
  const bottom = sheet.getRow(HEADER_TOP + 1);
  const labels: Array<readonly [number, string]> = [
    [1, "TT"],
    [2, "Cơ quan, đơn vị / Nội dung"],
    [totalCol, "Tổng kinh phí"],
    [sourceCol, "Nguồn vốn"],
    [legalCol, "Văn bản có liên quan"],
  ];
  for (const [col, text] of labels) {
    top.getCell(col).value = text;
    sheet.mergeCells(HEADER_TOP, col, HEADER_TOP + 1, col);
  }
  if (years.length > 0) {
    top.getCell(totalCol + 1).value = "Trong đó";
    if (years.length > 1) sheet.mergeCells(HEADER_TOP, totalCol + 1, HEADER_TOP, totalCol + years.length);
    years.forEach((year, i) => (bottom.getCell(totalCol + 1 + i).value = `Năm ${year}`));
  }
  for (const row of [top, bottom]) {
    for (let c = 1; c <= lastCol; c++) {
      const cell = row.getCell(c);
      cell.font = boldFont;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = BORDER;
    }
    row.commit();
  }

  for (const line of lines) {
    const row = sheet.getRow(line.row);
    const bold = line.kind !== "item";
    const font = bold ? boldFont : plainFont;
    row.getCell(1).value = line.code;
    row.getCell(2).value = excelText(line.name);
    const sums = { line, levelCol };
    writeFigure(row.getCell(totalCol), line.total, totalCol, sums);
    line.years.forEach((figure, i) => writeFigure(row.getCell(totalCol + 1 + i), figure, totalCol + 1 + i, sums));
    row.getCell(levelCol).value = line.level;
    row.getCell(sourceCol).value = line.sources;
    row.getCell(legalCol).value = excelText(line.legal);
    for (let c = 1; c <= lastCol; c++) {
      const cell = row.getCell(c);
      cell.font = font;
      cell.border = BORDER;
      cell.alignment = c === 1 || c === sourceCol ? centreTop : c >= totalCol && c < sourceCol ? rightTop : wrapTop;
    }
    if (line.level > 0) row.outlineLevel = Math.min(line.level, 7);
    const height = lineHeight([[line.name, NAME_WIDTH], [line.legal, LEGAL_WIDTH]]);
    if (height !== undefined) row.height = height;
    row.commit();
  }

  const lastLine = lines.at(-1)?.row ?? FIRST_DATA_ROW;
  const words = sheet.getRow(lastLine + 1);
  words.getCell(1).value = amountInWordsLine(grandTotal);
  words.getCell(1).font = { name: FONT, size: 13, italic: true };
  words.getCell(1).alignment = { horizontal: "left", vertical: "middle", wrapText: true };
  sheet.mergeCells(lastLine + 1, 1, lastLine + 1, lastCol);
  words.commit();
  sheet.commit();
}

/** Past this many references a SUM list becomes a SUMIF over the block: Excel takes 255 arguments. */
const MAX_SUM_REFERENCES = 100;

function writeFigure(cell: ExcelJS.Cell, figure: Figure, col: number, sums: { line: AppendixLine; levelCol: number }): void {
  if (figure.kind === "sum") {
    cell.value = { formula: sumFormula(figure.rows, columnName(col - 1), sums), result: cellNumber(figure.value) };
  } else if (figure.value) {
    cell.value = cellNumber(figure.value);
  }
  cell.numFmt = AMOUNT_FORMAT;
}

/**
 * The formula of a subtotal: `SUM(C8,C12:C15)` over its children's cells, runs of rows as ranges; with
 * more references than Excel's function arguments allow, `SUMIF` over the rows from the first to the
 * last child, on the hidden level column, picks the rows one level below the parent.
 */
function sumFormula(rows: readonly number[], letter: string, sums: { line: AppendixLine; levelCol: number }): string {
  if (rows.length === 0) return "0";
  const references: string[] = [];
  let start = rows[0] ?? 0;
  let end = start;
  for (const row of [...rows.slice(1), Number.NaN]) {
    if (row === end + 1) {
      end = row;
      continue;
    }
    references.push(start === end ? `${letter}${start}` : `${letter}${start}:${letter}${end}`);
    start = row;
    end = row;
  }
  if (references.length <= MAX_SUM_REFERENCES) return `SUM(${references.join(",")})`;
  const first = rows[0] ?? 0;
  const last = rows.at(-1) ?? first;
  const level = columnName(sums.levelCol - 1);
  const childLevel = sums.line.kind === "total" ? 0 : sums.line.level + 1;
  return `SUMIF(${level}${first}:${level}${last},${childLevel},${letter}${first}:${letter}${last})`;
}

/**
 * A row height that shows every wrapped line (undefined: one line, the default height): the stored file carries no layout, and without a height
 * LibreOffice and Excel on open show one line of a long task name. Widths are in characters; 13-point
 * Times New Roman fits about 1.05 characters per unit of width (measured on a LibreOffice render).
 */
function lineHeight(texts: ReadonlyArray<readonly [string, number]>): number | undefined {
  const lines = Math.max(1, ...texts.map(([text, width]) => Math.ceil(text.length / (width * 1.05))));
  return lines === 1 ? undefined : Math.min(409, lines * LINE_POINTS + 3);
}
