import { randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import { mkdir, open, readdir, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** Why an output was not written. */
export type WriteProblem =
  | { kind: "no-folder"; target: string; folder: string }
  | { kind: "is-folder"; target: string }
  | { kind: "is-input"; target: string }
  | { kind: "exists"; target: string }
  | { kind: "locked"; target: string; temp: string }
  | { kind: "io"; target: string; message: string }
  | { kind: "folder-not-empty"; target: string }
  | { kind: "not-a-folder"; target: string };

/** Error codes of a rename over a file another program holds open (Excel on Windows: EBUSY or EPERM). */
const LOCKED_CODES: ReadonlySet<string> = new Set(["EBUSY", "EPERM", "EACCES"]);

/**
 * Writes bytes to `target` atomically: into a temporary file in the same folder, flushed to disk, then
 * renamed over the target, so a failure never leaves a half-written file (the temporary file is removed).
 * Refuses what `outputProblem` refuses: a missing folder, a folder as the target, one of `inputs` — the
 * same real path, or the same file under another name (a hard link) — even with `force`, and, unless
 * `force`, any existing file. When the target is locked
 * (open in Excel: EBUSY/EPERM), the finished temporary file is kept and named in the problem.
 * Returns the problem, or undefined once the target holds the bytes.
 */
export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array | string,
  options: { force: boolean; inputs: readonly string[] },
): Promise<WriteProblem | undefined> {
  const refused = await outputProblem(target, options);
  if (refused) return refused;
  const targetReal = await realTarget(target);
  const temp = join(dirname(targetReal), `.${basename(targetReal)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    return { kind: "io", target, message: errorMessage(error) };
  }
  try {
    await rename(temp, targetReal);
    return undefined;
  } catch (error) {
    if (LOCKED_CODES.has(errorCode(error))) return { kind: "locked", target, temp };
    await unlink(temp).catch(() => undefined);
    return { kind: "io", target, message: errorMessage(error) };
  }
}

/**
 * Why `target` cannot be written, found without writing anything, so a command can ask before it reads
 * its inputs: its folder does not exist (or is a file), it is itself a folder, it is one of `inputs`
 * (the same real path, or the same file under another name: a hard link), or, unless `force`, it
 * exists. Undefined when it can be written (as far as can be told before writing).
 */
export async function outputProblem(target: string, options: { force: boolean; inputs: readonly string[] }): Promise<WriteProblem | undefined> {
  const targetReal = await realTarget(target);
  const targetStats = await stat(targetReal).catch(() => undefined);
  if (targetStats?.isDirectory()) return { kind: "is-folder", target };
  const folder = dirname(targetReal);
  if (!(await stat(folder).catch(() => undefined))?.isDirectory()) return { kind: "no-folder", target, folder: dirname(target) };
  for (const input of options.inputs) {
    const inputReal = await realpath(input).catch(() => resolve(input));
    if (inputReal === targetReal || (targetStats !== undefined && sameFile(targetStats, await stat(inputReal).catch(() => undefined))))
      return { kind: "is-input", target };
  }
  if (!options.force && targetStats !== undefined) return { kind: "exists", target };
  return undefined;
}

/** The real path the target stands for: itself resolved, or its folder resolved when it does not exist yet. */
async function realTarget(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch {
    const folder = await realpath(dirname(resolve(target))).catch(() => dirname(resolve(target)));
    return join(folder, basename(target));
  }
}

function sameFile(a: Stats, b: Stats | undefined): boolean {
  return b !== undefined && a.ino !== 0 && a.dev === b.dev && a.ino === b.ino;
}

function errorCode(error: unknown): string {
  return error instanceof Error && "code" in error ? String(error.code) : "";
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Why `folder` cannot take a command's files (`budget return -o tra-lai/`), found without writing: it
 * is a file, or, unless `force`, it holds anything already (the files written there must not mix with
 * older ones). A folder that does not exist yet is fine: {@link makeOutputFolder} creates it.
 */
export async function outputFolderProblem(folder: string, options: { force: boolean }): Promise<WriteProblem | undefined> {
  const stats = await stat(folder).catch(() => undefined);
  if (stats === undefined) return undefined;
  if (!stats.isDirectory()) return { kind: "not-a-folder", target: folder };
  if (options.force) return undefined;
  const entries = await readdir(folder).catch(() => []);
  return entries.length > 0 ? { kind: "folder-not-empty", target: folder } : undefined;
}

/** Creates `folder` (and its parents) when it does not exist; returns the problem when it cannot. */
export async function makeOutputFolder(folder: string): Promise<WriteProblem | undefined> {
  try {
    await mkdir(folder, { recursive: true });
    return undefined;
  } catch (error) {
    return { kind: "io", target: folder, message: errorMessage(error) };
  }
}
