import { xlsWorkbookStream } from "../vietnamese/xls-capital-fonts.js";

const BOF_IDS: ReadonlySet<number> = new Set([0x0009, 0x0209, 0x0409, 0x0809]);
const EOF = 0x000a;
const FILEPASS = 0x002f;

/**
 * Whether an .xls compound file is encrypted: its Workbook (or Book) stream's global records, from
 * the first BOF to its EOF, hold a FILEPASS record. Excel writes it right after the BOF whatever the
 * cipher (XOR, RC4, RC4 CryptoAPI), so this answers where SheetJS stumbles on a cipher's header
 * before saying the file is password-protected. A file that is no readable compound file is not.
 */
export function hasFilePass(bytes: Uint8Array): boolean {
  let stream: Uint8Array | undefined;
  try {
    stream = xlsWorkbookStream(bytes);
  } catch {
    return false;
  }
  if (stream === undefined || !BOF_IDS.has(u16(stream, 0))) return false;
  for (let at = 0; at + 4 <= stream.length; ) {
    const type = u16(stream, at);
    if (type === FILEPASS) return true;
    if (type === EOF) return false;
    at += 4 + u16(stream, at + 2);
  }
  return false;
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}
