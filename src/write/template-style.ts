// The blank form's look: its cell styles, column widths, text heights and print setup, apart from what
// the form holds (template-as-workbook.ts).
import { wrappedLines } from "./appendix/row-height.js";
import { CALIBRI_FONT, DEFAULT_MARGINS_XML, fontsOf, TYPED_AMOUNT_FORMAT } from "./workbook-style.js";
import { styleTable } from "./xlsx/style-table.js";

const centreBoth = '<alignment horizontal="center" vertical="center" wrapText="1"/>';
const centreTop = '<alignment horizontal="center" vertical="top" wrapText="1"/>';
const wrapTop = '<alignment vertical="top" wrapText="1"/>';
const [BOLD_14, ITALIC_13, BOLD_12, PLAIN_12, ITALIC_12] = [1, 2, 3, 4, 5];

/** The cell styles of the blank form, indices into {@link STYLES}. */
export const S = {
  title: 1,
  subtitle: 2,
  unit: 3,
  heading: 4,
  /** The agency and `Tổng cộng` rows: bold. */
  strongCode: 5,
  strongText: 6,
  strongAmount: 7,
  /** Item rows: the code column is text (`1.1` must not become a number). */
  code: 8,
  text: 9,
  amount: 10,
  guideHeading: 11,
  guideNote: 12,
  guideText: 13,
} as const;

export const STYLES = styleTable(
  [
    CALIBRI_FONT,
    ...fontsOf([
      ["b", 14],
      ["i", 13],
      ["b", 12],
      ["", 12],
      ["i", 12],
    ]),
  ],
  [
    { font: 0 },
    { font: BOLD_14, alignment: centreBoth },
    { font: ITALIC_13, alignment: centreBoth },
    { font: ITALIC_13 },
    { font: BOLD_12, border: true, alignment: centreBoth },
    { font: BOLD_12, border: true, alignment: centreTop },
    { font: BOLD_12, border: true, alignment: wrapTop },
    { font: BOLD_12, border: true, alignment: wrapTop, numFmt: TYPED_AMOUNT_FORMAT },
    { font: PLAIN_12, border: true, alignment: centreTop, numFmt: "@" },
    { font: PLAIN_12, border: true, alignment: wrapTop },
    { font: PLAIN_12, border: true, alignment: wrapTop, numFmt: TYPED_AMOUNT_FORMAT },
    { font: BOLD_12, alignment: wrapTop },
    { font: ITALIC_12, alignment: wrapTop },
    { font: PLAIN_12, alignment: wrapTop },
  ],
);

/** Width of the task-group columns, in digits of the Normal font (Calibri 11). */
export const GROUP_WIDTH = 11;
/**
 * The `Hướng dẫn` column, in Calibri digits: 70 (495 pixels in Excel) fits A4 upright between Excel's
 * default margins (660 pixels) even where Calibri is missing and its stand-in is wider (LibreOffice with
 * DejaVu Sans: 9.3 pixels a digit, 653).
 */
export const GUIDE_WIDTH = 70;
/** Pixels of a Calibri 11 digit, and of a cell's text margins. */
const CALIBRI_DIGIT_PIXELS = 7;
const CELL_MARGIN_PIXELS = 5;
/** Pixels of a digit of Times New Roman 13, the unit `wrappedLines` measures in. */
const TIMES_13_DIGIT_PIXELS = 8.67;

/**
 * The height in points of a cell `width` Calibri digits wide holding `text` in Times New Roman of `size`
 * points, wrapped: its lines (measured by `wrappedLines`, in Times New Roman 13 digits) at 1.25 × the size.
 */
export function textHeight(text: string, width: number, size: number, weight: "plain" | "bold"): number {
  const times13 = ((width * CALIBRI_DIGIT_PIXELS + CELL_MARGIN_PIXELS) / TIMES_13_DIGIT_PIXELS) * (13 / size);
  return Math.ceil(wrappedLines(text, times13, weight) * size * 1.25 + 3);
}

/**
 * The form's print: A4 landscape with narrow margins (10 mm each side, 15 mm top and bottom), two pages
 * wide, each block of rows' two pages one after the other, `STT` and the task name repeated on the
 * second (print titles `A:B`), the header rows on every page. One page wide put 339 digits of columns
 * on A4 at 40 % (5-point type); two pages wide of 265 print at 72 % in LibreOffice without Calibri
 * (DejaVu Sans, wider, stands in), about full size where Calibri is.
 */
export const FORM_PAGE_XML =
  '<printOptions horizontalCentered="1"/>' +
  '<pageMargins left="0.39" right="0.39" top="0.59" bottom="0.59" header="0.3" footer="0.3"/>' +
  '<pageSetup paperSize="9" orientation="landscape" pageOrder="overThenDown" fitToWidth="2" fitToHeight="0"/>';

/**
 * The `Hướng dẫn` sheet's print: A4 upright at full size, Excel's default margins, between which its
 * column fits. Without a paper size LibreOffice took its locale's (US Letter).
 */
export const GUIDE_PAGE_XML = `${DEFAULT_MARGINS_XML}<pageSetup paperSize="9" orientation="portrait"/>`;
