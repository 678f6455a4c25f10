import { readFile } from "node:fs/promises";
import * as XLSX from "xlsx";
import type { Grid } from "../data/grid.js";
import type { Finding } from "../data/diagnostic.js";
import { workbookToGrid } from "./workbook-to-grid.js";

/** The outcome of reading one input: a grid, or the finding that explains why there is none. */
export type ReadResult = { ok: true; grid: Grid; sha256: string } | { ok: false; finding: Finding };

/** What the first bytes of a file say it is. */
export type Container = "zip" | "cfb" | "text" | "empty";

/** Classifies bytes by their magic number, never by the file's extension. */
export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) return "empty";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "zip";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "cfb";
  return "text";
}

/**
 * Reads one input file into a `Grid`. Never throws: an unreadable, empty or password-protected file
 * becomes a BC101 finding naming the file.
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

/** Reads bytes already in memory (a buffer given to the library API, or stdin). */
export async function gridFromBytes(file: string, bytes: Uint8Array): Promise<ReadResult> {
  const { createHash } = await import("node:crypto");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const container = sniffContainer(bytes);
  if (container === "empty") return unreadable(file, "empty");
  if (container === "text") return unreadable(file, "not-a-spreadsheet");
  try {
    const workbook = XLSX.read(bytes, {
      type: "buffer",
      dense: true,
      cellHTML: false,
      cellText: false,
      cellFormula: true,
      cellNF: true,
      cellDates: false,
      cellStyles: true,
      sheetStubs: true,
    });
    return { ok: true, grid: workbookToGrid(file, workbook), sha256 };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return unreadable(file, /password/i.test(message) ? "password-protected" : "corrupt");
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
