import { inflateRawSync } from "node:zlib";
import { ByteReader } from "./byte-reader.js";
import { METHOD_DEFLATE, METHOD_STORED, readDirectoryEntries, readLocalHeader } from "./zip-directory.js";

/*
 * Look-ups in the directory of a ZIP container the guard already accepted (so its sizes are honest):
 * they read the directory again rather than keep the guard's entries, for callers that hold only bytes.
 */

/**
 * The names of the entries of a ZIP container, in directory order, or null when its directory cannot
 * be read. Call it on bytes `inspectZip` accepted.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  return readDirectoryEntries(bytes)?.map((entry) => entry.name) ?? null;
}

/**
 * What the entries of a ZIP container declare they inflate to, together, or null when its directory
 * cannot be read. `inspectZip` refuses a container whose entries inflate to anything else.
 */
export function zipDeclaredSize(bytes: Uint8Array): number | null {
  return readDirectoryEntries(bytes)?.reduce((total, entry) => total + entry.uncompressedSize, 0) ?? null;
}

/**
 * The inflated bytes of one entry of a ZIP container that `inspectZip` accepted (so its sizes
 * are honest), or null when there is no such entry or it cannot be read.
 */
export function readZipEntry(bytes: Uint8Array, name: string): Uint8Array | null {
  const entry = readDirectoryEntries(bytes)?.find((e) => e.name === name);
  if (!entry) return null;
  try {
    const zip = new ByteReader(bytes);
    const local = readLocalHeader(zip, entry.localOffset);
    const data = zip.slice(local.dataOffset, entry.compressedSize);
    if (entry.method === METHOD_STORED) return data;
    if (entry.method !== METHOD_DEFLATE) return null;
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch {
    return null;
  }
}
