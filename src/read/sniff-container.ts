import { utf16WithoutBom } from "./text/utf16-without-bom.js";

/** What the first bytes of a file say it is, whatever its extension claims. */
export type Container =
  | { kind: "zip" }
  | { kind: "cfb" }
  /** A bare BIFF2, BIFF3 or BIFF4 worksheet or workbook stream: Excel 2.x to 4.0 `.xls`, no compound file around it. */
  | { kind: "biff" }
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

/** The BOF record ids of BIFF2, BIFF3 and BIFF4 (`09 00`, `09 02`, `09 04` as the file's first bytes). */
const LEGACY_BOF_IDS: ReadonlySet<number> = new Set([0x0009, 0x0209, 0x0409]);
/**
 * The substream types a legacy BOF names: workbook globals, worksheet, chart, macro sheet, and
 * Excel 4.0's workbook (BIFF4W).
 */
const LEGACY_BOF_TYPES: ReadonlySet<number> = new Set([0x0005, 0x0010, 0x0020, 0x0040, 0x0100]);

/** How much of the start is searched for NUL bytes, which text never has (UTF-16 aside). */
const PROBE_BYTES = 4096;

/**
 * Classifies bytes by their magic number: `PK\x03\x04` ZIP (.xlsx .xlsm .ods), `D0 CF 11 E0` OLE
 * compound file (.xls, or an encrypted .xlsx), a bare BIFF2-4 stream (Excel 2.x-4.0 .xls), UTF-16 (with a BOM or by its zero bytes) or NUL-free bytes
 * as text (CSV, TSV, HTML),
 * anything else as binary.
 */
export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) return { kind: "empty" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: "zip" };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { kind: "cfb" };
  if (isLegacyBiff(bytes)) return { kind: "biff" };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { kind: "text" };
  for (const [signature, what] of KNOWN_BINARY) if (startsWith(bytes, signature)) return { kind: "binary", what };
  if (utf16WithoutBom(bytes) !== null) return { kind: "text" };
  const end = Math.min(bytes.length, PROBE_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return { kind: "binary", what: "" };
  return { kind: "text" };
}

/**
 * Whether bytes open with the BOF record of Excel 2.x-4.0: its id, a body of 4 to 16 bytes, and a
 * known substream type (at offset 6: after BIFF2's version word, after BIFF3/4's version word too).
 */
function isLegacyBiff(bytes: Uint8Array): boolean {
  if (bytes.length < 8) return false;
  const id = u16(bytes, 0);
  const length = u16(bytes, 2);
  return LEGACY_BOF_IDS.has(id) && length >= 4 && length <= 16 && LEGACY_BOF_TYPES.has(u16(bytes, 6));
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}
