import { constants as bufferConstants } from "node:buffer";
import { inflateRawSync } from "node:zlib";
import { MalformedZip } from "./byte-reader.js";
import { type CentralEntry, METHOD_STORED } from "./zip-directory.js";
import { RATIO_MIN_BYTES, type ZipLimits, type ZipProblem } from "./zip-limits.js";

/** Smallest zlib output chunk; larger chunks come from the declared size, so honest entries inflate into one buffer. */
const MIN_INFLATE_CHUNK = 64 * 1024;
/** zlib rejects output chunks smaller than this. */
const ZLIB_MIN_CHUNK = 64;

/** Returns the entry's inflated bytes, or the problem their real size causes. */
export function inflateEntry(entry: CentralEntry, data: Uint8Array, limits: ZipLimits, inflatedSoFar: number): Uint8Array | ZipProblem {
  const cap = inflationCap(entry, limits, inflatedSoFar);
  const inflated = entry.method === METHOD_STORED ? data : inflateCapped(data, cap.bytes, entry.uncompressedSize);

  if (inflated === "corrupt") throw new MalformedZip("corrupt deflate data");
  if (inflated === "over-cap" || inflated.byteLength > cap.bytes) return cap.exceeded;
  return inflated.byteLength === entry.uncompressedSize ? inflated : { kind: "header-mismatch", entry: entry.name };
}

/** A bound on an entry's inflated size, and the problem crossing it means. */
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

/** Whether zlib stopped because the output would pass `maxOutputLength`. */
function isOutputTooLarge(error: unknown): boolean {
  return error instanceof RangeError && "code" in error && error.code === "ERR_BUFFER_TOO_LARGE";
}
