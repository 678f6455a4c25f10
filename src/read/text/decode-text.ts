import { detectLegacyEncoding } from "../vietnamese/legacy-detection.js";
import { utf16WithoutBom } from "./utf16-without-bom.js";

/** How the bytes of a text file were decoded. */
export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1258" | "8-bit-legacy";

/** Decoded text and how it was decoded. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/** How much of an 8-bit file is examined to tell a legacy font encoding from Windows-1258. */
const LEGACY_SAMPLE_CHARS = 64 * 1024;

/**
 * Decodes a text file (CSV, TSV, HTML) the way Vietnamese offices save them: a UTF-8 or UTF-16 BOM
 * decides; else UTF-16 told by its zero bytes (`utf16WithoutBom`); else bytes that are valid UTF-8 are UTF-8; else they are 8-bit. 8-bit text is Windows-1258
 * (Vietnamese Windows), unless read byte-for-byte (Latin-1) it is Vietnamese typed in a legacy font
 * encoding (TCVN3, VNI): then it is returned as Latin-1 characters, for the legacy pass to convert
 * cell by cell. The BOM is dropped. The text is not yet normalised.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode("utf-8", bytes.subarray(3)), encoding: "utf-8-bom" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  // Before UTF-8: UTF-16 of ASCII-range text, with its zero bytes, is valid UTF-8 too.
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) return { text: decode(utf16, bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: an 8-bit code page.
  }
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  if (detectLegacyEncoding(latin1.slice(0, LEGACY_SAMPLE_CHARS)) !== null) return { text: latin1, encoding: "8-bit-legacy" };
  return { text: decode("windows-1258", bytes), encoding: "windows-1258" };
}

function decode(encoding: string, bytes: Uint8Array): string {
  // Node's full-ICU TextDecoder knows windows-1258 and UTF-16BE; `ignoreBOM` because the BOM is already cut.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}
