import { readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Finding } from "../data/diagnostic.js";

/** Extensions of the files a folder is searched for. */
export const INPUT_EXTENSIONS: ReadonlySet<string> = new Set([".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt"]);

/** The files to read, in a stable order, and the inputs that could not be found. */
export interface ExpandedInputs {
  readonly files: readonly string[];
  readonly findings: readonly Finding[];
}

/**
 * Whether a file is the lock file Excel keeps next to a workbook while it is open (`~$phu-luc.xlsx`):
 * a few bytes naming who has it open, never a form.
 */
export function isExcelLockFile(path: string): boolean {
  return basename(path).startsWith("~$");
}

/** A path given that names nothing: no such file or folder, or a glob that matches no file. */
export interface MissingInput {
  readonly input: string;
  readonly glob: boolean;
}

/**
 * The inputs that name nothing, found before anything is read, so that a mistyped folder is said to
 * be one at once rather than after every other file has been read.
 */
export async function missingInputs(inputs: readonly string[]): Promise<MissingInput[]> {
  const missing: MissingInput[] = [];
  for (const input of inputs) {
    if (isGlob(input)) {
      if ((await expandGlob(input)).length === 0) missing.push({ input, glob: true });
    } else if ((await stat(input).catch(() => undefined)) === undefined) missing.push({ input, glob: false });
  }
  return missing;
}

/**
 * Turns the paths a user gave into the list of files to read: a folder is searched recursively for
 * spreadsheet and CSV files, sorted by path; a file is taken as is; Excel's `~$` lock files are
 * skipped, in a folder or named (a shell glob such as `de-xuat/*.xlsx` names them too);
 * a glob (`de-xuat/**\/*.xlsx`, quoted so the shell leaves it, or from a shell that does not expand
 * globs, like Windows `cmd`) is matched against the files under its fixed part. Duplicates are read once.
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const findings: Finding[] = [];
  for (const input of inputs) {
    if (isGlob(input)) {
      const matched = await expandGlob(input);
      if (matched.length === 0) findings.push({ file: input, code: "BC101", args: { reason: "not-found" } });
      files.push(...matched);
      continue;
    }
    try {
      const info = await stat(input);
      if (info.isDirectory()) files.push(...(await listFolder(input)));
      else if (!isExcelLockFile(input)) files.push(input);
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
    else if (entry.isFile() && !isExcelLockFile(entry.name) && INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}

const GLOB_CHARS = /[*?[]/;

function isGlob(input: string): boolean {
  return GLOB_CHARS.test(input);
}

/** The files under a glob's fixed leading folders whose path matches it, sorted. */
async function expandGlob(pattern: string): Promise<string[]> {
  const parts = pattern.replace(/\\/g, "/").split("/");
  const fixed = parts.findIndex((part) => GLOB_CHARS.test(part));
  const base = parts.slice(0, fixed).join("/");
  const matcher = globRegExp(parts.join("/"));
  const candidates = await listFolder(base === "" ? "." : base).catch(() => []);
  return candidates.filter((path) => matcher.test(path.replace(/\\/g, "/")));
}

/** A glob as a regular expression: `**` any folders, `*` and `?` within one name, `[…]` a class. */
function globRegExp(glob: string): RegExp {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob.charAt(i);
    if (char === "*" && glob.charAt(i + 1) === "*") {
      const slash = glob.charAt(i + 2) === "/";
      source += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) source += "\\[";
      else {
        source += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else source += char.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^(?:\\./)?${source}$`);
}
