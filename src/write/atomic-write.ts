import { randomBytes } from "node:crypto";
import { realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** Why an output was not written. */
export type WriteProblem =
  | { kind: "is-input"; target: string }
  | { kind: "exists"; target: string }
  | { kind: "locked"; target: string; temp: string }
  | { kind: "io"; target: string; message: string };

/**
 * Writes bytes to `target` atomically: into a temporary file in the same folder, then renamed over the
 * target, so a failure never leaves a half-written file. Refuses to overwrite one of `inputs`
 * (compared by real path) and, unless `force`, any existing file. When the target is locked (open in
 * Excel: EBUSY/EPERM), the temporary file is kept and named in the problem.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array | string, options: { force: boolean; inputs: readonly string[] }): Promise<WriteProblem | undefined> {
  const targetReal = await realTarget(target);
  for (const input of options.inputs) {
    const inputReal = await realpath(input).catch(() => resolve(input));
    if (inputReal === targetReal) return { kind: "is-input", target };
  }
  if (!options.force && (await exists(target))) return { kind: "exists", target };
  const temp = join(dirname(targetReal), `.${basename(targetReal)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    return { kind: "io", target, message: errorMessage(error) };
  }
  try {
    await rename(temp, targetReal);
    return undefined;
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    if (code === "EBUSY" || code === "EPERM" || code === "EACCES") return { kind: "locked", target, temp };
    await unlink(temp).catch(() => undefined);
    return { kind: "io", target, message: errorMessage(error) };
  }
}

async function realTarget(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch {
    const folder = await realpath(dirname(resolve(target))).catch(() => dirname(resolve(target)));
    return join(folder, basename(target));
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
