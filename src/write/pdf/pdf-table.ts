import type { AppendixLine, Figure } from "../appendix/lines.js";
import { formatVietnamese } from "../format-number.js";
import { type PdfFace, TINOS_FILES } from "./fonts.js";

/** The document pdfkit draws on. */
export type PdfDocument = PDFKit.PDFDocument;

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

/** Whether `text` is set on one line within `width` points in the current face. */
function fitsOneLine(doc: PdfDocument, text: string, width: number): boolean {
  return !text.includes("\n") && doc.widthOfString(text) <= width;
}

/** The height of a row of `cells` set in `face`: its tallest cell, every text wrapped within its column (never cut). */
export function rowHeight(doc: PdfDocument, table: PdfTable, cells: readonly string[], face: PdfFace): number {
  doc.font(TINOS_FILES[face]).fontSize(TABLE_SIZE);
  let tallest = doc.currentLineHeight();
  cells.forEach((text, i) => {
    const width = (table.widths[i] ?? 0) - 2 * PAD;
    if (text !== "" && !fitsOneLine(doc, text, width)) tallest = Math.max(tallest, doc.heightOfString(text, { width }));
  });
  return Math.ceil(tallest + 2 * PAD);
}

/**
 * A row split where a page ends: of each cell, the words that fit in `room` points (`here`) and the
 * others (`rest`, for the next page); undefined when not one line of any cell fits.
 */
export function splitRow(
  doc: PdfDocument,
  table: PdfTable,
  cells: readonly string[],
  face: PdfFace,
  room: number,
): { here: string[]; rest: string[] } | undefined {
  doc.font(TINOS_FILES[face]).fontSize(TABLE_SIZE);
  const here: string[] = [];
  const rest: string[] = [];
  cells.forEach((text, i) => {
    const width = (table.widths[i] ?? 0) - 2 * PAD;
    const words = text.split(" ");
    // The longest run of leading words that fits: binary search, as heights only grow with words.
    let fits = 0;
    let over = words.length + 1;
    while (over - fits > 1) {
      const middle = Math.floor((fits + over) / 2);
      if (doc.heightOfString(words.slice(0, middle).join(" "), { width }) + 2 * PAD <= room) fits = middle;
      else over = middle;
    }
    here.push(words.slice(0, fits).join(" "));
    rest.push(words.slice(fits).join(" "));
  });
  return here.some((text) => text !== "") ? { here, rest } : undefined;
}

/** Draws one row of the table at `y`, `height` tall: each cell's border and its text, wrapped. */
export function drawRow(doc: PdfDocument, table: PdfTable, y: number, height: number, cells: readonly string[], face: PdfFace): void {
  doc.font(TINOS_FILES[face]).fontSize(TABLE_SIZE).lineWidth(0.5);
  let x = table.x;
  cells.forEach((text, i) => {
    const width = table.widths[i] ?? 0;
    doc.rect(x, y, width, height).stroke();
    const inner = width - 2 * PAD;
    const align = table.aligns[i] ?? "left";
    if (text !== "" && fitsOneLine(doc, text, inner)) {
      // One line needs no line breaking, by far the dearer part of pdfkit's text: placed here, aligned by hand.
      const free = inner - doc.widthOfString(text);
      doc.text(text, x + PAD + (align === "right" ? free : align === "center" ? free / 2 : 0), y + PAD, { lineBreak: false });
    } else if (text !== "") doc.text(text, x + PAD, y + PAD, { width: inner, align });
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
