import { stat } from "node:fs/promises";

/**
 * When each file was last modified, by path; a path that cannot be looked at (gone since it was
 * read, or a file given in memory) is left out. What `budget status` takes as the time a form was
 * received when the form states no date of its own.
 */
export async function fileModifiedTimes(paths: readonly string[]): Promise<ReadonlyMap<string, Date>> {
  const times = new Map<string, Date>();
  await Promise.all(
    paths.map(async (path) => {
      const found = await stat(path).catch(() => undefined);
      if (found?.isFile()) times.set(path, found.mtime);
    }),
  );
  return times;
}
