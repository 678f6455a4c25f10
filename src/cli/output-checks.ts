import { extname } from "node:path";
import { outputProblem } from "../write/atomic-write.js";
import type { Lang } from "../write/diagnostic-message.js";
import type { CliIo } from "./io.js";
import { writeProblemText } from "./write-problem-text.js";

/**
 * Why `file` cannot be an output of `flag`, which writes only the given extensions (`.xlsx`…), in
 * `lang`; undefined when its extension is one of them. A name without an extension is refused too: the
 * bytes would be one format under a name that says none (a workbook called `phu-luc`, or `phu-luc.pdf`).
 */
export function extensionProblem(flag: string, file: string, extensions: readonly string[], lang: Lang): string | undefined {
  const ext = extname(file).toLowerCase();
  if (extensions.includes(ext)) return undefined;
  const vi = lang === "vi";
  const last = extensions.at(-1) ?? "";
  const list = extensions.length > 1 ? `${extensions.slice(0, -1).join(", ")}${vi ? " hoặc " : " or "}${last}` : last;
  const given = ext === "" ? (vi ? "tên không có phần mở rộng" : "a name without an extension") : ext;
  return vi ? `${flag}: chỉ ghi được tệp ${list}, không ghi được ${given}: ${file}\n` : `${flag}: only ${list} can be written, not ${given}: ${file}\n`;
}

/**
 * Checks, before anything is read, that every output can be written: its folder exists, it is not a
 * folder, not one of `inputs` (the paths given, and the plan file), and, without `force`, not an
 * existing file. Prints why the first one that cannot be written cannot, and returns false then.
 */
export async function outputsWritable(
  outputs: readonly string[],
  options: { force: boolean; inputs: readonly string[]; lang: Lang },
  io: CliIo,
): Promise<boolean> {
  for (const output of outputs) {
    const problem = await outputProblem(output, options);
    if (problem) {
      io.stderr.write(writeProblemText(problem, options.lang));
      return false;
    }
  }
  return true;
}
