import { FORMULA_START } from "../csv-cell.js";
import { FONT, FRACTION_AMOUNT_FORMAT, WHOLE_AMOUNT_FORMAT } from "../workbook-style.js";
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

// The amount formats of workbook-style.ts, registered under custom format ids.
const WHOLE_FORMAT = WHOLE_AMOUNT_FORMAT;
const FRACTION_FORMAT = FRACTION_AMOUNT_FORMAT;
const WHOLE = 164;
const FRACTION = 165;
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
const BORDERED = 1;

const centreBoth = '<alignment horizontal="center" vertical="center" wrapText="1"/>';
const centreTop = '<alignment horizontal="center" vertical="top" wrapText="1"/>';
const wrapTop = '<alignment vertical="top" wrapText="1"/>';
const rightTop = '<alignment horizontal="right" vertical="top"/>';

interface Xf {
  readonly font: number;
  readonly border: number;
  readonly alignment: string;
  readonly numFmt: number;
}

const xf = (font: number, border: number, alignment: string, numFmt = 0): Xf => ({ font, border, alignment, numFmt });

/** The styles of {@link Style}, in its order. */
const BASE: readonly Xf[] = [
  xf(0, 0, ""),
  xf(BOLD, 0, centreBoth),
  xf(LARGE, 0, centreBoth),
  xf(ITALIC, 0, centreBoth),
  xf(ITALIC, 0, '<alignment horizontal="right"/>'),
  xf(BOLD, BORDERED, centreBoth),
  xf(BOLD, BORDERED, centreTop),
  xf(BOLD, BORDERED, wrapTop),
  xf(BOLD, BORDERED, rightTop, WHOLE),
  xf(PLAIN, BORDERED, centreTop),
  xf(PLAIN, BORDERED, wrapTop),
  xf(PLAIN, BORDERED, rightTop, WHOLE),
  xf(ITALIC, 0, '<alignment horizontal="left" vertical="center" wrapText="1"/>'),
  xf(BOLD, BORDERED, wrapTop, WHOLE),
  xf(PLAIN, BORDERED, wrapTop, WHOLE),
];

/** Each amount style's twin for amounts with decimals, appended after {@link BASE}. */
const fractionOf = new Map<number, number>();
const withFractions: Xf[] = [...BASE];
BASE.forEach((style, id) => {
  if (style.numFmt !== WHOLE) return;
  fractionOf.set(id, withFractions.length);
  withFractions.push({ ...style, numFmt: FRACTION });
});

/** Every style again with `quotePrefix`: Excel's own mark of text typed after an apostrophe. */
const QUOTED = withFractions.length;

const xfXml = ({ font, border, alignment, numFmt }: Xf, quoted: boolean): string =>
  `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="${border}" xfId="0"${font ? ' applyFont="1"' : ""}${border ? ' applyBorder="1"' : ""}` +
  `${numFmt ? ' applyNumberFormat="1"' : ""}${alignment ? ' applyAlignment="1"' : ""}${quoted ? ' quotePrefix="1"' : ""}>${alignment}</xf>`;

const cellXfs = [...withFractions.map((style) => xfXml(style, false)), ...withFractions.map((style) => xfXml(style, true))];

/**
 * The style a text cell gets: `style`, or its `quotePrefix` twin when the text starts like a formula
 * ({@link FORMULA_START}). The cell stays text either way; the mark keeps Excel from turning it into a
 * formula when someone edits the cell and presses Enter, and shows no apostrophe.
 */
export function textStyle(style: StyleId, text: string): number {
  return FORMULA_START.test(text) ? style + QUOTED : style;
}

/** The style a number cell gets: an amount style's decimal twin when the value is not whole. */
export function numberStyle(style: StyleId, value: number): number {
  return Number.isInteger(value) ? style : (fractionOf.get(style) ?? style);
}

/** `xl/styles.xml`: the one fixed style table every sheet of the appendix workbook uses. */
export const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<numFmts count="2"><numFmt numFmtId="${WHOLE}" formatCode="${xmlText(WHOLE_FORMAT)}"/><numFmt numFmtId="${FRACTION}" formatCode="${xmlText(FRACTION_FORMAT)}"/></numFmts>` +
  `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="${cellXfs.length}">${cellXfs.join("")}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";
