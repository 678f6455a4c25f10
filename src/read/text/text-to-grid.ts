import { basename, extname } from "node:path";
import { SheetBuilder } from "../workbook/sheet-builder.js";
import type { GridWithFindings } from "../workbook/workbook-to-grid.js";
import { isOneColumnTable, parseDelimited, sniffDelimiter } from "./delimited-text.js";

/**
 * Reads a delimited text table (CSV, TSV, TXT; delimiter sniffed, or one column of a name and its
 * numbers) into a one-sheet grid named after the file. Every field stays text exactly as written:
 * amounts are parsed later the Vietnamese way (`1.234,5`), never guessed here, and a field starting
 * with `=` is never a formula. Returns undefined when the text is not a table.
 */
export function delimitedToGrid(file: string, text: string): GridWithFindings | undefined {
  const delimiter = sniffDelimiter(text) ?? (isOneColumnTable(text) ? "," : undefined);
  if (delimiter === undefined) return undefined;
  const builder = new SheetBuilder();
  parseDelimited(text, delimiter).forEach((record, r) => {
    record.forEach((field, c) => {
      if (field.trim() !== "") builder.add(r, c, { kind: "text", value: field });
    });
  });
  const built = builder.build(file, basename(file, extname(file)), [], new Set());
  return { grid: { file, sheets: [built.sheet] }, findings: built.findings };
}

/** Whether decoded text is an HTML page with a table (what "Save as Excel" of some web apps writes). */
export function isHtmlTable(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (!(head.startsWith("<") && /<(html|table|!doctype|meta|body|head)\b/.test(head))) return false;
  return /<table\b/i.test(text);
}

/** Whether decoded text starts like an HTML or XML document (so it is no CSV, whatever its shape). */
export function isMarkup(text: string): boolean {
  return /^\s*<(\?xml|html|!doctype|table|body|head|meta)\b/i.test(text.slice(0, 512));
}

/**
 * Whether decoded text is a flat OpenDocument spreadsheet (.fods, what LibreOffice saves as "Flat
 * XML ODF Spreadsheet"): an `office:document` of the spreadsheet MIME type.
 */
export function isFlatOds(text: string): boolean {
  const head = text.slice(0, 8192);
  return /<office:document\b/.test(head) && head.includes("application/vnd.oasis.opendocument.spreadsheet");
}
