import PDFDocument from "pdfkit";
import type { Consolidation } from "../aggregate/consolidate.js";
import type { Plan } from "../plan/schema.js";
import { amountInWordsLine } from "./amount-in-words.js";
import { appendixColumns } from "./appendix/columns.js";
import { appendixLines, hasLeadUnit } from "./appendix/lines.js";
import { outputDate } from "./appendix/output-date.js";
import { LANDSCAPE_MARGINS_MM } from "./appendix/page.js";
import { APPENDIX_UNIT_LINE, appendixTitles } from "./appendix/titles.js";
import type { AppendixOptions } from "./appendix-as-workbook.js";
import { type PdfFace, TINOS_FILES } from "./pdf/fonts.js";
import type { PdfDocument } from "./pdf/pdf-document.js";
import { drawBoxesAndLines, flushInk, widthMeter } from "./pdf/pdf-ink.js";
import { drawHeader, drawnHeaderHeight, drawRow, lineCells, lineFace, setRow, splitRow, TABLE_SIZE, tableLayout } from "./pdf/pdf-table.js";
import { drawSignatureBlock, signatureHeight } from "./pdf/signature-block.js";

const POINTS_PER_MM = 72 / 25.4;
const pt = (millimetres: number) => millimetres * POINTS_PER_MM;
/** Space between the amount in words and the signature block, in points. */
const SIGNATURE_GAP = 12;

/**
 * The appendix as PDF bytes, made in this process with pdfkit and the embedded Tinos font: A4
 * landscape with the workbook's margins (Decree 30/2020's, turned with the page), the title block and
 * `(Kèm theo …)` line, the table with its header repeated on every page, long names wrapped, amounts
 * right-aligned with Vietnamese separators, sections, agencies and TỔNG in bold, the amount in words,
 * the signature block of the plan's `output`, and `Trang x/y` under every page. The lines are the
 * workbook's (`appendixLines`): nothing is added up here. Stamped with `options.date` (never the
 * clock) and no random identifier, so the same inputs give the same bytes.
 */
export async function appendixAsPdf(consolidation: Consolidation, plan: Plan, options: AppendixOptions): Promise<Uint8Array> {
  const date = options.date ?? outputDate({});
  const titles = appendixTitles(plan, options);
  const margins = {
    top: pt(LANDSCAPE_MARGINS_MM.top),
    bottom: pt(LANDSCAPE_MARGINS_MM.bottom),
    left: pt(LANDSCAPE_MARGINS_MM.left),
    right: pt(LANDSCAPE_MARGINS_MM.right),
  };
  const doc: PdfDocument = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margins,
    bufferPages: true,
    // Faces are named by their files throughout: pdfkit caches a font by the name it was first set by,
    // and reopened (parsed again) a registered alias of this one on every call.
    font: TINOS_FILES.regular,
    lang: "vi",
    displayTitle: true,
    // The file identifier pdfkit derives from these (an MD5 of them), so it too is the same every run.
    info: { Title: `${titles.label} — ${titles.title}`, Producer: "budget", Creator: "budget", CreationDate: date, ModDate: date },
  });
  const chunks: Uint8Array[] = [];
  doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on("end", () => resolve()));

  const x = margins.left;
  const width = doc.page.width - margins.left - margins.right;
  const bottom = doc.page.height - margins.bottom;
  let y = titleBlock(doc, titles, x, width);

  const lines = appendixLines(consolidation, 1, options.approved);
  const columns = appendixColumns(options.columns ?? plan.output.columns, consolidation.periods, lines.some(hasLeadUnit), options.approved !== undefined);
  const table = tableLayout(doc, lines, columns, x, width);
  const words = amountInWordsLine(consolidation.totals.total);
  const wordsHeight =
    4 +
    doc
      .font(TINOS_FILES.italic)
      .fontSize(TABLE_SIZE + 1)
      .heightOfString(words, { width });
  y = drawHeader(doc, table, y);
  // What a page holds under the header: a row taller than that is split over pages.
  const pageRoom = bottom - margins.top - drawnHeaderHeight(doc, table);
  let rowsOnPage = 0;
  const newPage = () => {
    flushInk(doc);
    doc.addPage();
    y = drawHeader(doc, table, margins.top);
    rowsOnPage = 0;
  };
  for (const line of lines) {
    let row = setRow(doc, table, lineCells(table, line), lineFace(line));
    // TỔNG, the amount in words and the signatures stay together: no page is signed without a figure on it.
    const keptWith = line.kind === "total" ? wordsHeight + SIGNATURE_GAP + signatureHeight(doc) : 0;
    for (;;) {
      const keepsTogetherOnNext = rowsOnPage > 0 && row.height + keptWith <= pageRoom;
      if (y + row.height + keptWith <= bottom || (y + row.height <= bottom && !keepsTogetherOnNext)) {
        drawRow(doc, table, y, row);
        y += row.height;
        rowsOnPage++;
        break;
      }
      if (rowsOnPage > 0 && row.height <= pageRoom) {
        newPage();
        continue;
      }
      // Taller than a page: the lines that fit here, the rest on the next page (never cut).
      const split = splitRow(doc, row, bottom - y);
      if (split === undefined && rowsOnPage > 0) {
        newPage();
        continue;
      }
      if (split === undefined) {
        // Not one line fits even under the header of an empty page: drawn as it is.
        drawRow(doc, table, y, row);
        y += row.height;
        rowsOnPage++;
        break;
      }
      drawRow(doc, table, y, split.here, bottom - y);
      row = split.rest;
      newPage();
    }
  }

  doc
    .font(TINOS_FILES.italic)
    .fontSize(TABLE_SIZE + 1)
    .text(words, x, y + 4, { width });
  y += wordsHeight + SIGNATURE_GAP;

  flushInk(doc);
  if (y + signatureHeight(doc) > bottom) {
    doc.addPage();
    y = margins.top;
  }
  drawSignatureBlock(doc, plan.output, x, y, width);

  pageNumbers(doc, x, width, margins.bottom);
  flushInk(doc);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/** Draws the label, the title (in capitals), the `(Kèm theo …)` line and the unit line; returns the `y` under them. */
function titleBlock(doc: PdfDocument, titles: ReturnType<typeof appendixTitles>, x: number, width: number): number {
  const put = (text: string, face: PdfFace, size: number, align: "center" | "right") => {
    if (text === "") return;
    doc.font(TINOS_FILES[face]).fontSize(size).text(text, x, doc.y, { width, align });
  };
  doc.y = doc.page.margins.top;
  put(titles.label, "bold", 13, "center");
  put(titles.title.toUpperCase(), "bold", 14, "center");
  put(titles.reference, "italic", 13, "center");
  doc.moveDown(0.3);
  put(APPENDIX_UNIT_LINE, "italic", TABLE_SIZE, "right");
  return doc.y + 2;
}

/** Writes `Trang x/y` centred in the bottom margin of every page, once all pages are known. */
function pageNumbers(doc: PdfDocument, x: number, width: number, bottomMargin: number): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    flushInk(doc);
    doc.switchToPage(start + i);
    doc.font(TINOS_FILES.regular).fontSize(11);
    const text = `Trang ${i + 1}/${count}`;
    const y = doc.page.height - bottomMargin / 2 - doc.currentLineHeight() / 2;
    drawBoxesAndLines(doc, [], [{ text, x: x + (width - widthMeter(doc)(text)) / 2, y }]);
  }
}
