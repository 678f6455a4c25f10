import { ByteReader, MalformedZip } from "./byte-reader.js";

/*
 * The ZIP format, read in one place: the end record (ZIP64 too), the central directory, local
 * headers and the ZIP64 extra field. Every size is taken as declared; the guard decides whether to
 * believe it.
 */

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

/** Stored, uncompressed: one of the two methods SheetJS reads. */
export const METHOD_STORED = 0;
/** Deflate, the method of nearly every entry of a spreadsheet. */
export const METHOD_DEFLATE = 8;
/** Bit 0 (traditional), bit 6 (strong) and bit 13 (masked central directory): SheetJS refuses all three. */
export const ENCRYPTION_FLAGS = 0x2041;
/** The sizes follow the data in a descriptor; the local header may then hold zeros. */
export const DATA_DESCRIPTOR_FLAG = 0x0008;

/** Where the central directory lies, and how many entries it declares. */
export interface CentralDirectory {
  entryCount: number;
  offset: number;
  size: number;
}

/** One entry as the central directory describes it. */
export interface CentralEntry {
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

/** One local header, as the entry's data is preceded by it. */
export interface LocalHeader {
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
 * The entries the central directory of a whole file lists, in order, or null when it cannot be read.
 * For callers that only look at the directory of bytes the guard accepted.
 */
export function readDirectoryEntries(bytes: Uint8Array): CentralEntry[] | null {
  try {
    const zip = new ByteReader(bytes);
    return readCentralEntries(zip, readCentralDirectoryLocation(zip));
  } catch {
    return null;
  }
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

/** Where the central directory is and how many entries it lists (ZIP64 when the end record says so). */
export function readCentralDirectoryLocation(zip: ByteReader): CentralDirectory {
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

/** Whether a ZIP64 end-of-central-directory locator sits just before the end record. */
function hasZip64Locator(zip: ByteReader, eocd: number): boolean {
  const at = eocd - ZIP64_LOCATOR_SIZE;
  return at >= 0 && zip.u32(at) === SIGNATURE.zip64Locator;
}

/** The central directory a ZIP64 end record describes. */
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

/** Refuses a directory outside the bytes, overlapping its end record, or too small for its entry count. */
function checkDirectoryBounds(zip: ByteReader, directory: CentralDirectory, end: number): CentralDirectory {
  zip.require(directory.offset, directory.size);
  if (directory.offset + directory.size > end) throw new MalformedZip("central directory overlaps its end record");
  // Each entry needs at least a fixed header, so a count the directory cannot hold is a lie.
  if (directory.entryCount * CENTRAL_HEADER_SIZE > directory.size) {
    throw new MalformedZip("central directory too small for its entry count");
  }
  return directory;
}

/** The entries of the central directory, in order; throws {@link MalformedZip} on any structure out of bounds. */
export function readCentralEntries(zip: ByteReader, directory: CentralDirectory): CentralEntry[] {
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

/** One central directory header and where the next one starts. */
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

/** The local header at an offset, its sizes resolved as the central ones are. */
export function readLocalHeader(zip: ByteReader, at: number): LocalHeader {
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
