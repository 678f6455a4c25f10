import { entryText } from "../zip/entry-text.js";
import type { ZipEntry } from "../zip/zip-guard.js";

const SHEET = /<(?:\w+:)?sheet\b([^>]*)>/g;
const RELATIONSHIP = /<(?:\w+:)?Relationship\b([^>]*)>/g;

interface Relationship {
  /** The part's path inside the package (`worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`). */
  readonly path: string;
  readonly type: string;
}

/**
 * The part path of each sheet of an .xlsx or .xlsm, by sheet index in workbook order (the order of
 * SheetJS's `SheetNames`); undefined where the workbook names no part.
 */
export function xlsxSheetPaths(entries: readonly ZipEntry[]): ReadonlyArray<string | undefined> {
  const relationships = workbookRelationships(entries);
  return [...entryText(entries, "xl/workbook.xml").matchAll(SHEET)].map(([, attributes = ""]) => {
    const id = /\b\w+:id="([^"]*)"/.exec(attributes)?.[1];
    return id === undefined ? undefined : relationships.get(id)?.path;
  });
}

/** The path of the workbook's styles part: the one its relationships name, else `xl/styles.xml`. */
export function xlsxStylesPath(entries: readonly ZipEntry[]): string {
  for (const { path, type } of workbookRelationships(entries).values()) if (type.endsWith("/styles")) return path;
  return "xl/styles.xml";
}

/** The workbook's relationships by id. */
function workbookRelationships(entries: readonly ZipEntry[]): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  for (const [, attributes = ""] of entryText(entries, "xl/_rels/workbook.xml.rels").matchAll(RELATIONSHIP)) {
    const id = /\bId="([^"]*)"/.exec(attributes)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attributes)?.[1];
    const type = /\bType="([^"]*)"/.exec(attributes)?.[1] ?? "";
    if (id !== undefined && target !== undefined) relationships.set(id, { path: target.startsWith("/") ? target.slice(1) : `xl/${target}`, type });
  }
  return relationships;
}
