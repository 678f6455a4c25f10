import { open } from "node:fs/promises";
import { readTextFile, type TextReadProblem } from "./text/read-text-file.js";

/** What one input of a rollup turned out to be. */
export type AppendixInput =
  /** One of our JSON exports (`budget totals --format json`, with or without `--by`), parsed but not yet checked. */
  | { readonly kind: "json"; readonly file: string; readonly value: unknown }
  /** A workbook (zip or OLE container): read it through the form pipeline, as any appendix. */
  | { readonly kind: "workbook"; readonly file: string }
  | { readonly kind: "problem"; readonly file: string; readonly reason: AppendixProblem; readonly detail?: string };

/** Why a rollup input cannot be used. */
export type AppendixProblem = TextReadProblem | "not-json" | "not-an-export";

/** JSON exports are text; anything bigger than this is not one of ours. */
const MAX_JSON_BYTES = 50 * 1024 * 1024;

/**
 * Opens one rollup input and says what it is, from its first bytes: a workbook (zip or OLE
 * magic), a JSON export (text starting with `{`), or a problem. Never throws.
 */
export async function openRollupInput(file: string): Promise<AppendixInput> {
  const head = await firstBytes(file, 8);
  if (!head.ok) return { kind: "problem", file, reason: head.reason };
  if (isWorkbook(head.bytes)) return { kind: "workbook", file };
  const read = await readTextFile(file, MAX_JSON_BYTES);
  return read.ok ? jsonInput(file, read.text) : { kind: "problem", file, reason: read.reason };
}

/** Says what a rollup input given in memory is, as `openRollupInput` does for a file. Never throws. */
export function rollupInputFromBytes(file: string, bytes: Uint8Array): AppendixInput {
  if (isWorkbook(bytes)) return { kind: "workbook", file };
  if (bytes.length > MAX_JSON_BYTES) return { kind: "problem", file, reason: "too-large" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { kind: "problem", file, reason: "not-utf8" };
  }
  return jsonInput(file, text);
}

function isWorkbook(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

function jsonInput(file: string, text: string): AppendixInput {
  if (!text.trimStart().startsWith("{")) return { kind: "problem", file, reason: "not-an-export" };
  try {
    return { kind: "json", file, value: JSON.parse(text) };
  } catch (error) {
    return { kind: "problem", file, reason: "not-json", detail: error instanceof Error ? error.message : String(error) };
  }
}

async function firstBytes(file: string, count: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: TextReadProblem }> {
  try {
    const handle = await open(file, "r");
    try {
      const buffer = new Uint8Array(count);
      const { bytesRead } = await handle.read(buffer, 0, count, 0);
      return { ok: true, bytes: buffer.subarray(0, bytesRead) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    return {
      ok: false,
      reason: code === "ENOENT" ? "not-found" : code === "EISDIR" ? "is-directory" : code === "EACCES" || code === "EPERM" ? "permission" : "io",
    };
  }
}
