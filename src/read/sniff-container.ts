import { utf16WithoutBom } from "./text/utf16-without-bom.js";

/** What the first bytes of a file say it is, whatever its extension claims. */
export type Container =
  | { kind: "zip" }
  | { kind: "cfb" }
  | { kind: "empty" }
  | { kind: "text" }
  /** Bytes that are no spreadsheet and no text: `what` names the format when it is known. */
  | { kind: "binary"; what: string };

/** Signatures of common files people attach by mistake (a scan, a signed PDF, an archive). */
const KNOWN_BINARY: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], "PDF"],
  [[0x89, 0x50, 0x4e, 0x47], "PNG"],
  [[0xff, 0xd8, 0xff], "JPEG"],
  [[0x47, 0x49, 0x46, 0x38], "GIF"],
  [[0x1f, 0x8b], "gzip"],
  [[0x52, 0x61, 0x72, 0x21], "RAR"],
  [[0x37, 0x7a, 0xbc, 0xaf], "7z"],
];

/** How much of the start is searched for NUL bytes, which text never has (UTF-16 aside). */
const PROBE_BYTES = 4096;

/**
 * Classifies bytes by their magic number: `PK\x03\x04` ZIP (.xlsx .xlsm .ods), `D0 CF 11 E0` OLE
 * compound file (.xls, or an encrypted .xlsx), UTF-16 (with a BOM or by its zero bytes) or NUL-free bytes
 * as text (CSV, TSV, HTML),
 * anything else as binary.
 */
export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) return { kind: "empty" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: "zip" };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { kind: "cfb" };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { kind: "text" };
  for (const [signature, what] of KNOWN_BINARY) if (startsWith(bytes, signature)) return { kind: "binary", what };
  if (utf16WithoutBom(bytes) !== null) return { kind: "text" };
  const end = Math.min(bytes.length, PROBE_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return { kind: "binary", what: "" };
  return { kind: "text" };
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}
