import { extname, resolve } from "node:path";
import { type WriteProblem, writeFileAtomic } from "../write/atomic-write.js";
import { consolidatedRows, type RowsInput } from "../write/consolidated-rows.js";
import { csvFileText } from "../write/csv-file.js";
import type { Lang } from "../write/diagnostic-message.js";
import { rowsAsCsv } from "../write/rows-as-csv.js";
import { rowsAsJson } from "../write/rows-as-json.js";
import { extensionProblem } from "./output-checks.js";

/** Where and how `budget consolidate --rows` writes the consolidated rows. */
export interface RowsTarget {
  readonly file: string;
  readonly format: "csv" | "json";
}

/**
 * The rows target of `--rows <file>` (format from `--rows-format`, else the file's extension), or the
 * reason it cannot be used, in `lang`: no format known, an extension that names another format
 * (`rows.xlsx`, or `rows.json` with `--rows-format csv`), or the same file as the workbook `-o`.
 * `--rows-format` names the format of a file whose extension says none (`.txt`, or no extension).
 */
export function rowsTarget(file: string, forced: string | undefined, output: string, lang: Lang): RowsTarget | { problem: string } {
  const vi = lang === "vi";
  const ext = extname(file).toLowerCase();
  const format = forced === "csv" || forced === "json" ? forced : ext === ".csv" ? "csv" : ext === ".json" ? "json" : undefined;
  if (format === undefined) {
    const problem = extensionProblem("--rows", file, [".csv", ".json"], lang) ?? "";
    if (ext !== "" && ext !== ".txt") return { problem };
    return { problem: problem.replace(/\n$/, vi ? " (hoặc thêm --rows-format csv|json)\n" : " (or add --rows-format csv|json)\n") };
  }
  if (forced !== undefined && !["", ".txt", `.${format}`].includes(ext)) {
    return {
      problem: vi
        ? `--rows-format ${format}: không ghi ${format.toUpperCase()} vào tệp ${ext}: ${file}. Đặt tên tệp .${format} (hoặc .txt).\n`
        : `--rows-format ${format}: ${format.toUpperCase()} is not written to a ${ext} file: ${file}. Name it .${format} (or .txt).\n`,
    };
  }
  if (resolve(file) === resolve(output)) return { problem: vi ? `--rows và -o là cùng một tệp: ${file}\n` : `--rows and -o are the same file: ${file}\n` };
  return { file, format };
}

/**
 * Writes the consolidated rows atomically (CSV behind a UTF-8 BOM, for Excel), refusing to overwrite an input, the workbook just written,
 * or (unless `force`) any existing file. Returns why it was not written, or undefined.
 */
export async function writeRows(
  result: RowsInput,
  target: RowsTarget,
  options: { force: boolean; protect: readonly string[] },
): Promise<WriteProblem | undefined> {
  const rows = consolidatedRows(result);
  const text = target.format === "csv" ? csvFileText(rowsAsCsv(rows, result.plan.taskGroups)) : rowsAsJson(rows);
  return writeFileAtomic(target.file, text, { force: options.force, inputs: options.protect });
}
