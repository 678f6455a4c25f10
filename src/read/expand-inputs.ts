import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Finding } from "../data/diagnostic.js";

/** Extensions of the files a folder is searched for. */
export const INPUT_EXTENSIONS: ReadonlySet<string> = new Set([".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt"]);

/** The files to read, in a stable order, and the inputs that could not be found. */
export interface ExpandedInputs {
  readonly files: readonly string[];
  readonly findings: readonly Finding[];
}

/**
 * Turns the paths a user gave into the list of files to read: a folder is searched recursively for
 * spreadsheet and CSV files (Excel's `~$` lock files skipped), sorted by path; a file is taken as is.
 * Duplicates are read once.
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const findings: Finding[] = [];
  for (const input of inputs) {
    try {
      const info = await stat(input);
      if (info.isDirectory()) files.push(...(await listFolder(input)));
      else files.push(input);
    } catch {
      findings.push({ file: input, code: "BC101", args: { reason: "not-found" } });
    }
  }
  return { files: [...new Set(files)], findings };
}

async function listFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await listFolder(path)));
    else if (entry.isFile() && !entry.name.startsWith("~$") && INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}
