import { readReview, review, reviewWorkbook } from "../api/review.js";
import type { ReviewDecision } from "../parse/review-decisions.js";
import { outputDate } from "../write/appendix/output-date.js";
import { outputProblem, writeFileAtomic } from "../write/atomic-write.js";
import { EXIT } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { extensionProblem } from "./output-checks.js";
import { type ReadCommandOptions, runReadCommand } from "./read-command.js";
import { writeProblemText } from "./write-problem-text.js";

/** Options of `budget review`. */
export interface ReviewOptions extends ReadCommandOptions {
  /** `--init`: make a new review workbook from the forms (the only mode so far). */
  readonly init: boolean;
  readonly output: string;
  readonly force: boolean;
}

/**
 * Runs `budget review --init <inputs…> -o tham-dinh.xlsx`: reads the forms as `consolidate` does and
 * writes the review workbook (atomically), diagnostics on stderr. When `-o` is a review workbook
 * already (filled in by an officer), its decisions are read first and carried over: kept where the
 * item requests what it did, marked where the request changed, listed under the table where the item
 * is gone; such a workbook is updated without `--force`. Exit as `consolidate`: 0 clean, 1 findings
 * (the workbook still written), 2 on a usage or I/O error. Without `--init` it says so and exits 2.
 */
export async function runReview(inputs: readonly string[], options: ReviewOptions, io: CliIo): Promise<number> {
  const vi = options.lang === "vi";
  if (!options.init) {
    io.stderr.write(
      vi
        ? "budget review: cần --init (lập bảng thẩm định mới từ các biểu mẫu): budget review --init de-xuat/ -o tham-dinh.xlsx\n"
        : "budget review: --init is needed (make a new review workbook from the forms): budget review --init de-xuat/ -o tham-dinh.xlsx\n",
    );
    return EXIT.usage;
  }
  const output = options.output;
  const extension = extensionProblem("-o", output, [".xlsx"], options.lang);
  if (extension) {
    io.stderr.write(extension);
    return EXIT.usage;
  }
  const given = [...inputs, ...(options.plan ? [options.plan] : [])];
  let decisions: readonly ReviewDecision[] | undefined;
  const problem = await outputProblem(output, { force: options.force, inputs: given });
  if (problem?.kind === "exists") {
    const previous = await readReview(output);
    if (!previous.ok) {
      io.stderr.write(writeProblemText(problem, options.lang));
      return EXIT.usage;
    }
    decisions = previous.decisions;
  } else if (problem) {
    io.stderr.write(writeProblemText(problem, options.lang));
    return EXIT.usage;
  }
  return runReadCommand(inputs, options, io, {
    read: (files, readOptions) => review(files, { ...readOptions, outputs: [output], decisions }),
    reports: (result) => result.files,
    finish: async (result, active, exitCode) => {
      const bytes = await reviewWorkbook(result, { lang: options.lang, date: outputDate(io.env) });
      const problem = await writeFileAtomic(output, bytes, {
        force: options.force || decisions !== undefined,
        inputs: [...result.files.map((f) => f.file), ...(active.file ? [active.file] : [])],
      });
      if (problem) {
        io.stderr.write(writeProblemText(problem, options.lang));
        return EXIT.usage;
      }
      if (!options.quiet) {
        const lines = result.review.lines.filter((line) => line.approvable);
        io.stderr.write(vi ? `Đã ghi ${output} (${lines.length} dòng cần thẩm định).\n` : `Written: ${output} (${lines.length} lines to review).\n`);
        if (decisions !== undefined) {
          const kept = lines.filter((line) => line.decision?.state === "kept").length;
          const changed = lines.filter((line) => line.decision?.state === "request-changed").length;
          const gone = result.review.orphans.length;
          io.stderr.write(
            vi
              ? `Giữ ${kept} ý kiến thẩm định; ${changed} mục đã đổi đề xuất (tô cam, cần xem lại); ${gone} ý kiến cho mục không còn (ghi dưới bảng).\n`
              : `Kept ${kept} decisions; ${changed} items whose request changed (orange, to check again); ${gone} decisions for items gone (listed under the table).\n`,
          );
        }
      }
      return exitCode;
    },
  });
}
