import * as XLSX from "xlsx";
import { MAX_COLUMNS, MAX_ROWS } from "../workbook/sheet-bounds.js";
import { type CapitalFontSheets, cellKey, isTcvn3CapitalFont, lazyCapitalSheets } from "./capital-fonts.js";

const BOF = 0x0809;
const EOF = 0x000a;
const FILEPASS = 0x002f;
const FONT = 0x0031;
const XF = 0x00e0;
const BOUNDSHEET = 0x0085;
const FORMULA = 0x0006;
/** The cell records that hold text, each starting with its row, column and cell format (`ixfe`). */
const TEXT_CELLS: ReadonlySet<number> = new Set([0x00fd /* LABELSST */, 0x0204 /* LABEL */, 0x00d6 /* RSTRING */]);
/** The BOF versions of BIFF8 (Excel 97-2003) and BIFF5/7 (Excel 5-95), whose records this reads. */
const BIFF8 = 0x0600;
const BIFF5 = 0x0500;
/** The font index BIFF never uses: the fifth FONT record has index 5. */
const SKIPPED_FONT = 4;

/**
 * Which cells of a legacy .xls are set in a TCVN3 capital font (`.VnTimeH`, …), from its bytes: the
 * Workbook stream's FONT and XF records (a cell format's font) and, in each sheet's records, the text
 * cells (LABELSST, LABEL, RSTRING, a formula's text) whose format uses a capital font. Sheets are
 * indexed as SheetJS orders them. Returns undefined when no format uses a capital font (nearly every
 * workbook), having read only the workbook's global records; a sheet is read on its first lookup.
 * Malformed or encrypted files yield no capitals, never an error.
 */
export function xlsCapitalFonts(bytes: Uint8Array): CapitalFontSheets | undefined {
  try {
    const stream = xlsWorkbookStream(bytes);
    return stream === undefined ? undefined : biffCapitalFonts(stream);
  } catch {
    return undefined;
  }
}

/** The Workbook (BIFF8) or Book (BIFF5) stream of a compound file; undefined when there is none. Throws on a corrupt compound file. */
export function xlsWorkbookStream(bytes: Uint8Array): Uint8Array | undefined {
  // SheetJS types its bundled CFB library as `any`: what it returns is checked before use.
  const cfb: unknown = XLSX.CFB.read(bytes, { type: "buffer" });
  const entry: unknown = XLSX.CFB.find(cfb, "Workbook") ?? XLSX.CFB.find(cfb, "Book");
  if (typeof entry !== "object" || entry === null || !("content" in entry)) return undefined;
  return entry.content instanceof Uint8Array ? entry.content : undefined;
}

/**
 * The capital-font lookup of a BIFF5/BIFF8 workbook stream (see {@link xlsCapitalFonts}). Every
 * record length is checked against the stream: a truncated record ends the walk.
 */
export function biffCapitalFonts(stream: Uint8Array): CapitalFontSheets | undefined {
  const globals = readGlobals(stream);
  if (globals === undefined || globals.formats.size === 0) return undefined;
  const { formats, sheetStarts } = globals;
  return lazyCapitalSheets((sheet) => {
    const start = sheetStarts[sheet];
    return start === undefined ? undefined : sheetCells(stream, start, formats);
  });
}

interface Globals {
  /** The cell formats (`ixfe`) whose font is a capital font. */
  readonly formats: ReadonlySet<number>;
  /** Where each sheet's BOF is, in SheetJS's sheet order: by position, each position once. */
  readonly sheetStarts: readonly number[];
}

/** One record: its type and where its body starts and ends in the stream. */
interface BiffRecord {
  readonly type: number;
  readonly start: number;
  readonly end: number;
}

/** The record at `at`; undefined past the stream's end or when its body runs past it. */
function recordAt(stream: Uint8Array, at: number): BiffRecord | undefined {
  if (at < 0 || at + 4 > stream.length) return undefined;
  const start = at + 4;
  const end = start + u16(stream, at + 2);
  return end > stream.length ? undefined : { type: u16(stream, at), start, end };
}

/** The fonts, formats and sheet positions of the global records (the first BOF to its EOF). */
function readGlobals(stream: Uint8Array): Globals | undefined {
  const first = recordAt(stream, 0);
  if (first?.type !== BOF || first.end - first.start < 2) return undefined;
  const version = u16(stream, first.start);
  if (version !== BIFF8 && version !== BIFF5) return undefined;
  const capitalFonts = new Set<number>();
  const xfFonts: number[] = [];
  const starts = new Set<number>();
  let fontRecords = 0;
  let depth = 0;
  for (let record: BiffRecord | undefined = first; record; record = recordAt(stream, record.end)) {
    const { type, start, end } = record;
    if (type === BOF) depth++;
    else if (type === EOF && --depth === 0) break;
    else if (type === FILEPASS) return undefined;
    else if (type === FONT) {
      const index = fontRecords < SKIPPED_FONT ? fontRecords : fontRecords + 1;
      if (isTcvn3CapitalFont(fontName(stream.subarray(start, end), version === BIFF8))) capitalFonts.add(index);
      fontRecords++;
    } else if (type === XF) xfFonts.push(end - start >= 2 ? u16(stream, start) : -1);
    else if (type === BOUNDSHEET && end - start >= 4) starts.add(u32(stream, start));
  }
  const formats = new Set<number>();
  xfFonts.forEach((font, ixfe) => {
    if (capitalFonts.has(font)) formats.add(ixfe);
  });
  return { formats, sheetStarts: [...starts].sort((a, b) => a - b) };
}

/**
 * A FONT record's name: after 14 bytes of metrics, a length byte and, in BIFF8, an option byte
 * (bit 0: UTF-16 rather than 8-bit characters; bits 2 and 3: extension and rich-text fields first).
 */
function fontName(body: Uint8Array, biff8: boolean): string {
  const length = body[14] ?? 0;
  if (!biff8) return latin1(body.subarray(15, 15 + length));
  const options = body[15] ?? 0;
  const at = 16 + (options & 0x08 ? 2 : 0) + (options & 0x04 ? 4 : 0);
  if (options & 0x01) return new TextDecoder("utf-16le").decode(body.subarray(at, at + 2 * length));
  return latin1(body.subarray(at, at + length));
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

/**
 * The text cells of the sheet whose BOF is at `start` with a format of `formats`, up to the sheet's
 * EOF (a chart's records nested in the sheet skipped). Empty when no BOF is there.
 */
function sheetCells(stream: Uint8Array, start: number, formats: ReadonlySet<number>): Set<number> {
  const cells = new Set<number>();
  const first = recordAt(stream, start);
  if (first?.type !== BOF) return cells;
  let depth = 0;
  for (let record: BiffRecord | undefined = first; record; record = recordAt(stream, record.end)) {
    const { type, start: at, end } = record;
    if (type === BOF) depth++;
    else if (type === EOF && --depth === 0) break;
    else if (depth === 1 && end - at >= 6 && (TEXT_CELLS.has(type) || (type === FORMULA && hasTextResult(stream, at, end)))) {
      const row = u16(stream, at);
      const col = u16(stream, at + 2);
      if (formats.has(u16(stream, at + 4)) && row < MAX_ROWS && col < MAX_COLUMNS) cells.add(cellKey(row, col));
    }
  }
  return cells;
}

/** Whether a FORMULA record's cached result is text (type byte 0 and `0xFFFF` in the result's last two bytes). */
function hasTextResult(stream: Uint8Array, start: number, end: number): boolean {
  return end - start >= 14 && stream[start + 6] === 0 && u16(stream, start + 12) === 0xffff;
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return u16(bytes, at) + u16(bytes, at + 2) * 0x10000;
}
