import { AMOUNT_FORMAT, FONT } from "../workbook-style.js";
import { xmlText } from "./xml-text.js";

/**
 * The cell styles of the appendix workbook, as indices into the fixed `cellXfs` table of
 * {@link STYLES_XML}. All in Times New Roman; "table" styles carry thin borders on every side.
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

const AMOUNT_FORMAT_ID = 164;
const fonts = [
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  `<font><b/><sz val="13"/><name val="${FONT}"/></font>`,
  `<font><b/><sz val="14"/><name val="${FONT}"/></font>`,
  `<font><i/><sz val="13"/><name val="${FONT}"/></font>`,
  `<font><sz val="13"/><name val="${FONT}"/></font>`,
];
const BOLD = 1;
const LARGE = 2;
const ITALIC = 3;
const PLAIN = 4;
const BORDERED = 1;

const centreBoth = '<alignment horizontal="center" vertical="center" wrapText="1"/>';
const centreTop = '<alignment horizontal="center" vertical="top" wrapText="1"/>';
const wrapTop = '<alignment vertical="top" wrapText="1"/>';
const rightTop = '<alignment horizontal="right" vertical="top"/>';

/** One `xf`: font, border, number format and alignment, in the order of {@link Style}. */
const xf = (font: number, border: number, alignment: string, numFmt = 0): string =>
  `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="${border}" xfId="0" applyFont="1"${border ? ' applyBorder="1"' : ""}${numFmt ? ' applyNumberFormat="1"' : ""} applyAlignment="1">${alignment}</xf>`;

const cellXfs = [
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  xf(BOLD, 0, centreBoth),
  xf(LARGE, 0, centreBoth),
  xf(ITALIC, 0, centreBoth),
  xf(ITALIC, 0, '<alignment horizontal="right"/>'),
  xf(BOLD, BORDERED, centreBoth),
  xf(BOLD, BORDERED, centreTop),
  xf(BOLD, BORDERED, wrapTop),
  xf(BOLD, BORDERED, rightTop, AMOUNT_FORMAT_ID),
  xf(PLAIN, BORDERED, centreTop),
  xf(PLAIN, BORDERED, wrapTop),
  xf(PLAIN, BORDERED, rightTop, AMOUNT_FORMAT_ID),
  xf(ITALIC, 0, '<alignment horizontal="left" vertical="center" wrapText="1"/>'),
  xf(BOLD, BORDERED, wrapTop, AMOUNT_FORMAT_ID),
  xf(PLAIN, BORDERED, wrapTop, AMOUNT_FORMAT_ID),
];

/** `xl/styles.xml`: the one fixed style table every sheet of the appendix workbook uses. */
export const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<numFmts count="1"><numFmt numFmtId="${AMOUNT_FORMAT_ID}" formatCode="${xmlText(AMOUNT_FORMAT)}"/></numFmts>` +
  `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="${cellXfs.length}">${cellXfs.join("")}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";
