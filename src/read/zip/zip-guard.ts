import { constants as bufferConstants } from "node:buffer";
import { inflateRawSync } from "node:zlib";

/** Bounds that a ZIP container (.xlsx, .xlsm, .ods) must respect before SheetJS may read it. */
export interface ZipLimits {
  /** Most entries the central directory may list. */
  maxEntries: number;
  /** Most bytes any single entry may inflate to, declared or actual. */
  maxEntryBytes: number;
  /** Most bytes all entries together may inflate to, declared or actual. */
  maxTotalBytes: number;
  /**
   * Highest inflated-to-compressed size ratio, enforced only for entries that inflate to more than
   * {@link RATIO_MIN_BYTES}.
   */
  maxRatio: number;
  /**
   * Most bytes all entries together may declare for the memory of the thread that reads them, checked
   * after the bounds above and before anything is inflated: over it the problem is `memory`, which
   * says nothing against the file. No bound when omitted.
   */
  maxDeclaredForMemory?: number;
}

/**
 * Limits for real spreadsheets: Excel's own files stay far below them, while a deflate bomb or a
 * forged size header crosses at least one.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = Object.freeze({
  maxEntries: 10_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 200,
});

/**
 * Entries that inflate to at most this many bytes are exempt from the ratio check: tiny, highly
 * repetitive parts (styles, empty sheets) legitimately compress far beyond any sane ratio.
 */
export const RATIO_MIN_BYTES = 1024 * 1024;

/** Why a ZIP container was refused. `entry` is the entry's name as stored in the central directory. */
export type ZipProblem =
  /** No end-of-central-directory record, a structure out of bounds, or data that does not parse. */
  | { kind: "truncated" }
  | { kind: "too-many-entries"; count: number; limit: number }
  | { kind: "encrypted"; entry: string }
  /** `bytes` is the declared size, or `limit + 1` when inflation was stopped there. */
  | { kind: "entry-too-large"; entry: string; bytes: number; limit: number }
  /** `bytes` is the declared total, or `limit + 1` when inflation was stopped there. */
  | { kind: "total-too-large"; bytes: number; limit: number }
  /** `ratio` is the declared one, or a lower bound on the real one when inflation was stopped early. */
  | { kind: "ratio"; entry: string; ratio: number; limit: number }
  /** The local header disagrees with the central directory, or an entry inflates to another size than declared. */
  | { kind: "header-mismatch"; entry: string }
  | { kind: "unsupported-method"; entry: string; method: number }
  /** The entries declare more than {@link ZipLimits.maxDeclaredForMemory}: `bytes` is their total. */
  | { kind: "memory"; bytes: number; limit: number };

const SIGNATURE = {
  localHeader: 0x04034b50,
  centralHeader: 0x02014b50,
  endOfCentralDirectory: 0x06054b50,
  zip64Locator: 0x07064b50,
  zip64End: 0x06064b50,
} as const;

const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_END_SIZE = 56;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const U16_SENTINEL = 0xffff;
const U32_SENTINEL = 0xffffffff;
const ZIP64_EXTRA_ID = 0x0001;

const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
/** Bit 0 (traditional), bit 6 (strong) and bit 13 (masked central directory): SheetJS refuses all three. */
const ENCRYPTION_FLAGS = 0x2041;
const DATA_DESCRIPTOR_FLAG = 0x0008;

/** Smallest zlib output chunk; larger chunks come from the declared size, so honest entries inflate into one buffer. */
const MIN_INFLATE_CHUNK = 64 * 1024;
/** zlib rejects output chunks smaller than this. */
const ZLIB_MIN_CHUNK = 64;

/** Thrown inside the parser only; {@link inspectZip} turns it into `{ kind: "truncated" }`. */
class MalformedZip extends Error {}

/** Little-endian reads that refuse to step outside the bytes. */
class ByteReader {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.byteLength;
  }

  u16(at: number): number {
    this.require(at, 2);
    return this.view.getUint16(at, true);
  }

  u32(at: number): number {
    this.require(at, 4);
    return this.view.getUint32(at, true);
  }

  u64(at: number): number {
    this.require(at, 8);
    const value = this.view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new MalformedZip("64-bit field beyond 2^53");
    return Number(value);
  }

  slice(at: number, length: number): Uint8Array {
    this.require(at, length);
    return this.bytes.subarray(at, at + length);
  }

  require(at: number, length: number): void {
    const inside = Number.isSafeInteger(at) && at >= 0 && length >= 0 && at + length <= this.length;
    if (!inside) throw new MalformedZip(`range ${at}+${length} outside ${this.length} bytes`);
  }
}

interface CentralDirectory {
  entryCount: number;
  offset: number;
  size: number;
}

interface CentralEntry {
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** The ZIP64 extra field can be read two ways (spec vs. SheetJS) that give different sizes. */
  ambiguousZip64: boolean;
}

interface LocalHeader {
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  ambiguousZip64: boolean;
  dataOffset: number;
}

interface ResolvedSizes {
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  ambiguousZip64: boolean;
}

const nameDecoder = new TextDecoder("utf-8");

/**
 * Inspects a ZIP container without trusting any size it declares: walks the central directory,
 * compares every local header with it, and inflates each entry under a hard output cap.
 *
 * Never throws. Inflation stops one byte past the first limit the entry would break (its own size,
 * the remaining total, or its ratio), so a bomb never costs more than that plus one zlib chunk; an
 * entry that passes is inflated into a single buffer of its declared size, then dropped.
 *
 * @param bytes the whole file.
 * @param limits bounds to enforce; {@link DEFAULT_ZIP_LIMITS} when omitted.
 * @returns the first problem found, or `null` when SheetJS can safely be given the bytes.
 */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipProblem | null {
  const unpacked = unpackZip(bytes, limits);
  return "problem" in unpacked ? unpacked.problem : null;
}

/** One entry of a ZIP container, inflated. */
export interface ZipEntry {
  /** The name, read as UTF-8 (as {@link zipEntryNames} gives it). */
  readonly name: string;
  /** The name with each stored byte one character, as SheetJS reads it. */
  readonly byteName: string;
  readonly data: Uint8Array;
}

/**
 * Inspects a ZIP container as {@link inspectZip} does and, when it passes, returns its entries in
 * directory order, inflated: the guard's own inflation is the only one, so a reader need not
 * inflate again.
 */
export function unpackZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): { problem: ZipProblem } | { entries: ZipEntry[] } {
  try {
    const entries: ZipEntry[] = [];
    const problem = inspect(new ByteReader(bytes), limits, (entry, data) => entries.push({ name: entry.name, byteName: latin1(entry.nameBytes), data }));
    return problem ? { problem } : { entries };
  } catch {
    // Every failure is a malformed structure: bounds, signatures, corrupt deflate data.
    return { problem: { kind: "truncated" } };
  }
}

const entryTexts = new WeakMap<ZipEntry, string>();

/** The text (UTF-8) of an entry, decoded once however many checks read it. */
export function zipEntryText(entry: ZipEntry): string {
  let text = entryTexts.get(entry);
  if (text === undefined) {
    text = nameDecoder.decode(entry.data);
    entryTexts.set(entry, text);
  }
  return text;
}

/** The text (UTF-8) of the first entry of a name; empty when there is none. */
export function entryText(entries: readonly ZipEntry[], name: string): string {
  const entry = entries.find((e) => e.name === name);
  return entry ? zipEntryText(entry) : "";
}

function latin1(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/**
 * The names of the entries of a ZIP container, in directory order, or null when its directory cannot
 * be read. Call it on bytes {@link inspectZip} accepted.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  try {
    const zip = new ByteReader(bytes);
    return readCentralEntries(zip, readCentralDirectoryLocation(zip)).map((entry) => entry.name);
  } catch {
    return null;
  }
}

/**
 * What the entries of a ZIP container declare they inflate to, together, or null when its directory
 * cannot be read. {@link inspectZip} refuses a container whose entries inflate to anything else.
 */
export function zipDeclaredSize(bytes: Uint8Array): number | null {
  try {
    const zip = new ByteReader(bytes);
    return readCentralEntries(zip, readCentralDirectoryLocation(zip)).reduce((total, entry) => total + entry.uncompressedSize, 0);
  } catch {
    return null;
  }
}

/**
 * The inflated bytes of one entry of a ZIP container that {@link inspectZip} accepted (so its sizes
 * are honest), or null when there is no such entry or it cannot be read.
 */
export function readZipEntry(bytes: Uint8Array, name: string): Uint8Array | null {
  try {
    const zip = new ByteReader(bytes);
    const entry = readCentralEntries(zip, readCentralDirectoryLocation(zip)).find((e) => e.name === name);
    if (!entry) return null;
    const local = readLocalHeader(zip, entry.localOffset);
    const data = zip.slice(local.dataOffset, entry.compressedSize);
    if (entry.method === METHOD_STORED) return data;
    if (entry.method !== METHOD_DEFLATE) return null;
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch {
    return null;
  }
}

/** Hears of each entry that passed, with its inflated bytes. */
type EntryVisitor = (entry: CentralEntry, data: Uint8Array) => void;

function inspect(zip: ByteReader, limits: ZipLimits, visit: EntryVisitor): ZipProblem | null {
  const directory = readCentralDirectoryLocation(zip);
  if (directory.entryCount > limits.maxEntries) {
    return { kind: "too-many-entries", count: directory.entryCount, limit: limits.maxEntries };
  }
  const entries = readCentralEntries(zip, directory);
  return checkDeclared(entries, limits) ?? checkContents(zip, entries, directory.offset, limits, visit);
}

/** Finds the last end-of-central-directory signature, as SheetJS does, so both read the same directory. */
function findEndOfCentralDirectory(zip: ByteReader): number {
  const lowest = Math.max(0, zip.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = zip.length - 4; at >= lowest; at--) {
    if (zip.u32(at) === SIGNATURE.endOfCentralDirectory) {
      zip.require(at, EOCD_SIZE);
      zip.require(at + EOCD_SIZE, zip.u16(at + 20));
      return at;
    }
  }
  throw new MalformedZip("no end-of-central-directory record");
}

function readCentralDirectoryLocation(zip: ByteReader): CentralDirectory {
  const eocd = findEndOfCentralDirectory(zip);
  const disk = zip.u16(eocd + 4);
  const directoryDisk = zip.u16(eocd + 6);
  const entriesOnDisk = zip.u16(eocd + 8);
  const entryCount = zip.u16(eocd + 10);
  const size = zip.u32(eocd + 12);
  const offset = zip.u32(eocd + 16);

  const usesZip64 = entryCount === U16_SENTINEL || size === U32_SENTINEL || offset === U32_SENTINEL;
  if (usesZip64 && hasZip64Locator(zip, eocd)) return readZip64Directory(zip, eocd);

  // Multi-disk archives cannot be read from one buffer; SheetJS would misread them.
  if (disk !== 0 || directoryDisk !== 0 || entriesOnDisk !== entryCount) {
    throw new MalformedZip("spanned archive");
  }
  return checkDirectoryBounds(zip, { entryCount, offset, size }, eocd);
}

function hasZip64Locator(zip: ByteReader, eocd: number): boolean {
  const at = eocd - ZIP64_LOCATOR_SIZE;
  return at >= 0 && zip.u32(at) === SIGNATURE.zip64Locator;
}

function readZip64Directory(zip: ByteReader, eocd: number): CentralDirectory {
  const locator = eocd - ZIP64_LOCATOR_SIZE;
  const recordAt = zip.u64(locator + 8);
  if (zip.u32(locator + 4) !== 0 || zip.u32(locator + 16) > 1) throw new MalformedZip("spanned archive");
  if (recordAt > locator - ZIP64_END_SIZE || zip.u32(recordAt) !== SIGNATURE.zip64End) {
    throw new MalformedZip("ZIP64 end-of-central-directory record missing");
  }
  const entriesOnDisk = zip.u64(recordAt + 24);
  const entryCount = zip.u64(recordAt + 32);
  if (zip.u32(recordAt + 16) !== 0 || zip.u32(recordAt + 20) !== 0 || entriesOnDisk !== entryCount) {
    throw new MalformedZip("spanned archive");
  }
  const directory = { entryCount, size: zip.u64(recordAt + 40), offset: zip.u64(recordAt + 48) };
  return checkDirectoryBounds(zip, directory, recordAt);
}

function checkDirectoryBounds(zip: ByteReader, directory: CentralDirectory, end: number): CentralDirectory {
  zip.require(directory.offset, directory.size);
  if (directory.offset + directory.size > end) throw new MalformedZip("central directory overlaps its end record");
  // Each entry needs at least a fixed header, so a count the directory cannot hold is a lie.
  if (directory.entryCount * CENTRAL_HEADER_SIZE > directory.size) {
    throw new MalformedZip("central directory too small for its entry count");
  }
  return directory;
}

function readCentralEntries(zip: ByteReader, directory: CentralDirectory): CentralEntry[] {
  const entries: CentralEntry[] = [];
  const end = directory.offset + directory.size;
  let at = directory.offset;
  for (let index = 0; index < directory.entryCount; index++) {
    const { entry, next } = readCentralEntry(zip, at);
    if (next > end) throw new MalformedZip("central directory entry runs past the directory");
    entries.push(entry);
    at = next;
  }
  return entries;
}

function readCentralEntry(zip: ByteReader, at: number): { entry: CentralEntry; next: number } {
  if (zip.u32(at) !== SIGNATURE.centralHeader) throw new MalformedZip("bad central header signature");
  const nameLength = zip.u16(at + 28);
  const extraLength = zip.u16(at + 30);
  const commentLength = zip.u16(at + 32);
  const nameBytes = zip.slice(at + CENTRAL_HEADER_SIZE, nameLength);
  const extra = zip.slice(at + CENTRAL_HEADER_SIZE + nameLength, extraLength);
  zip.require(at + CENTRAL_HEADER_SIZE + nameLength + extraLength, commentLength);

  const sizes = resolveZip64(extra, {
    compressedSize: zip.u32(at + 20),
    uncompressedSize: zip.u32(at + 24),
    localOffset: zip.u32(at + 42),
    ambiguousZip64: false,
  });
  const entry: CentralEntry = {
    name: nameDecoder.decode(nameBytes),
    nameBytes,
    flags: zip.u16(at + 8),
    method: zip.u16(at + 10),
    ...sizes,
  };
  return { entry, next: at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength };
}

function readLocalHeader(zip: ByteReader, at: number): LocalHeader {
  if (zip.u32(at) !== SIGNATURE.localHeader) throw new MalformedZip("bad local header signature");
  const nameLength = zip.u16(at + 26);
  const extraLength = zip.u16(at + 28);
  const nameBytes = zip.slice(at + LOCAL_HEADER_SIZE, nameLength);
  const extra = zip.slice(at + LOCAL_HEADER_SIZE + nameLength, extraLength);
  const sizes = resolveZip64(extra, {
    compressedSize: zip.u32(at + 18),
    uncompressedSize: zip.u32(at + 22),
    localOffset: at,
    ambiguousZip64: false,
  });
  return {
    nameBytes,
    flags: zip.u16(at + 6),
    method: zip.u16(at + 8),
    compressedSize: sizes.compressedSize,
    uncompressedSize: sizes.uncompressedSize,
    ambiguousZip64: sizes.ambiguousZip64,
    dataOffset: at + LOCAL_HEADER_SIZE + nameLength + extraLength,
  };
}

/** Finds a ZIP64 extended-information block in an extra field; malformed trailing blocks are ignored, as readers do. */
function findZip64Extra(extra: Uint8Array): ByteReader | null {
  const reader = new ByteReader(extra);
  let at = 0;
  while (at + 4 <= extra.byteLength) {
    const id = reader.u16(at);
    const size = reader.u16(at + 2);
    if (at + 4 + size > extra.byteLength) return null;
    if (id === ZIP64_EXTRA_ID) return new ByteReader(extra.subarray(at + 4, at + 4 + size));
    at += 4 + size;
  }
  return null;
}

/**
 * Replaces 0xFFFFFFFF fields by their ZIP64 values, in the spec's order. SheetJS instead reads the
 * block's first two values as uncompressed and compressed size whenever they are non-zero; when the
 * two readings differ the entry is flagged, since the headers then mean different things to different readers.
 */
function resolveZip64(extra: Uint8Array, raw: ResolvedSizes): ResolvedSizes {
  const block = findZip64Extra(extra);
  if (block === null) return raw;
  let at = 0;
  const take = (value: number): number => {
    if (value !== U32_SENTINEL) return value;
    const wide = block.u64(at);
    at += 8;
    return wide;
  };
  const uncompressedSize = take(raw.uncompressedSize);
  const compressedSize = take(raw.compressedSize);
  const localOffset = take(raw.localOffset);
  const disagrees = (offset: number, expected: number): boolean => {
    if (offset + 8 > block.length) return false;
    const value = block.u64(offset);
    return value !== 0 && value !== expected;
  };
  const ambiguousZip64 = disagrees(0, uncompressedSize) || disagrees(8, compressedSize);
  return { compressedSize, uncompressedSize, localOffset, ambiguousZip64 };
}

/** Checks what the central directory claims, before reading any entry data. */
function checkDeclared(entries: readonly CentralEntry[], limits: ZipLimits): ZipProblem | null {
  let total = 0;
  for (const entry of entries) {
    const problem = checkDeclaredEntry(entry, limits);
    if (problem !== null) return problem;
    total += entry.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) return { kind: "total-too-large", bytes: total, limit: limits.maxTotalBytes };
  const memory = limits.maxDeclaredForMemory;
  return memory !== undefined && total > memory ? { kind: "memory", bytes: total, limit: memory } : null;
}

function checkDeclaredEntry(entry: CentralEntry, limits: ZipLimits): ZipProblem | null {
  const name = entry.name;
  if ((entry.flags & ENCRYPTION_FLAGS) !== 0) return { kind: "encrypted", entry: name };
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) {
    return { kind: "unsupported-method", entry: name, method: entry.method };
  }
  if (entry.ambiguousZip64) return { kind: "header-mismatch", entry: name };
  if (entry.uncompressedSize > limits.maxEntryBytes) {
    return { kind: "entry-too-large", entry: name, bytes: entry.uncompressedSize, limit: limits.maxEntryBytes };
  }
  return checkRatio(name, entry.uncompressedSize, entry.compressedSize, limits);
}

function checkRatio(entry: string, inflated: number, compressed: number, limits: ZipLimits): ZipProblem | null {
  if (inflated <= RATIO_MIN_BYTES) return null;
  const ratio = inflated / Math.max(compressed, 1);
  return ratio > limits.maxRatio ? { kind: "ratio", entry, ratio, limit: limits.maxRatio } : null;
}

/** Compares every local header with the directory and measures what each entry really inflates to. */
function checkContents(
  zip: ByteReader,
  entries: readonly CentralEntry[],
  dataEnd: number,
  limits: ZipLimits,
  visit: EntryVisitor,
): ZipProblem | null {
  let total = 0;
  for (const entry of entries) {
    const local = readLocalHeader(zip, entry.localOffset);
    const problem = compareHeaders(entry, local);
    if (problem !== null) return problem;
    if (local.dataOffset + entry.compressedSize > dataEnd) throw new MalformedZip("entry data overlaps the directory");
    const data = zip.slice(local.dataOffset, entry.compressedSize);

    const inflated = inflateEntry(entry, data, limits, total);
    if (!(inflated instanceof Uint8Array)) return inflated;
    total += inflated.byteLength;
    visit(entry, inflated);
  }
  return null;
}

/** SheetJS trusts the local header (flags, method, sizes), so it must say what the directory says. */
function compareHeaders(entry: CentralEntry, local: LocalHeader): ZipProblem | null {
  if ((local.flags & ENCRYPTION_FLAGS) !== 0) return { kind: "encrypted", entry: entry.name };
  const mismatch: ZipProblem = { kind: "header-mismatch", entry: entry.name };
  if (!sameBytes(entry.nameBytes, local.nameBytes) || local.method !== entry.method || local.ambiguousZip64) {
    return mismatch;
  }
  // With a data descriptor the local sizes may be zero, but never another non-zero value.
  const deferred = (local.flags & DATA_DESCRIPTOR_FLAG) !== 0;
  const agrees = (localValue: number, centralValue: number): boolean =>
    localValue === centralValue || (deferred && localValue === 0);
  const sizesAgree =
    agrees(local.compressedSize, entry.compressedSize) && agrees(local.uncompressedSize, entry.uncompressedSize);
  return sizesAgree ? null : mismatch;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, index) => byte === b[index]);
}

/** Returns the entry's inflated bytes, or the problem their real size causes. */
function inflateEntry(
  entry: CentralEntry,
  data: Uint8Array,
  limits: ZipLimits,
  inflatedSoFar: number,
): Uint8Array | ZipProblem {
  const cap = inflationCap(entry, limits, inflatedSoFar);
  const inflated = entry.method === METHOD_STORED ? data : inflateCapped(data, cap.bytes, entry.uncompressedSize);

  if (inflated === "corrupt") throw new MalformedZip("corrupt deflate data");
  if (inflated === "over-cap" || inflated.byteLength > cap.bytes) return cap.exceeded;
  return inflated.byteLength === entry.uncompressedSize ? inflated : { kind: "header-mismatch", entry: entry.name };
}

interface InflationCap {
  bytes: number;
  exceeded: ZipProblem;
}

/**
 * The most bytes an entry may inflate to before some limit fails: its own size limit, what is left
 * of the total, or the size past which its ratio is too high. Stopping at the smallest of the three
 * keeps a bomb from costing more memory than the first limit it would break anyway.
 * Each problem reports the smallest failing value, since inflation stops there.
 */
function inflationCap(entry: CentralEntry, limits: ZipLimits, inflatedSoFar: number): InflationCap {
  const compressed = Math.max(entry.compressedSize, 1);
  const ratioBytes = Math.max(RATIO_MIN_BYTES, Math.floor(compressed * limits.maxRatio));
  const caps: InflationCap[] = [
    {
      bytes: limits.maxEntryBytes,
      exceeded: { kind: "entry-too-large", entry: entry.name, bytes: limits.maxEntryBytes + 1, limit: limits.maxEntryBytes },
    },
    {
      bytes: limits.maxTotalBytes - inflatedSoFar,
      exceeded: { kind: "total-too-large", bytes: limits.maxTotalBytes + 1, limit: limits.maxTotalBytes },
    },
    {
      bytes: ratioBytes,
      exceeded: { kind: "ratio", entry: entry.name, ratio: (ratioBytes + 1) / compressed, limit: limits.maxRatio },
    },
  ];
  return caps.reduce((smallest, cap) => (cap.bytes < smallest.bytes ? cap : smallest));
}

/**
 * Inflates with zlib's own output cap, so a bomb stops after `cap + 1` bytes. The first output
 * chunk is sized from the declared size: an honest entry lands in one buffer with no concatenation copy.
 */
function inflateCapped(data: Uint8Array, cap: number, declared: number): Uint8Array | "over-cap" | "corrupt" {
  if (data.byteLength === 0) return new Uint8Array(0);
  const maxOutputLength = Math.min(cap, bufferConstants.MAX_LENGTH - 1) + 1;
  const chunkSize = Math.max(ZLIB_MIN_CHUNK, Math.min(maxOutputLength, Math.max(MIN_INFLATE_CHUNK, declared + 1)));
  try {
    return inflateRawSync(data, { maxOutputLength, chunkSize });
  } catch (error) {
    return isOutputTooLarge(error) ? "over-cap" : "corrupt";
  }
}

function isOutputTooLarge(error: unknown): boolean {
  return error instanceof RangeError && "code" in error && error.code === "ERR_BUFFER_TOO_LARGE";
}
