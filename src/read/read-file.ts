import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { getHeapStatistics } from "node:v8";
import * as XLSX from "xlsx";
import type { Finding } from "../data/diagnostic.js";
import type { Grid } from "../data/grid.js";
import { zipProblemReason } from "./read-problem.js";
import { sniffContainer } from "./sniff-container.js";
import { decodeText } from "./text/decode-text.js";
import { delimitedToGrid, isFlatOds, isHtmlTable, isMarkup } from "./text/text-to-grid.js";
import { odsCapitalFonts } from "./vietnamese/ods-capital-fonts.js";
import { xlsCapitalFonts } from "./vietnamese/xls-capital-fonts.js";
import { xlsxCapitalFonts } from "./vietnamese/xlsx-capital-fonts.js";
import { hasFilePass } from "./workbook/biff-file-pass.js";
import { odsHiddenRows } from "./workbook/ods-hidden-rows.js";
import { odsTemplateMark } from "./workbook/ods-template-mark.js";
import { entriesDeclaringWorkbook, ooxmlPackage } from "./workbook/ooxml-package.js";
import { MAX_EXPANDED_CELLS, markupRangeProblem, odsExpandedCells, rangeProblem } from "./workbook/range-guard.js";
import { sheetJsContainer } from "./workbook/sheetjs-container.js";
import { type GridWithFindings, workbookToGrid } from "./workbook/workbook-to-grid.js";
import { xlsxHiddenRows } from "./workbook/xlsx-hidden-rows.js";
import { entryText } from "./zip/entry-text.js";
import { unpackZip } from "./zip/zip-guard.js";
import { DEFAULT_ZIP_LIMITS } from "./zip/zip-limits.js";

export { type Container, sniffContainer } from "./sniff-container.js";

/**
 * The outcome of reading one input: a grid with what reading it found (legacy text converted), or
 * the BC101 finding that explains why there is none.
 */
export type ReadResult = { ok: true; grid: Grid; sha256: string; findings: readonly Finding[] } | { ok: false; finding: Finding };

type Outcome = GridWithFindings | { reason: string };

/**
 * Reads one input file into a `Grid`. Never throws: an unreadable, empty, password-protected or
 * hostile file becomes a BC101 finding naming the file and the reason (terms of the BC101 rule, then
 * language-neutral details: `not-a-spreadsheet, PDF`).
 */
export async function readGrid(file: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return unreadable(file, ioReason(error));
  }
  return gridFromBytes(file, bytes);
}

/**
 * Reads bytes already in memory (a buffer given to the library API, or stdin). What the bytes are is
 * decided by their magic number, never by the file's extension: a CSV or HTML table saved as `.xls`
 * is read as what it is.
 */
export async function gridFromBytes(file: string, bytes: Uint8Array): Promise<ReadResult> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  let outcome: Outcome;
  try {
    outcome = bytesToGrid(file, bytes);
  } catch {
    outcome = { reason: "corrupt" };
  }
  if ("reason" in outcome) return unreadable(file, outcome.reason);
  return { ok: true, grid: outcome.grid, sha256, findings: outcome.findings };
}

/**
 * The most of the thread's heap that a file's content (a ZIP's entries as they declare to inflate,
 * any other file as it is) may take before it is read. Reading takes 5-10 times the content in heap
 * (SheetJS's strings and cells, then the grid), so what this refuses would not have fitted anyway.
 * And it must be refused before it is read: in a worker, content of about a third of the heap makes
 * allocations that abort the whole process instead of ending the worker (Node issue 47224), where
 * smaller content over the heap ends only its worker, as a BC101.
 */
const MAX_CONTENT_SHARE_OF_HEAP = 1 / 6;

function maxContentBytes(): number {
  return getHeapStatistics().heap_size_limit * MAX_CONTENT_SHARE_OF_HEAP;
}

function bytesToGrid(file: string, bytes: Uint8Array): Outcome {
  const container = sniffContainer(bytes);
  // A ZIP's entries are weighed by the ZIP guard, after its own checks.
  if (container.kind !== "zip" && bytes.byteLength > maxContentBytes()) return { reason: "memory-limit" };
  switch (container.kind) {
    case "empty":
      return { reason: "empty" };
    case "binary":
      return { reason: container.what === "" ? "not-a-spreadsheet" : `not-a-spreadsheet, ${container.what}` };
    case "zip":
      return readZip(file, bytes);
    case "cfb":
      return readCfb(file, bytes);
    case "biff":
      return readLegacyBiff(file, bytes);
    case "text":
      return readText(file, bytes);
  }
}

/**
 * .xlsx, .xlsm, .ods: the ZIP guard first, so SheetJS never inflates a bomb or trusts a forged size.
 * The guard inflates every entry (with zlib) to measure it; SheetJS is handed those entries rather
 * than the file, so nothing is inflated twice, nor by SheetJS's slower inflate.
 */
function readZip(file: string, bytes: Uint8Array): Outcome {
  const unpacked = unpackZip(bytes, { ...DEFAULT_ZIP_LIMITS, maxDeclaredForMemory: maxContentBytes() });
  if ("problem" in unpacked) return { reason: zipProblemReason(unpacked.problem) };
  const entries = unpacked.entries;
  const odf = entries.some((entry) => entry.name === "content.xml");
  // The workbook may sit anywhere the package says (`wtf/workbook.xml`, at the root, `xl\workbook.xml`).
  if (!odf && ooxmlPackage(entries).workbook === undefined) return { reason: "not-a-spreadsheet, ZIP" };
  if (odf && entryText(entries, "META-INF/manifest.xml").includes("encryption-data")) return { reason: "password-protected" };
  const range = rangeProblem(entries);
  if (range) return { reason: range };
  // Hidden rows are read here (SheetJS reports none for ODS, and for .xlsx only with `cellStyles`), and
  // so are capital fonts (SheetJS community edition reports no fonts).
  const read = sheetJs(() => XLSX.parse_zip(sheetJsContainer(odf ? entries : entriesDeclaringWorkbook(entries)), readOptions("buffer", { cellStyles: false })));
  if ("reason" in read) return read;
  if (!odf) return workbookToGrid(file, read.workbook, { hiddenRows: xlsxHiddenRows(entries), capitalFonts: xlsxCapitalFonts(entries) });
  const content = entryText(entries, "content.xml");
  return workbookToGrid(file, read.workbook, {
    hiddenRows: odsHiddenRows(content),
    capitalFonts: odsCapitalFonts(content, entryText(entries, "styles.xml")),
    templateMark: odsTemplateMark(content),
  });
}

/** .xls (BIFF) and encrypted OOXML, both OLE compound files. */
function readCfb(file: string, bytes: Uint8Array): Outcome {
  const read = readWorkbook(bytes, "buffer");
  // SheetJS reads no fonts: capital fonts are read from the BIFF records.
  if (!("reason" in read)) return workbookToGrid(file, read.workbook, { capitalFonts: xlsCapitalFonts(bytes) });
  if (read.reason !== "corrupt") return read;
  // SheetJS fails on some encryption headers before it says "password" (RC4 CryptoAPI from Excel 2002).
  if (hasFilePass(bytes)) return { reason: "password-protected" };
  try {
    const fullPaths: readonly string[] = XLSX.CFB.read(bytes, { type: "buffer" }).FullPaths;
    const paths = fullPaths.map((path) => path.replace(/\/$/, "").split("/").at(-1) ?? path);
    if (paths.includes("EncryptedPackage")) return { reason: "password-protected" };
    if (!paths.some((name) => name === "Workbook" || name === "Book")) return { reason: "not-a-spreadsheet, OLE" };
  } catch {
    // Not even a readable compound file.
  }
  return read;
}

/**
 * Excel 2.x-4.0 .xls: a bare BIFF2, BIFF3 or BIFF4 stream, which SheetJS reads as it is. Its text is
 * 8-bit, read byte for byte: Vietnamese typed in a TCVN3 or VNI font, as files of that time were, is
 * converted by the legacy pass like any other cell.
 */
function readLegacyBiff(file: string, bytes: Uint8Array): Outcome {
  const read = readWorkbook(bytes, "buffer");
  return "reason" in read ? read : workbookToGrid(file, read.workbook);
}

/** CSV, TSV, TXT, and HTML or SpreadsheetML saved under a spreadsheet's extension. */
function readText(file: string, bytes: Uint8Array): Outcome {
  const { text } = decodeText(bytes);
  if (text.trim() === "") return { reason: "empty" };
  if (isHtmlTable(text) || isMarkup(text)) {
    const range = markupRangeProblem(text);
    if (range) return { reason: range };
  }
  if (isHtmlTable(text)) {
    const read = readWorkbook(text, "string");
    return "reason" in read ? read : workbookToGrid(file, read.workbook);
  }
  if (isFlatOds(text)) return readFlatOds(file, text);
  if (isMarkup(text)) {
    if (!text.includes("urn:schemas-microsoft-com:office:spreadsheet")) return { reason: "not-a-spreadsheet, HTML/XML, no-table" };
    const read = readWorkbook(text, "string");
    return "reason" in read ? read : workbookToGrid(file, read.workbook);
  }
  return delimitedToGrid(file, text) ?? { reason: "not-a-spreadsheet, no-table" };
}

/**
 * A flat OpenDocument spreadsheet (.fods): content, styles and named expressions in one XML
 * document, so the checks of an .ods `content.xml` run on the whole of it, the range guard first.
 */
function readFlatOds(file: string, xml: string): Outcome {
  const cells = odsExpandedCells(xml);
  if (cells > MAX_EXPANDED_CELLS) return { reason: `range-too-large, ${cells} > ${MAX_EXPANDED_CELLS}` };
  const read = readWorkbook(xml, "string");
  if ("reason" in read) return read;
  return workbookToGrid(file, read.workbook, { hiddenRows: odsHiddenRows(xml), capitalFonts: odsCapitalFonts(xml, xml), templateMark: odsTemplateMark(xml) });
}

/** SheetJS reading bytes or text, with the options of the hot path. */
function readWorkbook(data: Uint8Array | string, type: "buffer" | "string"): { workbook: XLSX.WorkBook } | { reason: string } {
  return sheetJs(() => XLSX.read(data, readOptions(type)));
}

/**
 * The options of the hot path. `raw` keeps HTML cells as the text they show, so amounts are parsed
 * the Vietnamese way later. `cellStyles` gives the hidden rows of .xls and HTML; ZIP containers turn
 * it off (see `xlsxHiddenRows`). A fresh object per call: SheetJS writes into it.
 */
function readOptions(type: "buffer" | "string", { cellStyles = true } = {}): XLSX.ParsingOptions {
  return {
    type,
    dense: true,
    raw: true,
    cellHTML: false,
    cellText: false,
    cellFormula: true,
    cellNF: true,
    cellDates: false,
    cellStyles,
    sheetStubs: true,
  };
}

/** Runs a SheetJS read: its workbook, or why there is none (it throws on a password or a corrupt part). */
function sheetJs(read: () => XLSX.WorkBook): { workbook: XLSX.WorkBook } | { reason: string } {
  try {
    return { workbook: quietly(read) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { reason: /password/i.test(message) ? "password-protected" : "corrupt" };
  }
}

/**
 * Runs a SheetJS call with `console.error` silenced: its ODS reader prints notes about number formats
 * it does not understand, which would land in the user's report. The call is synchronous, so nothing
 * else can print meanwhile.
 */
function quietly<T>(read: () => T): T {
  const original = console.error;
  console.error = () => undefined;
  try {
    return read();
  } finally {
    console.error = original;
  }
}

function unreadable(file: string, reason: string): ReadResult {
  return { ok: false, finding: { file, code: "BC101", args: { reason } } };
}

function ioReason(error: unknown): string {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  if (code === "ENOENT") return "not-found";
  if (code === "EACCES" || code === "EPERM") return "permission";
  if (code === "EISDIR") return "is-directory";
  return "io";
}
