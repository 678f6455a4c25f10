import { join } from "node:path";
import { returnPackets } from "../api/return.js";
import { outputDate } from "../write/appendix/output-date.js";
import { makeOutputFolder, outputFolderProblem, writeFileAtomic } from "../write/atomic-write.js";
import { COVER_LIST_FILE, coverListAsTable, coverListAsXlsx, needsAnswer } from "../write/return/cover-list.js";
import { EXIT } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { type ReadCommandOptions, runReadCommand } from "./read-command.js";
import { wantsColor } from "./terminal.js";
import { writeProblemText } from "./write-problem-text.js";

/** Options of `budget return`. */
export interface ReturnOptions extends ReadCommandOptions {
  /** `-o`: the folder the copies go into. */
  readonly output: string;
  readonly all: boolean;
  /** `--show-comments`: every comment open beside its cell. */
  readonly showComments: boolean;
  readonly force: boolean;
}

/**
 * Runs `budget return`: reads the forms received, and writes into the output folder (new or empty,
 * unless `--force`) one annotated copy per agency with findings (with `--all` a note to the others),
 * each atomically, and the cover list `danh-sach.xlsx`, which is also printed. Diagnostics go to stderr
 * as for `consolidate`. Exit 0 when written (1 when forms have errors, as `check`), 2 on usage or I/O errors.
 */
export async function runReturn(inputs: readonly string[], options: ReturnOptions, io: CliIo): Promise<number> {
  const vi = options.lang === "vi";
  const folderProblem = await outputFolderProblem(options.output, { force: options.force });
  if (folderProblem) {
    io.stderr.write(writeProblemText(folderProblem, options.lang));
    return EXIT.usage;
  }
  const date = outputDate(io.env);
  return runReadCommand(inputs, options, io, {
    read: (files, readOptions) => returnPackets(files, { ...readOptions, lang: options.lang, all: options.all, showComments: options.showComments, date }),
    reports: (result) => result.files,
    finish: async (result, active, exitCode) => {
      const made = await makeOutputFolder(options.output);
      if (made) {
        io.stderr.write(writeProblemText(made, options.lang));
        return EXIT.usage;
      }
      const given = [...result.files.map((f) => f.file), ...(active.file ? [active.file] : [])];
      for (const packet of result.packets) {
        const target = join(options.output, packet.name);
        const problem = await writeFileAtomic(target, packet.bytes, { force: options.force, inputs: given });
        if (problem) {
          io.stderr.write(writeProblemText(problem, options.lang));
          return EXIT.usage;
        }
      }
      const cover = join(options.output, COVER_LIST_FILE);
      const problem = await writeFileAtomic(cover, await coverListAsXlsx(result.packets, { lang: options.lang, date }), {
        force: options.force,
        inputs: given,
      });
      if (problem) {
        io.stderr.write(writeProblemText(problem, options.lang));
        return EXIT.usage;
      }
      const unanswered = result.roster.notForms.filter(needsAnswer);
      io.stdout.write(coverListAsTable(result.packets, { color: wantsColor(io.stdout, options.color, io.env), lang: options.lang, unanswered }));
      if (!options.quiet) {
        const count = result.packets.length + 1;
        io.stderr.write(vi ? `Đã ghi ${count} tệp vào ${options.output}.\n` : `Written: ${count} file(s) into ${options.output}.\n`);
      }
      return exitCode;
    },
  });
}
