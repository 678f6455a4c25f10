import type { ZipEntry } from "../zip/zip-guard.js";
import { xlsxPartText, xlsxSheetPaths } from "./xlsx-parts.js";

const ROW = /<(?:\w+:)?row\b([^>]*)>/g;

/**
 * The hidden rows of each sheet of an .xlsx or .xlsm, by sheet index in workbook order: rows marked
 * `hidden="1"` (or `true`), counted as SheetJS counts them (`r`, else one after the previous row).
 * Read here so that SheetJS can read without `cellStyles`, which makes it throw and catch an
 * exception per cell of a workbook without fills. Returns an empty list when no sheet hides a row.
 */
export function xlsxHiddenRows(entries: readonly ZipEntry[]): ReadonlyArray<ReadonlySet<number>> {
  const sheets = xlsxSheetPaths(entries).map((path) => (path === undefined ? "" : xlsxPartText(entries, path)));
  if (!sheets.some((xml) => xml.includes("hidden="))) return [];
  return sheets.map((xml) => (xml.includes("hidden=") ? hiddenRowsOf(xml) : new Set<number>()));
}

function hiddenRowsOf(sheetXml: string): Set<number> {
  const hidden = new Set<number>();
  let row = -1;
  for (const [, attributes = ""] of sheetXml.matchAll(ROW)) {
    const number = /\br="(\d+)"/.exec(attributes)?.[1];
    row = number === undefined ? row + 1 : Number(number) - 1;
    if (/\bhidden="(1|true)"/.test(attributes)) hidden.add(row);
  }
  return hidden;
}
