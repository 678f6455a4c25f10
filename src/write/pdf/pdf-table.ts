import type { AppendixLine, Figure } from "../appendix/lines.js";
import { formatVietnamese } from "../format-number.js";
import { type PdfFace, TINOS_FILES } from "./fonts.js";
import type { PdfDocument } from "./pdf-document.js";
import { type SetLine, wrapText } from "./wrap-text.js";

/** Type size of the table, in points: the workbook's Times New Roman 13 as it prints, one page wide (about 90 %). */
export const TABLE_SIZE = 11.5;
/** Space between a cell's border and its text, in points. */
const PAD = 3;
const SOURCE_WIDTH = 50;
const LEGAL_WIDTH = 110;
const MIN_CODE_WIDTH = 30;
const MIN_AMOUNT_WIDTH = 60;
const MIN_NAME_WIDTH = 150;

type Align = "left" | "center" | "right";

/** The appendix table's columns on the page: left edge, and each column's width and alignment. */
export interface PdfTable {
  readonly x: number;
  readonly widths: readonly number[];
  readonly aligns: readonly Align[];
  readonly years: readonly number[];
}

/** How a figure reads in the table: Vietnamese separators, and `-` for none or zero, as the workbook's number format shows both. */
export function figureText(figure: Figure): string {
  return figure.value === undefined || figure.value.isZero() ? "-" : formatVietnamese(figure.value);
}

/**
 * Columns of the table within `width` points from `x`: TT and the amounts as wide as their widest
 * text (bold), `Nguồn vốn` and `Văn bản có liên quan` fixed, the name column the rest — it is the one
 * that wraps.
 */
export function tableLayout(doc: PdfDocument, lines: readonly AppendixLine[], years: readonly number[], x: number, width: number): PdfTable {
  doc.font(TINOS_FILES.bold).fontSize(TABLE_SIZE);
  let code = MIN_CODE_WIDTH;
  let amount = Math.max(MIN_AMOUNT_WIDTH, doc.widthOfString("Năm 0000") + 2 * PAD + 2);
  for (const line of lines) {
    code = Math.max(code, doc.widthOfString(line.code) + 2 * PAD + 2);
    for (const figure of [line.total, ...line.years]) amount = Math.max(amount, doc.widthOfString(figureText(figure)) + 2 * PAD + 2);
  }
  const name = Math.max(MIN_NAME_WIDTH, width - code - amount * (years.length + 1) - SOURCE_WIDTH - LEGAL_WIDTH);
  return {
    x,
    widths: [code, name, ...Array.from({ length: years.length + 1 }, () => amount), SOURCE_WIDTH, LEGAL_WIDTH],
    aligns: ["center", "left", ...Array.from({ length: years.length + 1 }, (): Align => "right"), "center", "left"],
    years,
  };
}

/** The texts of a line's cells, in column order. */
export function lineCells(line: AppendixLine): string[] {
  return [line.code, line.name, figureText(line.total), ...line.years.map(figureText), line.sources, line.legal];
}

/** The face a line is set in: sections, agencies and TỔNG bold, items plain. */
export function lineFace(line: AppendixLine): PdfFace {
  return line.kind === "item" ? "regular" : "bold";
}

/** A row set for the page: each cell's lines, and its height. */
export interface SetRow {
  readonly face: PdfFace;
  readonly cells: readonly (readonly SetLine[])[];
  readonly height: number;
}

/** The line height of the table's type, in points. */
function lineHeight(doc: PdfDocument): number {
  return doc.fontSize(TABLE_SIZE).currentLineHeight(true);
}

/** Sets a row of `cells` in `face`: every text wrapped within its column (never cut), the row as tall as its tallest cell. */
export function setRow(doc: PdfDocument, table: PdfTable, cells: readonly string[], face: PdfFace): SetRow {
  doc.font(TINOS_FILES[face]).fontSize(TABLE_SIZE);
  const set = cells.map((text, i) => (text === "" ? [] : wrapText(doc, text, (table.widths[i] ?? 0) - 2 * PAD)));
  const lines = Math.max(1, ...set.map((cell) => cell.length));
  return { face, cells: set, height: Math.ceil(lines * lineHeight(doc) + 2 * PAD) };
}

/**
 * A row split where a page ends: the lines of each cell that fit in `room` points (`here`) and the
 * others (`rest`, for the next page); undefined when not one line fits.
 */
export function splitRow(doc: PdfDocument, row: SetRow, room: number): { here: SetRow; rest: SetRow } | undefined {
  const step = lineHeight(doc);
  const fit = Math.floor((room - 2 * PAD) / step);
  if (fit < 1) return undefined;
  const part = (cells: SetLine[][]): SetRow => ({
    face: row.face,
    cells,
    height: Math.ceil(Math.max(1, ...cells.map((cell) => cell.length)) * step + 2 * PAD),
  });
  return { here: part(row.cells.map((cell) => cell.slice(0, fit))), rest: part(row.cells.map((cell) => cell.slice(fit))) };
}

/** Draws a set row at `y`, `height` tall (its own, or to the foot of the page): each cell's border and its lines. */
export function drawRow(doc: PdfDocument, table: PdfTable, y: number, row: SetRow, height = row.height): void {
  doc.font(TINOS_FILES[row.face]).fontSize(TABLE_SIZE).lineWidth(0.5);
  const step = lineHeight(doc);
  let x = table.x;
  row.cells.forEach((lines, i) => {
    const width = table.widths[i] ?? 0;
    doc.rect(x, y, width, height).stroke();
    const inner = width - 2 * PAD;
    const align = table.aligns[i] ?? "left";
    lines.forEach((line, n) => {
      const free = inner - line.width;
      const left = x + PAD + (align === "right" ? free : align === "center" ? free / 2 : 0);
      if (line.text !== "") doc.text(line.text, left, y + PAD + n * step, { lineBreak: false });
    });
    x += width;
  });
}

/** The height of the header `drawHeader` draws. */
export function drawnHeaderHeight(doc: PdfDocument, table: PdfTable): number {
  return headerHeight(doc, table).height;
}

function headerHeight(doc: PdfDocument, table: PdfTable): { height: number; yearRow: number; labels: string[] } {
  doc.font(TINOS_FILES.bold).fontSize(TABLE_SIZE);
  const labels = ["TT", "Cơ quan, đơn vị / Nội dung", "Tổng kinh phí", ...table.years.map(() => ""), "Nguồn vốn", "Văn bản có liên quan"];
  const yearRow = table.years.length > 0 ? Math.ceil(doc.currentLineHeight() + 2 * PAD) : 0;
  let height = 2 * yearRow;
  labels.forEach((label, i) => {
    if (label !== "") height = Math.max(height, Math.ceil(doc.heightOfString(label, { width: (table.widths[i] ?? 0) - 2 * PAD }) + 2 * PAD));
  });
  return { height, yearRow, labels };
}

/**
 * Draws the two-row header at `y` (TT | Cơ quan, đơn vị / Nội dung | Tổng kinh phí | Trong đó: Năm … |
 * Nguồn vốn | Văn bản có liên quan), as the workbook's, and returns the `y` under it.
 */
export function drawHeader(doc: PdfDocument, table: PdfTable, y: number): number {
  const { height, yearRow, labels } = headerHeight(doc, table);
  doc.lineWidth(0.5);
  const textHeight = (text: string, width: number) => doc.heightOfString(text, { width: width - 2 * PAD });
  const centred = (text: string, x: number, top: number, width: number, cellHeight: number) => {
    doc.rect(x, top, width, cellHeight).stroke();
    doc.text(text, x + PAD, top + (cellHeight - textHeight(text, width)) / 2, { width: width - 2 * PAD, align: "center" });
  };
  let x = table.x;
  labels.forEach((label, i) => {
    const width = table.widths[i] ?? 0;
    if (label !== "") centred(label, x, y, width, height);
    x += width;
  });
  if (table.years.length > 0) {
    const first = table.x + table.widths.slice(0, 3).reduce((a, b) => a + b, 0);
    const spanned = table.widths.slice(3, 3 + table.years.length).reduce((a, b) => a + b, 0);
    centred("Trong đó", first, y, spanned, height - yearRow);
    let yearX = first;
    table.years.forEach((year, i) => {
      const width = table.widths[3 + i] ?? 0;
      centred(`Năm ${year}`, yearX, y + height - yearRow, width, yearRow);
      yearX += width;
    });
  }
  return y + height;
}
