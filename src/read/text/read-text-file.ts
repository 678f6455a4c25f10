import { readFile, stat } from "node:fs/promises";

/** Why a text file could not be read. */
export type TextReadProblem = "not-found" | "permission" | "is-directory" | "too-large" | "not-utf8" | "io";

/** The text of a small input file (a plan profile, a JSON export), or why there is none. */
export type TextReadResult = { ok: true; text: string } | { ok: false; reason: TextReadProblem };

/**
 * Reads a small UTF-8 text file (a leading BOM dropped). Refuses files over `maxBytes` before reading
 * them, and bytes that are not UTF-8. Never throws.
 */
export async function readTextFile(path: string, maxBytes: number): Promise<TextReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: "is-directory" };
    if (info.size > maxBytes) return { ok: false, reason: "too-large" };
    const bytes = await readFile(path);
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

function reasonOf(error: unknown): TextReadProblem {
  if (error instanceof TypeError) return "not-utf8";
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  if (code === "ENOENT" || code === "ENOTDIR") return "not-found";
  if (code === "EACCES" || code === "EPERM") return "permission";
  if (code === "EISDIR") return "is-directory";
  return "io";
}
