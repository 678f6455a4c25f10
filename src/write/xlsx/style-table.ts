import { FORMULA_START } from "../csv-cell.js";
import { FRACTION_AMOUNT_FORMAT, WHOLE_AMOUNT_FORMAT } from "../workbook-style.js";
import { xmlText } from "./xml-text.js";

/** A cell style of a workbook: a font of its table, thin borders or none, alignment, number format. */
export interface CellFormat {
  /** Index into the table's fonts (0: the Normal font). */
  readonly font: number;
  readonly border?: boolean;
  /** The `<alignment …/>` element, or nothing. */
  readonly alignment?: string;
  /** The format code (`@` is the built-in text format); none: General. */
  readonly numFmt?: string;
  /**
   * Keeps {@link WHOLE_AMOUNT_FORMAT} for amounts with decimals too, instead of the decimal twin:
   * for a column whose cells were always shown whole.
   */
  readonly wholeOnly?: boolean;
  /** A solid background, as an ARGB hex colour (`FFFFF2CC`); none: no fill. */
  readonly fill?: string;
}

/** The fixed style table of one workbook, and the style each cell gets from the one it asks for. */
export interface StyleTable {
  /** `xl/styles.xml`. */
  readonly xml: string;
  /** The style a text cell gets: `style`, or its `quotePrefix` twin when the text starts like a formula. */
  text(style: number, text: string): number;
  /** The style a number cell gets: an amount style's decimal twin when the value is not whole. */
  number(style: number, value: number): number;
}

/** Format codes Excel knows by id without a `numFmt` element. */
const BUILT_IN: ReadonlyMap<string, number> = new Map([["@", 49]]);
const FIRST_CUSTOM = 164;

/**
 * The style table of `formats` (their indices are the style ids cells ask for) over `fonts` (`<font>`
 * elements, the first the Normal style's). After them come each whole-amount style's twin with
 * {@link FRACTION_AMOUNT_FORMAT}, then every style again with `quotePrefix`: Excel's own mark of text
 * typed after an apostrophe, which keeps a text like `=x` or `-5 %` text when someone edits the cell.
 */
export function styleTable(fonts: readonly string[], formats: readonly CellFormat[]): StyleTable {
  const fractionOf = new Map<number, number>();
  const all: CellFormat[] = [...formats];
  formats.forEach((format, id) => {
    if (format.numFmt !== WHOLE_AMOUNT_FORMAT || format.wholeOnly === true) return;
    fractionOf.set(id, all.length);
    all.push({ ...format, numFmt: FRACTION_AMOUNT_FORMAT });
  });
  const quoted = all.length;
  const custom = [...new Set(all.flatMap((format) => (format.numFmt === undefined || BUILT_IN.has(format.numFmt) ? [] : [format.numFmt])))];
  const numFmtId = (code: string | undefined): number => (code === undefined ? 0 : (BUILT_IN.get(code) ?? FIRST_CUSTOM + custom.indexOf(code)));
  // The two fills every workbook starts with (none, gray125), then each colour asked for.
  const colours = [...new Set(all.flatMap((format) => (format.fill === undefined ? [] : [format.fill])))];
  const fillId = (colour: string | undefined): number => (colour === undefined ? 0 : 2 + colours.indexOf(colour));
  const xfXml = (format: CellFormat, quote: boolean): string => {
    const numFmt = numFmtId(format.numFmt);
    const border = format.border === true ? 1 : 0;
    const alignment = format.alignment ?? "";
    const fill = fillId(format.fill);
    return (
      `<xf numFmtId="${numFmt}" fontId="${format.font}" fillId="${fill}" borderId="${border}" xfId="0"${format.font ? ' applyFont="1"' : ""}${fill ? ' applyFill="1"' : ""}${border ? ' applyBorder="1"' : ""}` +
      `${numFmt ? ' applyNumberFormat="1"' : ""}${alignment ? ' applyAlignment="1"' : ""}${quote ? ' quotePrefix="1"' : ""}>${alignment}</xf>`
    );
  };
  const cellXfs = [...all.map((format) => xfXml(format, false)), ...all.map((format) => xfXml(format, true))];
  const numFmts = custom.map((code, i) => `<numFmt numFmtId="${FIRST_CUSTOM + i}" formatCode="${xmlText(code)}"/>`);
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
    `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
    `<fills count="${2 + colours.length}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
    colours.map((colour) => `<fill><patternFill patternType="solid"><fgColor rgb="${colour}"/><bgColor indexed="64"/></patternFill></fill>`).join("") +
    "</fills>" +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
    '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${cellXfs.length}">${cellXfs.join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>";
  return {
    xml,
    text: (style, text) => (FORMULA_START.test(text) ? style + quoted : style),
    number: (style, value) => (Number.isInteger(value) ? style : (fractionOf.get(style) ?? style)),
  };
}
