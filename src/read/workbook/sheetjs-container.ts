import type { ParsingOptions, WorkBook } from "xlsx";
import * as XLSX from "xlsx";
import type { ZipEntry } from "../zip/zip-guard.js";

declare module "xlsx" {
  /** SheetJS's reader of an unzipped container: what `read` calls once it has unzipped the bytes. */
  export function parse_zip(container: SheetJsContainer, options: ParsingOptions): WorkBook;
}

/** SheetJS's in-memory ZIP container (a CFB container), built with its own helpers. */
export interface SheetJsContainer {
  readonly FullPaths: readonly string[];
}

/** The part of SheetJS's CFB helpers used here (its type declarations leave `CFB` untyped). */
interface CfbUtils {
  cfb_new(): SheetJsContainer;
  cfb_add(container: SheetJsContainer, name: string, content: Uint8Array, options: { unsafe: boolean }): unknown;
}

const CFB_UTILS: CfbUtils = XLSX.CFB.utils;

/**
 * The container SheetJS builds when it unzips a file, built from entries already inflated: each
 * entry added in directory order under the name SheetJS reads (one character per stored byte), its
 * content a Buffer as SheetJS's own inflate gives.
 */
export function sheetJsContainer(entries: readonly ZipEntry[]): SheetJsContainer {
  const container = CFB_UTILS.cfb_new();
  for (const entry of entries) {
    CFB_UTILS.cfb_add(container, entry.byteName, Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength), { unsafe: true });
  }
  return container;
}
