import { zipEntryText } from "../zip/entry-text.js";
import type { ZipEntry } from "../zip/zip-guard.js";
import { ooxmlPackage, partKey } from "./ooxml-package.js";
import { MAX_COLUMNS } from "./sheet-bounds.js";

/**
 * Most cells a declared range may make SheetJS create one by one. Its XLSX reader fills every cell
 * of a hyperlink's range, and its ODS reader copies a cell `number-columns-repeated` ×
 * `number-rows-repeated` times: a 1 KB file can ask for billions.
 */
export const MAX_EXPANDED_CELLS = 2_000_000;

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const HYPERLINK = /<(?:\w+:)?hyperlink\b[^>]*?\bref="([^"]*)"/g;
const COLUMN_MAX = /<(?:\w+:)?col\b[^>]*?\bmax="(\d+)"/g;
const ODS_TAG = /<(\/?)table:(table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*)>/g;
const A1_RANGE = /^\$?([A-Z]{1,7})\$?(\d{1,15})(?::\$?([A-Z]{1,7})\$?(\d{1,15}))?$/i;

/**
 * Checks the parts of a ZIP container (already passed by the ZIP guard) for ranges that SheetJS would
 * expand cell by cell: hyperlinks over more than {@link MAX_EXPANDED_CELLS} cells or a column
 * definition past Excel's last column (.xlsx, .xlsm), repeated cells that multiply out past the same
 * bound (.ods). The sheets checked are every part under `xl/worksheets/` and every sheet part the
 * workbook's relationships name, wherever the package puts them and however it spells their names, as
 * SheetJS finds them (`XL\Worksheets\Sheet1.xml` is `xl/worksheets/sheet1.xml`, `Content.xml` is
 * `content.xml`). Returns the BC101 reason (`range-too-large, …`), or undefined when there is none.
 */
export function rangeProblem(entries: readonly ZipEntry[]): string | undefined {
  const related = new Set(ooxmlPackage(entries).sheetEntries());
  for (const entry of entries) {
    const name = entry.name;
    const key = partKey(name);
    if (related.has(entry) || WORKSHEET.test(key)) {
      const problem = worksheetProblem(zipEntryText(entry));
      if (problem) return `range-too-large, ${name} ${problem}`;
    } else if (key === "content.xml") {
      const cells = odsExpandedCells(zipEntryText(entry));
      if (cells > MAX_EXPANDED_CELLS) return `range-too-large, ${name} ${cells} > ${MAX_EXPANDED_CELLS}`;
    }
  }
  return undefined;
}

function worksheetProblem(xml: string): string | undefined {
  for (const [, ref = ""] of xml.matchAll(HYPERLINK)) {
    const cells = rangeCells(ref);
    if (cells > MAX_EXPANDED_CELLS) return `hyperlink ${ref}`;
  }
  for (const [, max = "0"] of xml.matchAll(COLUMN_MAX)) {
    if (Number(max) > MAX_COLUMNS) return `col max=${max}`;
  }
  return undefined;
}

const SPANNING_TAG = /<(?:t[dh]|(?:\w+:)?Cell)\b([^>]*)>/gi;

/**
 * Checks an HTML table or SpreadsheetML document for a cell spanning more than
 * {@link MAX_EXPANDED_CELLS} cells (`colspan` × `rowspan`, `ss:MergeAcross` × `ss:MergeDown`), which
 * SheetJS would fill one by one. Returns the BC101 reason, or undefined when there is none.
 */
export function markupRangeProblem(text: string): string | undefined {
  SPANNING_TAG.lastIndex = 0;
  for (let match = SPANNING_TAG.exec(text); match; match = SPANNING_TAG.exec(text)) {
    const attributes = match[1] ?? "";
    if (!/span|merge/i.test(attributes)) continue;
    const across = Math.max(span(attributes, /colspan\s*=\s*["']?(\d+)/i, 1), span(attributes, /MergeAcross\s*=\s*["']?(\d+)/i, 0) + 1);
    const down = Math.max(span(attributes, /rowspan\s*=\s*["']?(\d+)/i, 1), span(attributes, /MergeDown\s*=\s*["']?(\d+)/i, 0) + 1);
    if (across * down > MAX_EXPANDED_CELLS) return `range-too-large, ${across} × ${down} > ${MAX_EXPANDED_CELLS}`;
  }
  return undefined;
}

function span(attributes: string, pattern: RegExp, otherwise: number): number {
  const value = pattern.exec(attributes)?.[1];
  return value === undefined ? otherwise : Number(value);
}

/** The number of cells of an A1 range (`B2:D10` = 27); a reference SheetJS cannot read counts as none. */
export function rangeCells(ref: string): number {
  const match = A1_RANGE.exec(ref.trim());
  if (!match) return 0;
  const [, fromCol = "A", fromRow = "1", toCol = fromCol, toRow = fromRow] = match;
  const columns = Math.abs(columnIndex(toCol) - columnIndex(fromCol)) + 1;
  const rows = Math.abs(Number(toRow) - Number(fromRow)) + 1;
  return columns * rows;
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index;
}

/**
 * How many cells SheetJS creates from an ODS `content.xml`: each cell with content once per repeated
 * row and column it spans, each covered cell once per repeated column. Empty self-closing cells, the
 * padding LibreOffice writes to the sheet's end, create nothing.
 */
export function odsExpandedCells(contentXml: string): number {
  let cells = 0;
  let rowRepeat = 1;
  ODS_TAG.lastIndex = 0;
  for (let match = ODS_TAG.exec(contentXml); match; match = ODS_TAG.exec(contentXml)) {
    const [, closing, name, attributes = ""] = match;
    if (closing) continue;
    if (name === "table-row") {
      rowRepeat = repeat(attributes, "rows");
      continue;
    }
    const columns = repeat(attributes, "columns");
    if (name === "covered-table-cell") cells += columns;
    else if (!attributes.endsWith("/")) cells += rowRepeat * columns;
    else if (/value-type="string"/.test(attributes)) cells += 1;
  }
  return cells;
}

function repeat(attributes: string, what: "rows" | "columns"): number {
  const value = new RegExp(`table:number-${what}-repeated="(\\d+)"`).exec(attributes)?.[1];
  return value === undefined ? 1 : Math.max(1, Number(value));
}
