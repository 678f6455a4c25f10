import { MAX_COLUMNS, MAX_ROWS } from "../workbook/sheet-bounds.js";
import { xlsxPartText, xlsxSheetPaths, xlsxStylesPath } from "../workbook/xlsx-parts.js";
import type { ZipEntry } from "../zip/zip-guard.js";
import { type CapitalFontSheets, cellKey, isTcvn3CapitalFont, lazyCapitalSheets } from "./capital-fonts.js";

// `[^<>]*` rather than `[^>]*`: a malformed part of many `<` and no `>` stays a linear scan.
const ROW_OR_CELL = /<(?:\w+:)?(row|c)\b([^<>]*)>/g;
const FONT_NAME = /<(?:\w+:)?name\b[^<>]*?\bval=(?:"([^"]*)"|'([^']*)')/;
/** The cell types (`t`) of text cells: shared, inline, and a formula's. */
const TEXT_TYPES: ReadonlySet<string> = new Set(["s", "inlineStr", "str"]);
/** Past this many capital cell formats, a sheet is scanned rather than searched for each. */
const MAX_FORMAT_SEARCHES = 64;

/**
 * Which cells of an .xlsx or .xlsm are set in a TCVN3 capital font (`.VnTimeH`, …): from the styles
 * part, the fonts that are capital fonts and the cell formats (`cellXfs`) that use them; from each
 * sheet, the cells whose style index `s` is such a format, at the row and column SheetJS gives them.
 * Returns undefined when no cell format uses a capital font (nearly every workbook), having read only
 * the styles. A sheet is read on its first lookup. Malformed styles yield no capitals, never an error.
 */
export function xlsxCapitalFonts(entries: readonly ZipEntry[]): CapitalFontSheets | undefined {
  const formats = capitalFormats(xlsxPartText(entries, xlsxStylesPath(entries)));
  if (formats.size === 0) return undefined;
  const paths = xlsxSheetPaths(entries);
  return lazyCapitalSheets((sheet) => {
    const path = paths[sheet];
    return path === undefined ? undefined : capitalCells(xlsxPartText(entries, path), formats);
  });
}

/** The indexes of the cell formats whose font is a TCVN3 capital font. */
function capitalFormats(stylesXml: string): Set<number> {
  const fonts = new Set<number>();
  children(elementBody(stylesXml, "fonts"), "font").forEach((font, index) => {
    const name = FONT_NAME.exec(font);
    if (name && isTcvn3CapitalFont(name[1] ?? name[2] ?? "")) fonts.add(index);
  });
  const formats = new Set<number>();
  if (fonts.size === 0) return formats;
  children(elementBody(stylesXml, "cellXfs"), "xf").forEach((xf, index) => {
    if (fonts.has(Number(/^<[^<>]*?\bfontId=["'](\d+)["']/.exec(xf)?.[1] ?? 0))) formats.add(index);
  });
  return formats;
}

/** The text inside the first element of a local name; empty when there is none. */
function elementBody(xml: string, name: string): string {
  const open = new RegExp(`<((?:\\w+:)?)${name}\\b[^<>]*>`).exec(xml);
  if (!open || open[0].endsWith("/>")) return "";
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${open[1] ?? ""}${name}>`, start);
  return xml.slice(start, end < 0 ? undefined : end);
}

/** Each child element of a local name, from its opening tag to the next one's, in order. */
function children(body: string, name: string): string[] {
  const starts = [...body.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b`, "g"))].map((match) => match.index);
  return starts.map((start, i) => body.slice(start, starts[i + 1]));
}

/**
 * The cells of a sheet whose format is one of `formats` (a cell without `s` has format 0). Rows and
 * columns are counted as SheetJS counts them: the row's `r`, else one after the previous row; the
 * column of the cell's `r`, else one after the previous cell.
 */
function capitalCells(sheetXml: string, formats: ReadonlySet<number>): Set<number> {
  if (formats.has(0) || formats.size > MAX_FORMAT_SEARCHES) return scannedCells(sheetXml, formats);
  return searchedCells(sheetXml, formats) ?? scannedCells(sheetXml, formats);
}

/**
 * The cells of the formats found by searching the sheet for each `s="N"`: a few string searches, where
 * a scan parses every tag (on a 50,000-row sheet, 6-15 ms against 170 ms). Undefined when a found cell has
 * no full address `r`, whose place only a scan can tell.
 */
function searchedCells(sheetXml: string, formats: ReadonlySet<number>): Set<number> | undefined {
  const cells = new Set<number>();
  for (const format of formats) {
    for (const quote of ['"', "'"]) {
      const needle = `s=${quote}${format}${quote}`;
      for (let at = sheetXml.indexOf(needle); at >= 0; at = sheetXml.indexOf(needle, at + needle.length)) {
        if (!/\s/.test(sheetXml.charAt(at - 1))) continue;
        const start = sheetXml.lastIndexOf("<", at);
        const end = sheetXml.indexOf(">", at);
        const tag = sheetXml.slice(start, end < 0 ? undefined : end);
        // The text between tags may hold `s="1"` too; only a cell's own attribute counts.
        if (tag.includes(">") || !/^<(?:\w+:)?c\s/.test(tag)) continue;
        const address = /\sr=["']([A-Z]+)(\d+)["']/.exec(tag);
        if (!address) return undefined;
        const row = Number(address[2]) - 1;
        const col = columnIndex(address[1] ?? "");
        if (row >= 0 && row < MAX_ROWS && col < MAX_COLUMNS) cells.add(cellKey(row, col));
      }
    }
  }
  return cells;
}

/** The cells of the formats, found by parsing every row and cell tag. */
function scannedCells(sheetXml: string, formats: ReadonlySet<number>): Set<number> {
  const cells = new Set<number>();
  const unstyledCapital = formats.has(0);
  let row = -1;
  let col = -1;
  for (const [, tag, attributes = ""] of sheetXml.matchAll(ROW_OR_CELL)) {
    if (tag === "row") {
      const number = /\br=["'](\d+)/.exec(attributes)?.[1];
      row = number === undefined ? row + 1 : Number(number) - 1;
      col = -1;
      continue;
    }
    const letters = /\br=["']([A-Z]+)/.exec(attributes)?.[1];
    col = letters === undefined ? col + 1 : columnIndex(letters);
    // Only text can be converted: numbers, which fill most of a sheet, need no place in the set.
    if (!TEXT_TYPES.has(/\bt=["'](\w+)["']/.exec(attributes)?.[1] ?? "n")) continue;
    const style = /\bs=["'](\d+)["']/.exec(attributes)?.[1];
    const capital = style === undefined ? unstyledCapital : formats.has(Number(style));
    if (capital && row >= 0 && row < MAX_ROWS && col < MAX_COLUMNS) cells.add(cellKey(row, col));
  }
  return cells;
}

/** `A` → 0, `AB` → 27. */
function columnIndex(letters: string): number {
  let index = 0;
  for (let i = 0; i < letters.length && index < MAX_COLUMNS; i++) index = index * 26 + letters.charCodeAt(i) - 64;
  return index - 1;
}
