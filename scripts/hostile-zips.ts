/**
 * Deterministic, in-memory builders of healthy and hostile ZIP containers for testing the ZIP guard.
 * Nothing here touches the file system: every function returns a fresh Buffer.
 */
import { crc32, deflateRawSync, constants as zlibConstants } from "node:zlib";

/** Header fields a test may forge independently in the local header or the central directory. */
export interface HeaderFields {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
}

/** One entry as it will be written: `payload` is already compressed when `method` is 8. */
export interface RawEntry {
  name: string;
  method: number;
  flags: number;
  payload: Uint8Array;
  crc: number;
  uncompressedSize: number;
  /** Values written into the local header instead of the honest ones. */
  local?: Partial<HeaderFields>;
  /** Values written into the central directory instead of the honest ones. */
  central?: Partial<HeaderFields>;
}

/** Options of {@link writeZip}. */
export interface WriteZipOptions {
  /** Also write a ZIP64 end-of-central-directory record and mark the classic record's fields as "see ZIP64". */
  zip64End?: boolean;
}

const UTF8_NAMES_FLAG = 0x0800;
const ENCRYPTED_FLAG = 0x0001;
/** 1980-01-01 00:00, the DOS epoch, so output never depends on the clock. */
const DOS_DATE = 0x0021;
const DOS_TIME = 0x0000;
const VERSION_NEEDED = 20;
const VERSION_NEEDED_ZIP64 = 45;
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const FORGED_SIZE = 3_500_000_000;
const BOMB_CHUNK = 1024 * 1024;

/** A stored (uncompressed) entry. */
export function storedEntry(name: string, content: string | Uint8Array): RawEntry {
  const data = toBytes(content);
  return { name, method: 0, flags: UTF8_NAMES_FLAG, payload: data, crc: crc32(data), uncompressedSize: data.byteLength };
}

/** A deflated entry, compressed at `level` (zlib's default when omitted). */
export function deflatedEntry(name: string, content: string | Uint8Array, level?: number): RawEntry {
  const data = toBytes(content);
  const payload = deflateRawSync(data, level === undefined ? {} : { level });
  return { name, method: 8, flags: UTF8_NAMES_FLAG, payload, crc: crc32(data), uncompressedSize: data.byteLength };
}

/** Writes a single-disk ZIP archive with honest headers except where an entry overrides them. */
export function writeZip(entries: readonly RawEntry[], options: WriteZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const local = localHeader(entry);
    centrals.push(centralHeader(entry, offset));
    locals.push(local, Buffer.from(entry.payload));
    offset += local.byteLength + entry.payload.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const ends =
    options.zip64End === true
      ? zip64EndRecords(entries.length, directory.byteLength, offset)
      : [endOfCentralDirectory(entries.length, directory.byteLength, offset)];
  return Buffer.concat([...locals, directory, ...ends]);
}

function headerFields(entry: RawEntry, overrides: Partial<HeaderFields> | undefined): HeaderFields {
  return {
    name: entry.name,
    flags: entry.flags,
    method: entry.method,
    compressedSize: entry.payload.byteLength,
    uncompressedSize: entry.uncompressedSize,
    ...overrides,
  };
}

function localHeader(entry: RawEntry): Buffer {
  const fields = headerFields(entry, entry.local);
  const name = Buffer.from(fields.name, "utf8");
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION_NEEDED, 4);
  header.writeUInt16LE(fields.flags, 6);
  header.writeUInt16LE(fields.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(fields.compressedSize, 18);
  header.writeUInt32LE(fields.uncompressedSize, 22);
  header.writeUInt16LE(name.byteLength, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, name]);
}

function centralHeader(entry: RawEntry, localOffset: number): Buffer {
  const fields = headerFields(entry, entry.central);
  const name = Buffer.from(fields.name, "utf8");
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(VERSION_NEEDED, 4);
  header.writeUInt16LE(VERSION_NEEDED, 6);
  header.writeUInt16LE(fields.flags, 8);
  header.writeUInt16LE(fields.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(fields.compressedSize, 20);
  header.writeUInt32LE(fields.uncompressedSize, 24);
  header.writeUInt16LE(name.byteLength, 28);
  // extra length, comment length, disk number, internal and external attributes stay zero
  header.writeUInt32LE(localOffset, 42);
  return Buffer.concat([header, name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(Math.min(count, 0xffff), 8);
  record.writeUInt16LE(Math.min(count, 0xffff), 10);
  record.writeUInt32LE(size, 12);
  record.writeUInt32LE(offset, 16);
  return record;
}

function zip64EndRecords(count: number, size: number, offset: number): Buffer[] {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(BigInt(56 - 12), 4);
  record.writeUInt16LE(VERSION_NEEDED_ZIP64, 12);
  record.writeUInt16LE(VERSION_NEEDED_ZIP64, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(size), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);

  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + size), 8);
  locator.writeUInt32LE(1, 16);

  const classic = endOfCentralDirectory(0xffff, 0xffffffff, 0xffffffff);
  return [record, locator, classic];
}

function toBytes(content: string | Uint8Array): Uint8Array {
  return typeof content === "string" ? Buffer.from(content, "utf8") : content;
}

/** A cell of {@link sheetXml}: numbers become numeric cells, strings inline strings. */
export type CellValue = number | string;

/** Worksheet XML for rows of cells starting at A1. */
export function sheetXml(rows: readonly (readonly CellValue[])[]): string {
  const body = rows.map((cells, rowIndex) => rowXml(cells, rowIndex + 1)).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${body}</sheetData></worksheet>`;
}

function rowXml(cells: readonly CellValue[], row: number): string {
  const xml = cells.map((value, column) => cellXml(value, `${columnName(column)}${row}`)).join("");
  return `<row r="${row}">${xml}</row>`;
}

function cellXml(value: CellValue, ref: string): string {
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
}

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;

const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** Path of the single worksheet in every workbook built here. */
export const SHEET_PATH = "xl/worksheets/sheet1.xml";

/** The cells of {@link healthyXlsx}. */
export const HEALTHY_ROWS: readonly (readonly CellValue[])[] = [
  ["Nội dung", "Kinh phí"],
  ["Chuyển đổi số", 1234.5],
  ["Tổng", 42],
];

/** The four package parts every workbook here shares, followed by a worksheet entry. */
export function xlsxEntries(sheet: RawEntry): RawEntry[] {
  return [
    deflatedEntry("[Content_Types].xml", CONTENT_TYPES),
    deflatedEntry("_rels/.rels", PACKAGE_RELS),
    deflatedEntry("xl/workbook.xml", WORKBOOK),
    deflatedEntry("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
    sheet,
  ];
}

/** A minimal, valid xlsx with {@link HEALTHY_ROWS} on Sheet1; SheetJS reads it. */
export function healthyXlsx(options: WriteZipOptions = {}): Buffer {
  return writeZip(xlsxEntries(deflatedEntry(SHEET_PATH, sheetXml(HEALTHY_ROWS))), options);
}

/**
 * A valid xlsx of `rows` rows by 12 columns of deterministic pseudo-random amounts: 50,000 rows make
 * about 22 MB of sheet XML and 5 MB of xlsx, a stand-in for a large real form when timing the guard.
 */
export function largeHealthyXlsx(rows: number, level?: number): Buffer {
  const next = prng(2024);
  const data: CellValue[][] = [];
  for (let row = 0; row < rows; row++) {
    const cells: CellValue[] = [`Mục ${row + 1}`];
    for (let column = 1; column < 12; column++) cells.push(Math.floor(next() * 1e9) / 100);
    data.push(cells);
  }
  return writeZip(xlsxEntries(deflatedEntry(SHEET_PATH, sheetXml(data), level)));
}

/** Healthy workbook whose worksheet's local header claims `claimed` bytes; the central directory is honest. */
export function forgedLocalSizeXlsx(claimed = FORGED_SIZE): Buffer {
  const sheet = deflatedEntry(SHEET_PATH, sheetXml(HEALTHY_ROWS));
  return writeZip(xlsxEntries({ ...sheet, local: { uncompressedSize: claimed } }));
}

/** Healthy workbook whose worksheet claims `claimed` bytes in both the local header and the central directory. */
export function forgedBothSizesXlsx(claimed = FORGED_SIZE): Buffer {
  const sheet = deflatedEntry(SHEET_PATH, sheetXml(HEALTHY_ROWS));
  const forged = { uncompressedSize: claimed };
  return writeZip(xlsxEntries({ ...sheet, local: forged, central: forged }));
}

/** Healthy workbook whose local header names another part than the central directory. */
export function renamedLocalXlsx(): Buffer {
  const sheet = deflatedEntry(SHEET_PATH, sheetXml(HEALTHY_ROWS));
  return writeZip(xlsxEntries({ ...sheet, local: { name: "xl/worksheets/sheet2.xml" } }));
}

/** Options of {@link deflateBombXlsx}. */
export interface BombOptions {
  /** Bytes the worksheet really inflates to (rounded up to whole 1 MiB filler chunks). */
  inflatedBytes: number;
  /** Declare the real size in both headers; otherwise both claim the size of the XML shell only. */
  honestSizes?: boolean;
}

/**
 * A workbook whose worksheet is valid XML padded with whitespace to `inflatedBytes`. The deflate stream
 * is assembled from identical sync-flushed chunks, so building it never holds more than one 1 MiB chunk.
 */
export function deflateBombXlsx(options: BombOptions): Buffer {
  const bomb = repeatedDeflate(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>`,
    Math.ceil(options.inflatedBytes / BOMB_CHUNK),
    "</sheetData></worksheet>",
  );
  const sheet: RawEntry = { name: SHEET_PATH, method: 8, flags: UTF8_NAMES_FLAG, ...bomb };
  if (options.honestSizes === true) return writeZip(xlsxEntries(sheet));
  const shell = { uncompressedSize: bomb.shellBytes };
  return writeZip(xlsxEntries({ ...sheet, local: shell, central: shell }));
}

interface RepeatedDeflate {
  payload: Buffer;
  crc: number;
  uncompressedSize: number;
  shellBytes: number;
}

/**
 * Raw deflate of `prefix + chunks × 1 MiB of spaces + suffix`. Each part is compressed alone and ends
 * with a sync flush (byte-aligned, not final), so the parts concatenate into one valid stream.
 */
function repeatedDeflate(prefix: string, chunks: number, suffix: string): RepeatedDeflate {
  const head = Buffer.from(prefix, "utf8");
  const tail = Buffer.from(suffix, "utf8");
  const filler = Buffer.alloc(BOMB_CHUNK, 0x20);
  const flush = { finishFlush: zlibConstants.Z_SYNC_FLUSH, level: 9 };
  const fillerDeflated = deflateRawSync(filler, flush);

  let crc = crc32(head);
  for (let index = 0; index < chunks; index++) crc = crc32(filler, crc);
  crc = crc32(tail, crc);

  const parts = [deflateRawSync(head, flush), ...Array.from({ length: chunks }, () => fillerDeflated), deflateRawSync(tail)];
  const shellBytes = head.byteLength + tail.byteLength;
  return { payload: Buffer.concat(parts), crc, uncompressedSize: shellBytes + chunks * BOMB_CHUNK, shellBytes };
}

/** A ZIP of `count` tiny stored entries. */
export function manyEntriesZip(count = 20_000): Buffer {
  return writeZip(Array.from({ length: count }, (_, index) => storedEntry(`part/${index}.xml`, "<a/>")));
}

/** Healthy workbook whose worksheet is flagged as encrypted in both headers. */
export function encryptedEntryXlsx(): Buffer {
  const sheet = deflatedEntry(SHEET_PATH, sheetXml(HEALTHY_ROWS));
  return writeZip(xlsxEntries({ ...sheet, flags: sheet.flags | ENCRYPTED_FLAG }));
}

/** Healthy workbook whose worksheet uses compression method `method` (12 = bzip2 by default). */
export function unsupportedMethodXlsx(method = 12): Buffer {
  const sheet = deflatedEntry(SHEET_PATH, sheetXml(HEALTHY_ROWS));
  return writeZip(xlsxEntries({ ...sheet, method }));
}

/** The first half of {@link healthyXlsx}. */
export function truncatedXlsx(): Buffer {
  const whole = healthyXlsx();
  return whole.subarray(0, Math.floor(whole.byteLength / 2));
}

/** `length` pseudo-random bytes from `seed`, starting with a local-header signature. */
export function randomBytesWithPkHeader(length = 4096, seed = 1): Buffer {
  const next = prng(seed);
  const bytes = Buffer.alloc(length);
  for (let index = 0; index < length; index++) bytes[index] = Math.floor(next() * 256);
  Buffer.from([0x50, 0x4b, 0x03, 0x04]).copy(bytes, 0);
  return bytes;
}

/** A zero-byte file. */
export function emptyFile(): Buffer {
  return Buffer.alloc(0);
}

/** mulberry32: a tiny seeded generator, so every build is byte-identical. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
