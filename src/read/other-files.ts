import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { INPUT_EXTENSIONS, isExcelLockFile } from "./expand-inputs.js";

/**
 * The files under the folders among `inputs` that a run does not read: not spreadsheets or CSV by
 * their extension (a PDF, a .docx, a scanned letter), sorted by path; Excel's lock files left out.
 * What `budget status` lists apart, so the officer sees what came in that is not a form. Files named
 * one by one and globs are left alone: they were read, whatever their extension.
 */
export async function otherFilesIn(inputs: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) found.push(...(await walk(input)));
  }
  return [...new Set(found)];
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile() && !isExcelLockFile(entry.name) && !INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}
