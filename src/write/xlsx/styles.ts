import { FONT, WHOLE_AMOUNT_FORMAT } from "../workbook-style.js";
import { type CellFormat, type StyleTable, styleTable } from "./style-table.js";

/**
 * The cell styles of the appendix workbook, as indices into the fixed `cellXfs` table of
 * {@link APPENDIX_STYLES}. All in Times New Roman; "table" styles carry thin borders on every side.
 */
export const Style = {
  none: 0,
  /** Bold 13, centred, wrapped: the appendix label above the title. */
  titleBold: 1,
  /** Bold 14, centred, wrapped: the title. */
  titleLarge: 2,
  /** Italic 13, centred, wrapped: the reference line. */
  titleItalic: 3,
  /** Italic 13, right: the unit line. */
  unit: 4,
  /** Bold 13, centred both ways, wrapped, bordered: table headings. */
  heading: 5,
  /** Bold 13, centred, top, wrapped, bordered: codes of bold lines. */
  boldCentred: 6,
  /** Bold 13, top, wrapped, bordered. */
  boldText: 7,
  /** Bold 13 amount, right, top, bordered. */
  boldAmount: 8,
  /** 13, centred, top, wrapped, bordered: codes of items. */
  centred: 9,
  /** 13, top, wrapped, bordered. */
  text: 10,
  /** 13 amount, right, top, bordered. */
  amount: 11,
  /** Italic 13, left, wrapped: the amount in words. */
  words: 12,
  /** Bold 13 amount, top, wrapped, bordered: amounts of the table sheets' bold rows. */
  boldTableAmount: 13,
  /** 13 amount, top, wrapped, bordered: amounts of the table sheets. */
  tableAmount: 14,
} as const;

/** A cell style index of {@link Style}. */
export type StyleId = (typeof Style)[keyof typeof Style];

const fonts = [
  // The Normal style: cells an officer adds are Times New Roman 13 too, and column widths are counted in its
  // digits, which Excel and LibreOffice measure alike (Calibri, absent from most Linux machines, was not).
  `<font><sz val="13"/><name val="${FONT}"/><family val="1"/></font>`,
  `<font><b/><sz val="13"/><name val="${FONT}"/></font>`,
  `<font><b/><sz val="14"/><name val="${FONT}"/></font>`,
  `<font><i/><sz val="13"/><name val="${FONT}"/></font>`,
  `<font><sz val="13"/><name val="${FONT}"/></font>`,
];
const BOLD = 1;
const LARGE = 2;
const ITALIC = 3;
const PLAIN = 4;

const centreBoth = '<alignment horizontal="center" vertical="center" wrapText="1"/>';
const centreTop = '<alignment horizontal="center" vertical="top" wrapText="1"/>';
const wrapTop = '<alignment vertical="top" wrapText="1"/>';
const rightTop = '<alignment horizontal="right" vertical="top"/>';
const WHOLE = WHOLE_AMOUNT_FORMAT;

/** The styles of {@link Style}, in its order. */
const BASE: readonly CellFormat[] = [
  { font: 0 },
  { font: BOLD, alignment: centreBoth },
  { font: LARGE, alignment: centreBoth },
  { font: ITALIC, alignment: centreBoth },
  { font: ITALIC, alignment: '<alignment horizontal="right"/>' },
  { font: BOLD, border: true, alignment: centreBoth },
  { font: BOLD, border: true, alignment: centreTop },
  { font: BOLD, border: true, alignment: wrapTop },
  { font: BOLD, border: true, alignment: rightTop, numFmt: WHOLE },
  { font: PLAIN, border: true, alignment: centreTop },
  { font: PLAIN, border: true, alignment: wrapTop },
  { font: PLAIN, border: true, alignment: rightTop, numFmt: WHOLE },
  { font: ITALIC, alignment: '<alignment horizontal="left" vertical="center" wrapText="1"/>' },
  { font: BOLD, border: true, alignment: wrapTop, numFmt: WHOLE },
  { font: PLAIN, border: true, alignment: wrapTop, numFmt: WHOLE },
];

/** The style table of the appendix workbook: {@link Style}, their decimal and `quotePrefix` twins. */
export const APPENDIX_STYLES: StyleTable = styleTable(fonts, BASE);
