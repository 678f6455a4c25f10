import { type AppendixColumn, type ColumnAlign, columnFigure, columnText, isFigureColumn, yearSpan } from "../appendix/columns.js";
import type { AppendixLine, Figure } from "../appendix/lines.js";
import { formatVietnamese } from "../format-number.js";
import { type PdfFace, TINOS_FILES } from "./fonts.js";
import type { PdfDocument } from "./pdf-document.js";
import { type Box, drawBoxesAndLines, type PlacedText, widthMeter } from "./pdf-ink.js";
import { type SetLine, wrapText } from "./wrap-text.js";

/** Type size of the table, in points: the workbook's Times New Roman 13 as it prints, one page wide (about 90 %). */
export const TABLE_SIZE = 11.5;
/** Space between a cell's border and its text, in points. */
const PAD = 3;
const MIN_CODE_WIDTH = 30;
const MIN_AMOUNT_WIDTH = 60;
const MIN_NAME_WIDTH = 150;

/** The appendix table's columns on the page: left edge, the columns, and each one's width and alignment. */
export interface PdfTable {
  readonly x: number;
  readonly columns: readonly AppendixColumn[];
  readonly widths: readonly number[];
  readonly aligns: readonly ColumnAlign[];
}

/** How a figure reads in the table: Vietnamese separators, and `-` for none or zero, as the workbook's number format shows both. */
export function figureText(figure: Figure): string {
  return figure.value === undefined || figure.value.isZero() ? "-" : formatVietnamese(figure.value);
}

/**
 * The `columns` on the page within `width` points from `x`: TT and the amounts as wide as their widest
 * text (bold), the text columns (`Nguồn vốn`, `Văn bản có liên quan`…) fixed, narrowed together when
 * they would leave the name less than its minimum, and the name column the rest — it is the one that
 * wraps.
 */
export function tableLayout(doc: PdfDocument, lines: readonly AppendixLine[], columns: readonly AppendixColumn[], x: number, width: number): PdfTable {
  doc.font(TINOS_FILES.bold).fontSize(TABLE_SIZE);
  let code = MIN_CODE_WIDTH;
  const measure = widthMeter(doc);
  let amount = Math.max(MIN_AMOUNT_WIDTH, measure("Năm 0000") + 2 * PAD + 2);
  for (const line of lines) {
    code = Math.max(code, measure(line.code) + 2 * PAD + 2);
    for (const figure of [line.total, ...line.years, line.approved, line.difference])
      if (figure) amount = Math.max(amount, measure(figureText(figure)) + 2 * PAD + 2);
  }
  const count = (kind: AppendixColumn["kind"]) => columns.filter((column) => column.kind === kind).length;
  const hasName = count("name") > 0;
  const fixed = code * count("code") + amount * columns.filter(isFigureColumn).length;
  const texts = columns.reduce((sum, column) => sum + (column.kind === "text" ? column.pageWidth : 0), 0);
  const room = width - fixed - (hasName ? MIN_NAME_WIDTH : 0);
  const scale = texts > room && texts > 0 ? Math.max(0.5, room / texts) : 1;
  const name = Math.max(MIN_NAME_WIDTH, width - fixed - texts * scale);
  return {
    x,
    columns,
    widths: columns.map((column) =>
      column.kind === "code" ? code : column.kind === "name" ? name : column.kind === "text" ? column.pageWidth * scale : amount,
    ),
    aligns: columns.map(
      (column): ColumnAlign => (column.kind === "code" ? "center" : column.kind === "name" ? "left" : column.kind === "text" ? column.align : "right"),
    ),
  };
}

/** The texts of a line's cells, in the table's column order. */
export function lineCells(table: PdfTable, line: AppendixLine): string[] {
  return table.columns.map((column) => {
    if (!isFigureColumn(column)) return columnText(column, line);
    const figure = columnFigure(column, line);
    return figure ? figureText(figure) : "";
  });
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

/** Draws a set row at `y`, `height` tall (its own, or to the foot of the page): each cell's border and its lines, as one piece of content. */
export function drawRow(doc: PdfDocument, table: PdfTable, y: number, row: SetRow, height = row.height): void {
  doc.font(TINOS_FILES[row.face]).fontSize(TABLE_SIZE);
  const step = lineHeight(doc);
  const boxes: Box[] = [];
  const placed: PlacedText[] = [];
  let x = table.x;
  row.cells.forEach((lines, i) => {
    const width = table.widths[i] ?? 0;
    boxes.push({ x, y, width, height });
    const inner = width - 2 * PAD;
    const align = table.aligns[i] ?? "left";
    lines.forEach((line, n) => {
      const free = inner - line.width;
      const left = x + PAD + (align === "right" ? free : align === "center" ? free / 2 : 0);
      placed.push({ text: line.text, x: left, y: y + PAD + n * step });
    });
    x += width;
  });
  drawBoxesAndLines(doc, boxes, placed);
}

/** The height of the header `drawHeader` draws. */
export function drawnHeaderHeight(doc: PdfDocument, table: PdfTable): number {
  return headerInk(doc, table).height;
}

/** The header of a table as boxes and lines from its top (y = 0), laid out once and drawn on every page. */
interface HeaderInk {
  readonly height: number;
  readonly boxes: readonly Box[];
  readonly lines: readonly PlacedText[];
}

const headers = new WeakMap<PdfTable, HeaderInk>();

function headerInk(doc: PdfDocument, table: PdfTable): HeaderInk {
  const known = headers.get(table);
  if (known) return known;
  doc.font(TINOS_FILES.bold).fontSize(TABLE_SIZE);
  const step = lineHeight(doc);
  const labels = table.columns.map((column) => (column.kind === "year" ? "" : column.heading));
  const span = yearSpan(table.columns);
  const yearRow = span ? Math.ceil(doc.currentLineHeight() + 2 * PAD) : 0;
  const wrapped = labels.map((label, i) => (label === "" ? [] : wrapText(doc, label, (table.widths[i] ?? 0) - 2 * PAD)));
  let height = 2 * yearRow;
  for (const lines of wrapped) if (lines.length > 0) height = Math.max(height, Math.ceil(lines.length * step + 2 * PAD));
  const boxes: Box[] = [];
  const placed: PlacedText[] = [];
  const space = widthMeter(doc)(" ");
  // A cell's box and its lines centred both ways; a line that wraps is centred with the space it broke
  // at, as pdfkit's own wrapper centres it.
  const centred = (lines: readonly SetLine[], x: number, top: number, width: number, cellHeight: number) => {
    boxes.push({ x, y: top, width, height: cellHeight });
    const first = top + (cellHeight - lines.length * step) / 2;
    lines.forEach((line, n) => {
      const set = line.width + (n < lines.length - 1 ? space : 0);
      placed.push({ text: line.text, x: x + PAD + (width - 2 * PAD - set) / 2, y: first + n * step });
    });
  };
  let x = table.x;
  labels.forEach((label, i) => {
    const width = table.widths[i] ?? 0;
    if (label !== "") centred(wrapped[i] ?? [], x, 0, width, height);
    x += width;
  });
  if (span) {
    const first = table.x + table.widths.slice(0, span.first).reduce((a, b) => a + b, 0);
    const spanned = table.widths.slice(span.first, span.first + span.count).reduce((a, b) => a + b, 0);
    centred(wrapText(doc, "Trong đó", spanned - 2 * PAD), first, 0, spanned, height - yearRow);
    let yearX = first;
    table.columns.slice(span.first, span.first + span.count).forEach((column, i) => {
      const width = table.widths[span.first + i] ?? 0;
      centred(wrapText(doc, column.heading, width - 2 * PAD), yearX, height - yearRow, width, yearRow);
      yearX += width;
    });
  }
  const ink = { height, boxes, lines: placed };
  headers.set(table, ink);
  return ink;
}

/**
 * Draws the two-row header at `y` (by default TT | Cơ quan, đơn vị / Nội dung | Tổng kinh phí | Trong
 * đó: Năm … | Nguồn vốn | Văn bản có liên quan), as the workbook's, and returns the `y` under it. It is
 * laid out once per table: every page draws the same boxes and lines.
 */
export function drawHeader(doc: PdfDocument, table: PdfTable, y: number): number {
  const ink = headerInk(doc, table);
  doc.font(TINOS_FILES.bold).fontSize(TABLE_SIZE);
  drawBoxesAndLines(
    doc,
    ink.boxes.map((box) => ({ ...box, y: box.y + y })),
    ink.lines.map((line) => ({ ...line, y: line.y + y })),
  );
  return y + ink.height;
}
