import { entryText, zipEntryText, type ZipEntry } from "./zip-guard.js";

const SHEET = /<(?:\w+:)?sheet\b([^>]*)>/g;
const RELATIONSHIP = /<(?:\w+:)?Relationship\b([^>]*)>/g;
const ROW = /<(?:\w+:)?row\b([^>]*)>/g;

/**
 * The hidden rows of each sheet of an .xlsx or .xlsm, by sheet index in workbook order: rows marked
 * `hidden="1"` (or `true`), counted as SheetJS counts them (`r`, else one after the previous row).
 * Read here so that SheetJS can read without `cellStyles`, which makes it throw and catch an
 * exception per cell of a workbook without fills. Returns an empty list when no sheet hides a row.
 */
export function xlsxHiddenRows(entries: readonly ZipEntry[]): ReadonlyArray<ReadonlySet<number>> {
  const hiding = entries.filter((entry) => /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name) && zipEntryText(entry).includes("hidden=")).map((entry) => entry.name);
  if (hiding.length === 0) return [];
  const targets = relationshipTargets(entryText(entries, "xl/_rels/workbook.xml.rels"));
  return sheetIds(entryText(entries, "xl/workbook.xml")).map((id) => {
    const path = targets.get(id);
    return path !== undefined && hiding.includes(path) ? hiddenRowsOf(entryText(entries, path)) : new Set<number>();
  });
}

/** The relationship id of each sheet, in workbook order. */
function sheetIds(workbookXml: string): string[] {
  return [...workbookXml.matchAll(SHEET)].map(([, attributes = ""]) => /\b\w+:id="([^"]*)"/.exec(attributes)?.[1] ?? "");
}

/** Relationship ids to part paths inside the package (`worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`). */
function relationshipTargets(relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [, attributes = ""] of relsXml.matchAll(RELATIONSHIP)) {
    const id = /\bId="([^"]*)"/.exec(attributes)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attributes)?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return targets;
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
