import { readFile } from "node:fs/promises";
import { sniffContainer } from "./sniff-container.js";
import { unpackZip } from "./zip/zip-guard.js";

/** One part of an Office Open XML package, as stored (inflated). */
export interface PackagePart {
  readonly name: string;
  readonly data: Uint8Array;
}

/**
 * What a file is for re-writing it: an Excel package (.xlsx, .xlsm) with its parts in directory order,
 * inflated through the ZIP guard, or something else (.xls, .ods, CSV), which only its grid describes,
 * or nothing readable.
 */
export type WorkbookPackage = { kind: "excel"; parts: readonly PackagePart[] } | { kind: "other" } | { kind: "unreadable" };

/**
 * Reads the parts of an Excel workbook package so that a copy can be written with a few parts
 * changed and every other part byte for byte as it was (`budget return`). The bytes pass the same ZIP
 * guard as a read (`unpackZip`); a package without `xl/workbook.xml` (an .ods, a binary .xlsb) is
 * `other`. Never throws.
 */
export async function readWorkbookPackage(file: string): Promise<WorkbookPackage> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { kind: "unreadable" };
  }
  if (sniffContainer(bytes).kind !== "zip") return { kind: "other" };
  const unpacked = unpackZip(bytes);
  if ("problem" in unpacked) return { kind: "unreadable" };
  const parts = unpacked.entries.map((entry) => ({ name: entry.name, data: entry.data }));
  return parts.some((part) => part.name === "xl/workbook.xml") ? { kind: "excel", parts } : { kind: "other" };
}
