import { extname, resolve } from "node:path";
import { type ApprovalTotals, approvedTotals } from "../aggregate/approvals.js";
import { appendixPdf, appendixWorkbook, auditWorkbook, consolidate } from "../api/consolidate.js";
import { APPENDIX_COLUMN_NAMES, type AppendixColumnName, parseAppendixColumns } from "../data/appendix-columns.js";
import type { Money } from "../data/money.js";
import { outputDate } from "../write/appendix/output-date.js";
import { formatAmountIn } from "../write/table-words.js";
import { approvedDecisions } from "./approved-decisions.js";
import { rowsTarget, writeRows } from "./consolidate-rows.js";
import { EXIT } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { extensionProblem, outputsWritable } from "./output-checks.js";
import { printTotals } from "./print-totals.js";
import { type ReadCommandOptions, runReadCommand } from "./read-command.js";
import { writeOutput } from "./write-output.js";
import { writeProblemText } from "./write-problem-text.js";

/** Options of `budget consolidate`. */
export interface ConsolidateOptions extends ReadCommandOptions {
  readonly output: string;
  readonly force: boolean;
  readonly format: string;
  /** `--title` and `--ref`: the appendix's title and reference line instead of the plan's. */
  readonly title?: string | undefined;
  readonly reference?: string | undefined;
  /** The `--rows` file (.csv or .json) for the consolidated rows, when given. */
  readonly rows?: string | undefined;
  /** `--rows-format csv|json`, overriding the `--rows` file's extension. */
  readonly rowsFormat?: string | undefined;
  /** The `--pdf` file: the appendix as a PDF, beside the workbook. */
  readonly pdf?: string | undefined;
  /** `--number`: the appendix's number, after its label (`Phụ lục II`). */
  readonly number?: string | undefined;
  /** `--columns`: the appendix's columns as typed (`tt,noi-dung,tong`), checked before anything is read. */
  readonly columns?: string | undefined;
  /** `--no-audit` makes this false: the workbook without its `Kiểm tra` and `Nguồn` sheets. */
  readonly audit?: boolean | undefined;
  /** `--audit-file`: the `Kiểm tra` and `Nguồn` sheets in a workbook of their own, left out of `-o`'s. */
  readonly auditFile?: string | undefined;
  /** `--approved`: the review workbook whose approved figures are checked against the forms (BC414–BC417). */
  readonly approved?: string | undefined;
}

/** The columns `--columns` names, or the usage error naming the valid ones, in `lang`. */
function chosenColumns(list: string | undefined, lang: "vi" | "en"): { columns: readonly AppendixColumnName[] | undefined } | { problem: string } {
  if (list === undefined) return { columns: undefined };
  const parsed = parseAppendixColumns(list);
  if ("columns" in parsed) return { columns: parsed.columns };
  const valid = APPENDIX_COLUMN_NAMES.join(", ");
  const vi = lang === "vi";
  const what =
    parsed.unknown.length > 0
      ? vi
        ? `--columns: không có cột ${parsed.unknown.map((name) => `"${name}"`).join(", ")}`
        : `--columns: no column ${parsed.unknown.map((name) => `"${name}"`).join(", ")}`
      : parsed.repeated.length > 0
        ? vi
          ? `--columns: cột ${parsed.repeated.map((name) => `"${name}"`).join(", ")} ghi hai lần`
          : `--columns: column ${parsed.repeated.map((name) => `"${name}"`).join(", ")} given twice`
        : vi
          ? "--columns: chưa có cột nào"
          : "--columns: no column given";
  return { problem: vi ? `${what}. Các cột: ${valid}.\n` : `${what}. The columns: ${valid}.\n` };
}

/**
 * What `consolidate` writes: the workbook (unless `-o` names a PDF), the PDF (`-o x.pdf` or `--pdf`)
 * and the audit workbook (`--audit-file`).
 */
interface AppendixTargets {
  readonly workbook?: string | undefined;
  readonly pdf?: string | undefined;
  readonly audit?: string | undefined;
}

/** The targets with the `--audit-file` workbook, or why it cannot be one, in `lang`. */
function withAuditFile(targets: AppendixTargets, file: string | undefined, lang: "vi" | "en"): AppendixTargets | { problem: string } {
  if (file === undefined) return targets;
  const wrong = extensionProblem("--audit-file", file, [".xlsx"], lang);
  if (wrong) return { problem: wrong };
  const taken = [targets.workbook, targets.pdf].find((other) => other !== undefined && resolve(other) === resolve(file));
  if (taken !== undefined)
    return {
      problem:
        lang === "vi"
          ? `--audit-file và -o cùng là một tệp (${file}): các trang Kiểm tra và Nguồn cần một tệp riêng, ví dụ phu-luc-kiem-tra.xlsx.\n`
          : `--audit-file and -o are the same file (${file}): the Kiểm tra and Nguồn sheets need a file of their own, e.g. phu-luc-kiem-tra.xlsx.\n`,
    };
  return { ...targets, audit: file };
}

/**
 * The files `-o` and `--pdf` ask for, or why not, in `lang`: `-o` writes a workbook (.xlsx), or the PDF
 * instead when it names one (.pdf); `--pdf` names a .pdf, written beside the workbook.
 */
function appendixTargets(options: ConsolidateOptions): AppendixTargets | { problem: string } {
  const vi = options.lang === "vi";
  const wrongExtension = extensionProblem("-o", options.output, [".xlsx", ".pdf"], options.lang);
  if (wrongExtension) {
    // Someone asking for a CSV or JSON file most likely wants the totals or the rows, which are written so.
    const wanted = /\.(csv|json)$/i.test(options.output)
      ? vi
        ? "Bảng tổng dạng CSV/JSON: --format csv > tong.csv; các dòng: --rows cac-dong.csv.\n"
        : "The totals as CSV/JSON: --format csv > totals.csv; the rows: --rows rows.csv.\n"
      : "";
    return { problem: wrongExtension + wanted };
  }
  const outputIsPdf = extname(options.output).toLowerCase() === ".pdf";
  if (options.pdf === undefined) return outputIsPdf ? { pdf: options.output } : { workbook: options.output };
  const wrongPdf = extensionProblem("--pdf", options.pdf, [".pdf"], options.lang);
  if (wrongPdf) return { problem: wrongPdf };
  if (outputIsPdf || resolve(options.pdf) === resolve(options.output))
    return {
      problem: vi
        ? `--pdf và -o đều là tệp PDF (${options.output}): -o ghi bảng tính .xlsx, --pdf ghi PDF bên cạnh; hoặc chỉ -o phu-luc.pdf.\n`
        : `--pdf and -o are both a PDF (${options.output}): -o writes the .xlsx workbook, --pdf the PDF beside it; or -o phu-luc.pdf alone.\n`,
    };
  return { workbook: options.output, pdf: options.pdf };
}

/**
 * Runs `budget consolidate`: checks that the workbook `-o` (and the `--pdf`, `--rows` files) can be written before
 * reading anything, reads and checks every input, prints the totals to stdout and the diagnostics to
 * stderr, writes the appendix workbook (or PDF, and the `--rows` export) atomically and says where. Returns
 * the exit code.
 */
export async function runConsolidate(inputs: readonly string[], options: ConsolidateOptions, io: CliIo): Promise<number> {
  const vi = options.lang === "vi";
  const asked = appendixTargets(options);
  const targets = "problem" in asked ? asked : withAuditFile(asked, options.auditFile, options.lang);
  if ("problem" in targets) {
    io.stderr.write(targets.problem);
    return EXIT.usage;
  }
  const chosen = chosenColumns(options.columns, options.lang);
  if ("problem" in chosen) {
    io.stderr.write(chosen.problem);
    return EXIT.usage;
  }
  const written = [targets.workbook, targets.pdf, targets.audit].filter((file) => file !== undefined);
  const rows = options.rows === undefined ? undefined : rowsTarget(options.rows, options.rowsFormat, options.output, options.lang);
  if (rows && "problem" in rows) {
    io.stderr.write(rows.problem);
    return EXIT.usage;
  }
  // The plan file is an input too: `-o plan.json --force` must not replace it with a workbook; so is the review workbook.
  const given = [...inputs, ...(options.plan ? [options.plan] : []), ...(options.approved ? [options.approved] : [])];
  if (!(await outputsWritable([...written, ...(rows ? [rows.file] : [])], { force: options.force, inputs: given, lang: options.lang }, io))) return EXIT.usage;
  const approved = options.approved === undefined ? undefined : await approvedDecisions(options.approved, options.lang, io);
  if (approved === null) return EXIT.usage;
  return runReadCommand(inputs, options, io, {
    // The files this run writes are never read, even from a folder given as input (last run's appendix).
    read: async (files, readOptions) => ({
      ...(await consolidate(files, { ...readOptions, approved, outputs: [...written, ...(rows ? [rows.file] : [])] })),
      otherFiles: approved === undefined ? 0 : 1,
    }),
    reports: (result) => result.files,
    finish: async (result, active, exitCode) => {
      // An input that could not be opened at all is a usage error: an appendix without it would mislead.
      if (exitCode === EXIT.usage) return exitCode;
      const approvedSums = result.approvals ? approvedTotals(result.consolidation, result.approvals) : undefined;
      printTotals(result.consolidation, result.diagnostics, options.format, options.color, io, options.lang, approvedSums);
      if (result.approvals && options.approved && !options.quiet) io.stderr.write(approvalLine(options.approved, result.approvals.totals, options.lang));
      const inputFiles = [...result.files.map((f) => f.file), ...(options.plan ? [options.plan] : []), ...(options.approved ? [options.approved] : [])];
      const titles = { title: options.title, reference: options.reference, date: outputDate(io.env), columns: chosen.columns, number: options.number };
      const appendices: { file: string; bytes: () => Promise<Uint8Array> }[] = [
        ...(targets.workbook
          ? [
              {
                file: targets.workbook,
                bytes: () => appendixWorkbook(result, { lang: options.lang, ...titles, audit: options.audit !== false && targets.audit === undefined }),
              },
            ]
          : []),
        ...(targets.audit ? [{ file: targets.audit, bytes: () => auditWorkbook(result, { lang: options.lang, date: titles.date }) }] : []),
        ...(targets.pdf ? [{ file: targets.pdf, bytes: () => appendixPdf(result, titles) }] : []),
      ];
      for (const [i, appendix] of appendices.entries()) {
        // Never over an input, nor over the appendix just written.
        const protect = [...inputFiles, ...appendices.slice(0, i).map((a) => a.file)];
        const wrote = await writeOutput(io, appendix.file, await appendix.bytes(), {
          force: options.force,
          inputs: protect,
          lang: options.lang,
          quiet: options.quiet,
        });
        if (!wrote) return EXIT.usage;
      }
      const rowsProblem =
        rows &&
        (await writeRows(result, rows, {
          force: options.force,
          protect: [...result.files.map((f) => f.file), ...written, ...(active.file ? [active.file] : [])],
        }));
      if (rowsProblem) {
        io.stderr.write(writeProblemText(rowsProblem, options.lang));
        return EXIT.usage;
      }
      if (rows && !options.quiet) io.stderr.write(vi ? `Đã ghi ${rows.file}.\n` : `Written: ${rows.file}.\n`);
      return exitCode;
    },
  });
}

/** The line on the review workbook: how many lines have an approved figure, what they request and what is approved. */
function approvalLine(file: string, totals: ApprovalTotals, lang: "vi" | "en"): string {
  const amount = (value: Money) => formatAmountIn(value, lang);
  const difference = totals.requestedOfApproved.minus(totals.approved);
  return lang === "vi"
    ? `Thẩm định (${file}): ${totals.approvedLines}/${totals.lines} dòng có số thẩm định, ${amount(totals.approved)} trên ${amount(totals.requestedOfApproved)} đề xuất (giảm ${amount(difference)}); tổng đề xuất ${amount(totals.requested)}.\n`
    : `Review (${file}): ${totals.approvedLines}/${totals.lines} lines approved, ${amount(totals.approved)} of ${amount(totals.requestedOfApproved)} requested (${amount(difference)} less); all requests ${amount(totals.requested)}.\n`;
}
