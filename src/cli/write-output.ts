import { writeFileAtomic } from "../write/atomic-write.js";
import type { Lang } from "../write/diagnostic-message.js";
import type { CliIo } from "./io.js";
import { writeProblemText } from "./write-problem-text.js";

/**
 * Writes one output of a command atomically, never over `inputs` (nor an existing file without
 * `force`): says why on stderr when it cannot, else `Đã ghi <file>.` unless `quiet`. Returns whether
 * the file was written; the caller then exits with its usage code when it was not.
 */
export async function writeOutput(
  io: CliIo,
  file: string,
  bytes: Uint8Array | string,
  options: { readonly force: boolean; readonly inputs: readonly string[]; readonly lang: Lang; readonly quiet?: boolean | undefined },
): Promise<boolean> {
  const problem = await writeFileAtomic(file, bytes, { force: options.force, inputs: options.inputs });
  if (problem) {
    io.stderr.write(writeProblemText(problem, options.lang));
    return false;
  }
  if (!options.quiet) io.stderr.write(options.lang === "vi" ? `Đã ghi ${file}.\n` : `Written: ${file}.\n`);
  return true;
}
