import { open } from "node:fs/promises";
import { sniffContainer } from "./sniff-container.js";
import { decodeText } from "./text/decode-text.js";
import { isHtmlTable, isMarkup } from "./text/text-to-grid.js";
import { partKey } from "./workbook/ooxml-package.js";
import { zipDeclaredSize, zipEntryNames } from "./zip/zip-lookup.js";

/** The most a container read in this thread may inflate to: SheetJS holds several times that in memory. */
const MAX_INFLATED_IN_PROCESS = 16 * 1024 * 1024;

/**
 * Whether a file (a path, or bytes in memory) may be read in the calling thread, where no time or
 * heap bound applies: only when it is smaller than `maxBytes` and everything that reads it bounds its
 * own cost before any parser runs. That is delimited text (our own linear parser) and .xlsx, .xlsm
 * and .ods containers (parts under any name) that declare at most 16 MiB inflated (the ZIP guard holds them to it, the range
 * guard bounds what SheetJS expands). An .xls (Excel 2.x-4.0 ones too), an HTML or SpreadsheetML table or an .xlsb goes to
 * a worker: SheetJS fills their declared ranges cell by cell, which a crafted file can make endless.
 */
export async function readableInProcess(input: string | Uint8Array, maxBytes: number): Promise<boolean> {
  const bytes = typeof input === "string" ? await smallFile(input, maxBytes) : input.byteLength < maxBytes ? input : "too-large";
  // A file that cannot be opened is reported just as well, and at once, in this thread.
  if (bytes === "unreadable") return true;
  return bytes !== "too-large" && boundsItsOwnCost(bytes);
}

function boundsItsOwnCost(bytes: Uint8Array): boolean {
  const container = sniffContainer(bytes);
  switch (container.kind) {
    case "empty":
    case "binary":
      return true;
    case "cfb":
    case "biff":
      return false;
    case "zip": {
      const names = zipEntryNames(bytes) ?? [];
      const inflated = zipDeclaredSize(bytes) ?? Number.POSITIVE_INFINITY;
      return inflated <= MAX_INFLATED_IN_PROCESS && (names.some(isWorkbookXml) || names.includes("content.xml"));
    }
    case "text": {
      const { text } = decodeText(bytes);
      return !isHtmlTable(text) && !isMarkup(text);
    }
  }
}

/** An XML workbook part wherever the package puts it (`xl/workbook.xml`, `wtf/workbook.xml`, `xl\\workbook.xml`): the range guard checks its sheets wherever they are. */
function isWorkbookXml(name: string): boolean {
  const key = partKey(name);
  return key === "workbook.xml" || key.endsWith("/workbook.xml");
}

async function smallFile(path: string, maxBytes: number): Promise<Uint8Array | "too-large" | "unreadable"> {
  try {
    const handle = await open(path, "r");
    try {
      const { size } = await handle.stat();
      if (!(size < maxBytes)) return "too-large";
      const bytes = new Uint8Array(size);
      await handle.read(bytes, 0, size, 0);
      return bytes;
    } finally {
      await handle.close();
    }
  } catch {
    return "unreadable";
  }
}
