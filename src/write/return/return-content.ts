import { basename } from "node:path";
import type { Diagnostic } from "../../data/diagnostic.js";
import { excelText } from "../../data/text.js";
import { cellReference, diagnosticHint, diagnosticMessage, type Lang } from "../diagnostic-message.js";
import { diagnosticDetails, SEVERITY_WORDS } from "../diagnostics-as-text.js";
import type { Annotations } from "./annotate-package.js";
import type { CellComment } from "./comments-xml.js";
import { placeOf } from "./sheet-edit.js";

/** One file returned to its agency: the file as read, the agencies in it, its findings, and its format when it is converted. */
export interface ReturnedForm {
  readonly file: string;
  readonly agencies: readonly string[];
  /** The findings to return, errors first (see {@link returnedFindings}). */
  readonly diagnostics: readonly Diagnostic[];
  /** `.xls`, `.ods`, `.csv`…: the format of a file that comes back as a new .xlsx built from what was read. */
  readonly convertedFrom?: string | undefined;
}

const WORDS = {
  vi: {
    sheet: "Kết quả kiểm tra",
    title: "KẾT QUẢ KIỂM TRA BIỂU MẪU ĐỀ XUẤT",
    agency: (names: string) => `Cơ quan, đơn vị: ${names}`,
    file: (file: string) => `Tệp đã nhận: ${file}`,
    counts: (errors: number, warnings: number) =>
      errors + warnings === 0 ? "Biểu mẫu hợp lệ: không có lỗi, không có cảnh báo." : `Có ${errors} lỗi và ${warnings} cảnh báo, liệt kê dưới đây.`,
    converted: (format: string) =>
      `Tệp gốc ở định dạng ${format}; bản trả lại là tệp .xlsx dựng lại từ dữ liệu đã đọc (giá trị, công thức, định dạng số, ô gộp), không giữ phông chữ, màu và độ rộng cột của tệp gốc.`,
    headings: ["TT", "Mức độ", "Mã", "Ô", "Nội dung", "Cách sửa"],
    next: [
      "Việc cần làm tiếp:",
      '1. Mở từng ô tô vàng (bấm vào ô ở cột "Ô"), đọc ghi chú của ô và sửa theo hướng dẫn.',
      "2. Sửa xong, lưu tệp; không cần xoá trang này hay ghi chú.",
      "3. Gửi lại tệp cho cơ quan tổng hợp (Sở Khoa học và Công nghệ).",
    ],
    valid: ["Không cần sửa gì. Biểu mẫu đã được nhận để tổng hợp."],
    nowhere: "—",
    more: (n: number) => ` (và ${n} chỗ khác)`,
  },
  en: {
    sheet: "Check results",
    title: "RESULTS OF CHECKING THE PROPOSAL FORM",
    agency: (names: string) => `Agency: ${names}`,
    file: (file: string) => `File received: ${file}`,
    counts: (errors: number, warnings: number) =>
      errors + warnings === 0 ? "The form is valid: no errors, no warnings." : `${errors} error(s) and ${warnings} warning(s), listed below.`,
    converted: (format: string) =>
      `The original file is ${format}; this copy is a new .xlsx built from what was read (values, formulas, number formats, merged cells), without the original's fonts, colours and column widths.`,
    headings: ["No.", "Severity", "Code", "Cell", "Message", "How to fix"],
    next: [
      "What to do next:",
      '1. Go to each highlighted cell (click it in the "Cell" column), read its comment and fix it as it says.',
      "2. Save the file; there is no need to delete this sheet or the comments.",
      "3. Send the file back to the consolidating office (Department of Science and Technology).",
    ],
    valid: ["Nothing to fix. The form has been received for consolidation."],
    nowhere: "—",
    more: (n: number) => ` (and ${n} more)`,
  },
} as const;

/** The name of the results sheet in a language. */
export function resultsSheetName(lang: Lang): string {
  return WORDS[lang].sheet;
}

/**
 * The findings of a file that go back to its agency: errors and warnings (notes stay with the
 * officer), errors first, in the run's order within each; BC405 (the agency in two files) is the
 * officer's matter, as the roster shows it as a newer file superseding an older one.
 */
export function returnedFindings(diagnostics: readonly Diagnostic[], file: string): Diagnostic[] {
  const own = diagnostics.filter((d) => d.file === file && d.severity !== "info" && d.code !== "BC405");
  return [...own.filter((d) => d.severity === "error"), ...own.filter((d) => d.severity === "warning")];
}

/**
 * The most important findings of a file in words, for the cover letter: one line per code, the codes in
 * the order of their first finding (errors come first), at most `count`; a code found in several places
 * gives its first finding and how many more there are: `BC403 Biểu mẫu!A10: Nhiệm vụ chưa thuộc nhóm
 * nhiệm vụ nào. (và 5 chỗ khác)`.
 */
export function mainFindings(diagnostics: readonly Diagnostic[], lang: Lang, count = 3): string[] {
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
  return [...byCode.values()].slice(0, count).flatMap((same) => {
    const [first] = same;
    if (first === undefined) return [];
    const place = cellReference(first);
    const more = same.length > 1 ? WORDS[lang].more(same.length - 1) : "";
    return [`${first.code}${place ? ` ${place}` : ""}: ${diagnosticMessage(first, lang)}${more}`];
  });
}

/**
 * The comments and the results sheet of a returned copy, in `lang`. `sheetName` gives the name a sheet
 * has in the copy (a converted file's sheets may be renamed for Excel).
 */
export function annotationsOf(form: ReturnedForm, lang: Lang, sheetName: (name: string) => string = (name) => name): Annotations {
  const words = WORDS[lang];
  const byCell = new Map<string, { sheet: string; comment: CellComment; texts: string[] }>();
  for (const d of form.diagnostics) {
    const place = d.sheet !== undefined && d.cell !== undefined ? placeOf(d.cell) : undefined;
    if (d.sheet === undefined || place === undefined) continue;
    const key = `${d.sheet}\u0000${place.row}\u0000${place.col}`;
    const text = [`${SEVERITY_WORDS[lang][d.severity]} ${d.code}: ${diagnosticMessage(d, lang)}`, ...diagnosticDetails(d, lang)].join("\n");
    const entry = byCell.get(key) ?? { sheet: sheetName(d.sheet), comment: { ...place, text: "" }, texts: [] };
    entry.texts.push(text);
    byCell.set(key, entry);
  }
  const comments = new Map<string, CellComment[]>();
  for (const { sheet, comment, texts } of byCell.values()) {
    const list = comments.get(sheet) ?? [];
    list.push({ ...comment, text: excelText(texts.join("\n\n")) });
    comments.set(sheet, list);
  }
  for (const list of comments.values()) list.sort((a, b) => a.row - b.row || a.col - b.col);
  const errors = form.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = form.diagnostics.length - errors;
  return {
    comments,
    results: {
      sheetName: words.sheet,
      title: words.title,
      lines: [
        words.agency(form.agencies.join("; ")),
        words.file(basename(form.file)),
        words.counts(errors, warnings),
        ...(form.convertedFrom === undefined ? [] : [words.converted(form.convertedFrom)]),
      ].map(excelText),
      headings: words.headings,
      rows: form.diagnostics.map((d) => {
        const sheet = d.sheet === undefined ? undefined : sheetName(d.sheet);
        const linked = sheet !== undefined && d.cell !== undefined && placeOf(d.cell) !== undefined;
        return {
          severity: SEVERITY_WORDS[lang][d.severity],
          code: d.code,
          place: sheet === undefined ? words.nowhere : `${sheet}${d.cell ? `!${d.cell}` : ""}`,
          link: linked ? `'${sheet.replaceAll("'", "''")}'!${d.cell}` : undefined,
          message: excelText(diagnosticMessage(d, lang)),
          hint: excelText(diagnosticHint(d, lang)),
        };
      }),
      next: form.diagnostics.length === 0 ? words.valid : words.next,
    },
  };
}
