import { realpath } from "node:fs/promises";
import { resolve } from "node:path";

/**
 * A path's real path (links resolved), or its absolute path when it does not exist yet: what lets a
 * run tell that a folder it reads holds the very file it is about to write.
 */
export async function realOrResolved(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}
