import { ByteReader, MalformedZip } from "./byte-reader.js";
import { inflateEntry } from "./capped-inflate.js";
import {
  type CentralEntry,
  DATA_DESCRIPTOR_FLAG,
  ENCRYPTION_FLAGS,
  type LocalHeader,
  readCentralDirectoryLocation,
  readCentralEntries,
  readLocalHeader,
} from "./zip-directory.js";
import { checkDeclared, DEFAULT_ZIP_LIMITS, type ZipLimits, type ZipProblem } from "./zip-limits.js";

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
  /** The name, read as UTF-8 (as `zipEntryNames` gives it). */
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

/** Each byte one character, as SheetJS names entries. */
function latin1(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** Hears of each entry that passed, with its inflated bytes. */
type EntryVisitor = (entry: CentralEntry, data: Uint8Array) => void;

/** Runs the checks in order: entry count, what the directory declares, then the contents. */
function inspect(zip: ByteReader, limits: ZipLimits, visit: EntryVisitor): ZipProblem | null {
  const directory = readCentralDirectoryLocation(zip);
  if (directory.entryCount > limits.maxEntries) {
    return { kind: "too-many-entries", count: directory.entryCount, limit: limits.maxEntries };
  }
  const entries = readCentralEntries(zip, directory);
  return checkDeclared(entries, limits) ?? checkContents(zip, entries, directory.offset, limits, visit);
}

/** Compares every local header with the directory and measures what each entry really inflates to. */
function checkContents(zip: ByteReader, entries: readonly CentralEntry[], dataEnd: number, limits: ZipLimits, visit: EntryVisitor): ZipProblem | null {
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
  const agrees = (localValue: number, centralValue: number): boolean => localValue === centralValue || (deferred && localValue === 0);
  const sizesAgree = agrees(local.compressedSize, entry.compressedSize) && agrees(local.uncompressedSize, entry.uncompressedSize);
  return sizesAgree ? null : mismatch;
}

/** Byte-for-byte equality of two names. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, index) => byte === b[index]);
}
