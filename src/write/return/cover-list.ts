import type { NotFormFile } from "../../aggregate/roster.js";
import { excelText } from "../../data/text.js";
import type { Lang } from "../diagnostic-message.js";
import { ALIGN } from "../report-sheet.js";
import { notFormText } from "../status-lines.js";
import { terminalTable } from "../terminal-table.js";
import { fontsOf, LANDSCAPE_PAGE_XML } from "../workbook-style.js";
import { SheetXml } from "../xlsx/sheet-xml.js";
import { styleTable } from "../xlsx/style-table.js";
import { xlsxPackage } from "../xlsx/xlsx-package.js";

/** The cover list's file in the output folder; no returned copy takes its name. */
export const COVER_LIST_FILE = "danh-sach.xlsx";

/** One line of the cover list: the agencies, the file received, the copy returned, the counts, the main findings. */
export interface CoverLine {
  readonly agencies: readonly string[];
  readonly file: string;
  /** The returned copy's file name in the output folder. */
  readonly name: string;
  readonly errors: number;
  readonly warnings: number;
  /** The three most important findings in words. */
  readonly top: readonly string[];
}

/** The returned files counted for the summary line: all, with errors, with warnings only, valid. */
interface CoverCounts {
  readonly files: number;
  readonly withErrors: number;
  readonly warningsOnly: number;
  readonly valid: number;
}

const WORDS = {
  vi: {
    sheet: "Danh sách trả lại",
    title: "DANH SÁCH BIỂU MẪU TRẢ LẠI CÁC CƠ QUAN, ĐƠN VỊ ĐỂ HOÀN THIỆN",
    headings: ["TT", "Cơ quan, đơn vị", "Tệp đã nhận", "Tệp trả lại", "Lỗi", "Cảnh báo", "Vấn đề chính"],
    valid: "hợp lệ",
    unanswered: "Không trả lại được (không đọc được biểu mẫu); cần liên hệ nơi gửi:",
    summary: ({ files, withErrors, warningsOnly, valid }: CoverCounts) =>
      files === 0
        ? "Không có biểu mẫu nào cần trả lại."
        : `${files} tệp trả lại: ${withErrors} có lỗi, ${warningsOnly} chỉ có cảnh báo${valid > 0 ? `, ${valid} hợp lệ (thông báo)` : ""}.`,
  },
  en: {
    sheet: "Returned forms",
    title: "FORMS RETURNED TO THE AGENCIES FOR CORRECTION",
    headings: ["No.", "Agency", "File received", "File returned", "Errors", "Warnings", "Main findings"],
    valid: "valid",
    unanswered: "Not returned (no form could be read); contact the sender:",
    summary: ({ files, withErrors, warningsOnly, valid }: CoverCounts) =>
      files === 0
        ? "No form needs to go back."
        : `${files} file(s) returned: ${withErrors} with errors, ${warningsOnly} with warnings only${valid > 0 ? `, ${valid} valid (a note)` : ""}.`,
  },
} as const;

/** The most characters of one finding the terminal table shows; the workbook shows it whole. */
const SHOWN_IN_TERMINAL = 90;

/** The summary line under the cover list. */
export function coverSummary(lines: readonly CoverLine[], lang: Lang): string {
  const withErrors = lines.filter((line) => line.errors > 0).length;
  const valid = lines.filter((line) => line.errors + line.warnings === 0).length;
  return WORDS[lang].summary({ files: lines.length, withErrors, warningsOnly: lines.length - withErrors - valid, valid });
}

/**
 * What the files that hold no form (`unanswered`: unreadable, no form found, a blank template) are,
 * one line each, under a heading: no copy goes back for them, the officer writes to their senders.
 */
function unansweredLines(unanswered: readonly NotFormFile[], lang: Lang): string[] {
  return unanswered.length === 0 ? [] : [WORDS[lang].unanswered, ...unanswered.map((file) => `  ${notFormText(file, lang)}`)];
}

/** The kinds of files that are not forms whose senders must hear of it (not our own outputs, not copies). */
export function needsAnswer(file: NotFormFile): boolean {
  return file.kind === "unreadable" || file.kind === "no-form" || file.kind === "blank";
}

/**
 * The cover list as a terminal table (`budget return` on stdout), the summary line under it, then the
 * files that hold no form, which get no copy.
 */
export function coverListAsTable(
  lines: readonly CoverLine[],
  options: { readonly color: boolean; readonly lang: Lang; readonly unanswered?: readonly NotFormFile[] },
): string {
  const words = WORDS[options.lang];
  const after = [coverSummary(lines, options.lang), ...unansweredLines(options.unanswered ?? [], options.lang)];
  if (lines.length === 0) return `${after.join("\n")}\n`;
  const rows = lines.map((line, i) => [
    String(i + 1),
    line.agencies.join("\n"),
    line.name,
    String(line.errors),
    String(line.warnings),
    line.top.length === 0
      ? words.valid
      : line.top.map((text) => (text.length > SHOWN_IN_TERMINAL ? `${text.slice(0, SHOWN_IN_TERMINAL - 1)}…` : text)).join("\n"),
  ]);
  const head = [words.headings[0], words.headings[1], words.headings[3], words.headings[4], words.headings[5], words.headings[6]];
  const table = terminalTable({ head, rows, align: ["left", "left", "left", "right", "right", "left"], rowRules: true }, { color: options.color });
  return `${table}\n${after.join("\n")}\n`;
}

const [BOLD_14, BOLD_12, PLAIN_12] = [1, 2, 3];
const STYLES = styleTable(
  fontsOf([
    ["", 12],
    ["b", 14],
    ["b", 12],
    ["", 12],
  ]),
  [
    { font: 0 },
    { font: BOLD_14, alignment: ALIGN.centreBoth },
    { font: BOLD_12, border: true, alignment: ALIGN.centreBoth },
    { font: PLAIN_12, border: true, alignment: ALIGN.wrapTop },
    { font: PLAIN_12, border: true, alignment: ALIGN.centreTop },
    { font: PLAIN_12 },
  ],
);
const S = { title: 1, heading: 2, text: 3, count: 4, note: 5 } as const;
const HEADER_ROW = 3;

/**
 * The cover list as a printable workbook (`tra-lai/danh-sach.xlsx`), for the officer's cover letter:
 * one row per returned file with its agencies, the file received and returned, the counts and the
 * main findings, each on its own line; A4 landscape, the heading repeated on every page. Stamped `date`.
 */
export async function coverListAsXlsx(lines: readonly CoverLine[], options: { readonly lang: Lang; readonly date: Date }): Promise<Uint8Array> {
  const words = WORDS[options.lang];
  const sheet = new SheetXml(
    {
      columns: [{ width: 5 }, { width: 36 }, { width: 30 }, { width: 30 }, { width: 7 }, { width: 10 }, { width: 80 }],
      frozenRows: HEADER_ROW,
      gridLines: false,
      summaryAbove: false,
      rowHeight: 15.75,
      page: LANDSCAPE_PAGE_XML,
    },
    STYLES,
  );
  sheet.row(1).text(1, words.title, S.title);
  for (let c = 2; c <= words.headings.length; c++) sheet.blank(c, S.title);
  sheet.merge(1, 1, 1, words.headings.length);
  sheet.row(HEADER_ROW);
  words.headings.forEach((heading, i) => {
    sheet.text(i + 1, heading, S.heading);
  });
  let row = HEADER_ROW;
  lines.forEach((line, i) => {
    sheet
      .row(++row)
      .number(1, i + 1, S.count)
      .text(2, excelText(line.agencies.join("\n")), S.text)
      .text(3, excelText(line.file), S.text)
      .text(4, excelText(line.name), S.text)
      .number(5, line.errors, S.count)
      .number(6, line.warnings, S.count)
      .text(7, excelText(line.top.length === 0 ? words.valid : line.top.map((text) => `– ${text}`).join("\n")), S.text);
  });
  sheet.row(row + 2).text(1, coverSummary(lines, options.lang), S.note);
  return xlsxPackage([{ name: words.sheet, xml: sheet.xml(), printTitles: [HEADER_ROW, HEADER_ROW] }], options.date, { styles: STYLES.xml });
}
