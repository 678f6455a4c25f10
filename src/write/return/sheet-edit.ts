import { columnName } from "../../data/grid.js";
import { attributesOf, RELATIONSHIPS_NS, withAttribute } from "./package-xml.js";

/** A cell by its 0-based row and column. */
export interface CellPlace {
  readonly row: number;
  readonly col: number;
}

/** The elements a worksheet may have after `legacyDrawing`, in the schema's order. */
const AFTER_LEGACY_DRAWING = ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/**
 * A worksheet part with the cells `places` highlighted: each cell's style replaced by `highlight` of
 * it (a cell not in the part is added, styled as its row or column would style it), and, when `drawing`
 * names a relationship id, a `legacyDrawing` element pointing to the comments' VML drawing. Nothing
 * else of the part changes.
 */
export function annotatedSheetXml(xml: string, places: readonly CellPlace[], highlight: (style: number) => number, drawing: string | undefined): string {
  const p = /<([\w.-]+:)?worksheet[\s>]/.exec(xml)?.[1] ?? "";
  let out = highlightCells(xml, p, places, highlight);
  if (drawing !== undefined) out = withLegacyDrawing(out, p, drawing);
  return out;
}

/** The 0-based row and column of an A1 address, or undefined. */
export function placeOf(address: string): CellPlace | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.toUpperCase());
  if (!match) return undefined;
  let col = 0;
  for (const letter of match[1] ?? "") col = col * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

function highlightCells(xml: string, p: string, places: readonly CellPlace[], highlight: (style: number) => number): string {
  const byRow = new Map<number, Set<number>>();
  for (const { row, col } of places) {
    const cols = byRow.get(row) ?? new Set<number>();
    cols.add(col);
    byRow.set(row, cols);
  }
  if (byRow.size === 0) return xml;
  const columnStyle = columnStyles(xml, p);
  const data = new RegExp(`<${p}sheetData\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${p}sheetData>)`).exec(xml);
  if (!data) return xml;
  const body = data[1] ?? "";
  const rowPattern = new RegExp(`<${p}row\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${p}row>)`, "g");
  let out = "";
  let last = 0;
  let previousRow = -1;
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  const newRow = (row: number): string => {
    const cols = [...(byRow.get(row) ?? [])].sort((a, b) => a - b);
    return `<${p}row r="${row + 1}">${cols.map((col) => cellXml(p, row, col, highlight(columnStyle(col)))).join("")}</${p}row>`;
  };
  for (const match of body.matchAll(rowPattern)) {
    const element = match[0];
    const open = /^<[^>]*>/.exec(element)?.[0] ?? element;
    const attributes = attributesOf(open);
    const row = attributes.has("r") ? Number(attributes.get("r")) - 1 : previousRow + 1;
    previousRow = row;
    out += body.slice(last, match.index);
    last = match.index + element.length;
    while (pending.length > 0 && (pending[0] ?? 0) < row) out += newRow(pending.shift() ?? 0);
    if (pending[0] === row) {
      pending.shift();
      const rowStyle = attributes.get("customFormat") === "1" || attributes.get("customFormat") === "true" ? Number(attributes.get("s") ?? 0) : undefined;
      out += highlightedRow(element, open, p, row, byRow.get(row) ?? new Set(), (col) => highlight(rowStyle ?? columnStyle(col)), highlight);
    } else out += element;
  }
  out += body.slice(last);
  for (const row of pending) out += newRow(row);
  const open = /^<[^>]*?>/.exec(data[0])?.[0] ?? "";
  const sheetData = open.endsWith("/>") ? `${open.slice(0, -2)}>${out}</${p}sheetData>` : `${open}${out}</${p}sheetData>`;
  return xml.slice(0, data.index) + sheetData + xml.slice(data.index + data[0].length);
}

/** A row with its cells in `cols` restyled, and those it lacks added in column order. */
function highlightedRow(
  element: string,
  open: string,
  p: string,
  row: number,
  cols: ReadonlySet<number>,
  newStyle: (col: number) => number,
  highlight: (style: number) => number,
): string {
  const missing = new Set(cols);
  const cellPattern = new RegExp(`<${p}c\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${p}c>)`, "g");
  const body = open.endsWith("/>") ? "" : element.slice(open.length, element.length - `</${p}row>`.length);
  let out = "";
  let last = 0;
  let previousCol = -1;
  let grew = false;
  for (const match of body.matchAll(cellPattern)) {
    const cell = match[0];
    const cellOpen = /^<[^>]*>/.exec(cell)?.[0] ?? cell;
    const attributes = attributesOf(cellOpen);
    const reference = attributes.get("r");
    const col = reference === undefined ? previousCol + 1 : (placeOf(reference)?.col ?? previousCol + 1);
    previousCol = col;
    out += body.slice(last, match.index);
    last = match.index + cell.length;
    for (const add of [...missing].filter((c) => c < col).sort((a, b) => a - b)) {
      out += cellXml(p, row, add, newStyle(add));
      missing.delete(add);
      grew = true;
    }
    if (cols.has(col)) {
      missing.delete(col);
      out += cell.replace(cellOpen, () => withAttribute(cellOpen, "s", String(highlight(Number(attributes.get("s") ?? 0)))));
    } else out += cell;
  }
  out += body.slice(last);
  const added = [...missing].sort((a, b) => a - b);
  for (const add of added) out += cellXml(p, row, add, newStyle(add));
  // A row's `spans` (the columns it covers, a hint for the reader) would not cover a cell added.
  const grown = grew || added.length > 0 ? open.replace(/\sspans="[^"]*"/, "") : open;
  const rowOpen = grown.endsWith("/>") ? `${grown.slice(0, -2)}>` : grown;
  return `${rowOpen}${out}</${p}row>`;
}

function cellXml(p: string, row: number, col: number, style: number): string {
  return `<${p}c r="${columnName(col)}${row + 1}" s="${style}"/>`;
}

/** The style of each column (`<col style>`), 0 where none is given. */
function columnStyles(xml: string, p: string): (col: number) => number {
  const ranges: Array<{ min: number; max: number; style: number }> = [];
  for (const match of xml.matchAll(new RegExp(`<${p}col\\b[^>]*>`, "g"))) {
    const attributes = attributesOf(match[0]);
    ranges.push({ min: Number(attributes.get("min") ?? 0), max: Number(attributes.get("max") ?? 0), style: Number(attributes.get("style") ?? 0) });
  }
  return (col) => ranges.find((range) => col + 1 >= range.min && col + 1 <= range.max)?.style ?? 0;
}

/** The worksheet with a `legacyDrawing` element in its place in the schema's order. */
function withLegacyDrawing(xml: string, p: string, id: string): string {
  const declared = new RegExp(`xmlns:([\\w.-]+)="${RELATIONSHIPS_NS}"`).exec(xml)?.[1];
  let out = xml;
  let r = declared;
  if (r === undefined) {
    r = "r";
    out = out.replace(new RegExp(`<${p}worksheet\\b`), (tag) => `${tag} xmlns:r="${RELATIONSHIPS_NS}"`);
  }
  const element = `<${p}legacyDrawing ${r}:id="${id}"/>`;
  let at = out.lastIndexOf(`</${p}worksheet>`);
  for (const name of AFTER_LEGACY_DRAWING) {
    const found = new RegExp(`<${p}${name}[\\s>/]`).exec(out);
    if (found && found.index < at) at = found.index;
  }
  return out.slice(0, at) + element + out.slice(at);
}
