import { type CentralEntry, ENCRYPTION_FLAGS, METHOD_DEFLATE, METHOD_STORED } from "./zip-directory.js";

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

/** Checks what the central directory claims, before reading any entry data. */
export function checkDeclared(entries: readonly CentralEntry[], limits: ZipLimits): ZipProblem | null {
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

/** What one entry declares: encryption, method, an ambiguous ZIP64 field, its size and ratio. */
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

/** A ratio over the limit, for an entry large enough to be checked at all. */
function checkRatio(entry: string, inflated: number, compressed: number, limits: ZipLimits): ZipProblem | null {
  if (inflated <= RATIO_MIN_BYTES) return null;
  const ratio = inflated / Math.max(compressed, 1);
  return ratio > limits.maxRatio ? { kind: "ratio", entry, ratio, limit: limits.maxRatio } : null;
}
