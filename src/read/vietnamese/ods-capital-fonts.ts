import { MAX_COLUMNS, MAX_ROWS } from "../workbook/sheet-bounds.js";
import { type CapitalFontSheets, cellKey, isTcvn3CapitalFont, lazyCapitalSheets } from "./capital-fonts.js";

/** Cells repeated beyond this are padding, never text. */
const MAX_REPEAT = 10_000;
/** Parent styles followed beyond this are a loop. */
const MAX_PARENTS = 32;
/** The style a cell without one takes (LibreOffice's and Excel's exports name it so). */
const DEFAULT_STYLE = "Default";

// `[^<>]*` rather than `[^>]*`: malformed XML of many `<` and no `>` stays a linear scan.
const FONT_FACE = /<style:font-face\b([^<>]*)>/g;
const STYLE = /<style:(style|default-style)\b([^<>]*)>/g;
const TAG = /<(\/?)table:(table|table-column|table-row|table-cell|covered-table-cell)(?=[\s/>])([^<>]*)>/g;

interface CellStyle {
  readonly parent: string | undefined;
  /** The font the style itself sets; undefined when it takes its parent's. */
  readonly font: string | undefined;
}

/**
 * Which cells of an ODS are set in a TCVN3 capital font (`.VnTimeH`, …): from the cell styles of
 * `content.xml` and `styles.xml` (font names through their font faces, parent styles followed), the
 * styles whose font is a capital font; from `content.xml`, the cells of such a style (their own, else
 * their row's or column's default), at the row and column SheetJS gives them. Returns undefined when
 * no cell style uses a capital font, having read only the styles. The sheets are read on the first
 * lookup. Fonts set on a part of a cell's text (`text:span`) are not seen. Malformed XML yields no
 * capitals, never an error.
 */
export function odsCapitalFonts(contentXml: string, stylesXml: string): CapitalFontSheets | undefined {
  const capital = capitalStyles(contentXml, stylesXml);
  if (capital.size === 0) return undefined;
  let sheets: ReadonlyArray<ReadonlySet<number>> | undefined;
  return lazyCapitalSheets((sheet) => (sheets ??= capitalCells(contentXml, capital))[sheet]);
}

/** The names of the cell styles whose font is a TCVN3 capital font (`Default` for cells without a style). */
function capitalStyles(contentXml: string, stylesXml: string): Set<string> {
  const faces = new Map<string, string>();
  for (const xml of [stylesXml, contentXml]) {
    for (const [, attributes = ""] of xml.matchAll(FONT_FACE)) {
      const name = attribute(attributes, "style:name");
      if (name !== undefined) faces.set(name, unquote(attribute(attributes, "svg:font-family") ?? name));
    }
  }
  const styles = new Map<string, CellStyle>();
  let documentFont: string | undefined;
  for (const xml of [stylesXml, contentXml]) {
    for (const match of xml.matchAll(STYLE)) {
      const [tag, kind, attributes = ""] = match;
      if (attribute(attributes, "style:family") !== "table-cell") continue;
      const properties = tag.endsWith("/>") ? undefined : textProperties(xml, match.index + tag.length, kind ?? "style");
      const fontName = properties === undefined ? undefined : attribute(properties, "style:font-name");
      const family = properties === undefined ? undefined : attribute(properties, "fo:font-family");
      const font = fontName !== undefined ? (faces.get(fontName) ?? fontName) : family !== undefined ? unquote(family) : undefined;
      if (kind === "default-style") documentFont = font ?? documentFont;
      else {
        const name = attribute(attributes, "style:name");
        if (name !== undefined) styles.set(name, { parent: attribute(attributes, "style:parent-style-name"), font });
      }
    }
  }
  const fontOf = (name: string): string | undefined => {
    let style = styles.get(name);
    for (let depth = 0; style && depth < MAX_PARENTS; depth++) {
      if (style.font !== undefined) return style.font;
      style = style.parent === undefined ? undefined : styles.get(style.parent);
    }
    return documentFont;
  };
  const capital = new Set<string>();
  for (const name of styles.keys()) if (isTcvn3CapitalFont(fontOf(name) ?? "")) capital.add(name);
  if (!styles.has(DEFAULT_STYLE) && isTcvn3CapitalFont(documentFont ?? "")) capital.add(DEFAULT_STYLE);
  return capital;
}

/** The attributes of the `style:text-properties` of the style element whose opening tag ends at `start`. */
function textProperties(xml: string, start: number, kind: string): string | undefined {
  const end = xml.indexOf(`</style:${kind}>`, start);
  const body = xml.slice(start, end < 0 ? undefined : end);
  return /<style:text-properties\b([^<>]*)>/.exec(body)?.[1];
}

/**
 * The cells of each sheet whose style is one of `capital`, by sheet index: a cell's own style, else
 * its row's default cell style, else its column's, else `Default`. Rows and columns are counted as
 * SheetJS counts them (repeats, covered cells); cells without text are left out.
 */
function capitalCells(contentXml: string, capital: ReadonlySet<string>): Set<number>[] {
  const sheets: Set<number>[] = [];
  let cells: Set<number> | undefined;
  let columns: { start: number; style: string | undefined }[] = [];
  let nextColumn = 0;
  let row = 0;
  let rowRepeat = 1;
  let rowStyle: string | undefined;
  let col = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(contentXml); match; match = TAG.exec(contentXml)) {
    const [, closing, name, attributes = ""] = match;
    if (closing) {
      if (name === "table") cells = undefined;
      continue;
    }
    if (name === "table") {
      if (attributes.endsWith("/")) continue;
      cells = new Set();
      sheets.push(cells);
      columns = [];
      nextColumn = 0;
      row = 0;
      continue;
    }
    if (!cells) continue;
    const columnRepeat = repeat(attributes, "table:number-columns-repeated");
    if (name === "table-column") {
      columns.push({ start: nextColumn, style: attribute(attributes, "table:default-cell-style-name") });
      nextColumn += columnRepeat;
    } else if (name === "table-row") {
      rowRepeat = repeat(attributes, "table:number-rows-repeated");
      rowStyle = attribute(attributes, "table:default-cell-style-name");
      // The cells of this row are at `row - rowRepeat`.
      row += rowRepeat;
      col = 0;
    } else {
      const text = name === "table-cell" && (!attributes.endsWith("/") || /office:value-type="string"/.test(attributes));
      if (text && rowRepeat * columnRepeat <= MAX_REPEAT) {
        const style = attribute(attributes, "table:style-name") ?? rowStyle;
        for (let c = col; c < Math.min(col + columnRepeat, MAX_COLUMNS); c++) {
          if (!capital.has(style ?? columnStyle(columns, c) ?? DEFAULT_STYLE)) continue;
          for (let r = row - rowRepeat; r < Math.min(row, MAX_ROWS); r++) cells.add(cellKey(r, c));
        }
      }
      col += columnRepeat;
    }
  }
  return sheets;
}

/** The default cell style of the column run holding `col` (runs sorted by start). */
function columnStyle(columns: readonly { start: number; style: string | undefined }[], col: number): string | undefined {
  let low = 0;
  let high = columns.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((columns[middle]?.start ?? 0) <= col) low = middle;
    else high = middle - 1;
  }
  const run = columns[low];
  return run !== undefined && run.start <= col ? run.style : undefined;
}

// One pattern per attribute name (a handful of constants), made once: the scan asks per cell.
const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | undefined {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match?.[1] ?? match?.[2];
}

function repeat(attributes: string, name: string): number {
  return Math.max(1, Number(attribute(attributes, name) ?? 1) || 1);
}

/** The first font of a family as ODF writes it, quotes and entities off: `&apos;DejaVu Sans&apos;, serif` → `DejaVu Sans`. */
function unquote(family: string): string {
  return (family.split(",")[0] ?? "").replace(/&apos;|&quot;|['"]/g, "").trim();
}
