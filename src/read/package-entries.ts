import { readFile } from "node:fs/promises";
import { sniffContainer } from "./sniff-container.js";
import { unpackZip } from "./zip/zip-guard.js";

/** The namespaces of ISO/IEC 29500 Strict Open XML, which Excel writes only when asked to. */
const STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/";

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
 * guard as a read (`unpackZip`); a package without `xl/workbook.xml` (an .ods, a binary .xlsb) or
 * in Strict Open XML is `other`. Never throws.
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
  const workbook = parts.find((part) => part.name === "xl/workbook.xml");
  if (workbook === undefined) return { kind: "other" };
  // Strict Open XML names its relationships otherwise; such a package is copied from its grid.
  return new TextDecoder().decode(workbook.data).includes(STRICT_NAMESPACE) ? { kind: "other" } : { kind: "excel", parts };
}
