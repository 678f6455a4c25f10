import type { NotFormFile, Roster, RosterFile, RosterSummary, SubmissionState } from "../aggregate/roster.js";
import type { Money } from "../data/money.js";
import { ROSTER_SHEET } from "../data/output-marks.js";
import { diagnosticMessage, type Lang } from "./diagnostic-message.js";
import { formatAmountIn } from "./table-words.js";

/** The roster's words in one language: the states, the headings, the summary. */
export interface StatusWords {
  readonly states: Readonly<Record<SubmissionState, string>>;
  readonly title: string;
  readonly headings: readonly [code: string, agency: string, state: string, file: string, received: string, errors: string, warnings: string, total: string];
  readonly grandTotal: string;
  readonly unknownSection: string;
  readonly notForms: string;
  readonly notFormKinds: Readonly<Record<NotFormFile["kind"], string>>;
  readonly unit: string;
  readonly deadline: (day: string) => string;
  readonly summary: (summary: RosterSummary) => string;
}

/** The roster's words, Vietnamese and English. Agency, section and file names are data and stay as written. */
export const STATUS_WORDS: Readonly<Record<Lang, StatusWords>> = {
  vi: {
    states: { missing: "chưa nộp", errors: "có lỗi", late: "nộp muộn", valid: "hợp lệ", superseded: "đã thay thế" },
    title: "TÌNH HÌNH NỘP BIỂU MẪU ĐỀ XUẤT",
    headings: [...ROSTER_SHEET.vi.heading, "Nhận lúc", "Lỗi", "Cảnh báo", "Kinh phí đề xuất"],
    grandTotal: "TỔNG CỘNG",
    unknownSection: "Đơn vị ngoài danh sách của kế hoạch",
    notForms: "Tệp không phải biểu mẫu (không tính):",
    notFormKinds: {
      "own-output": "đầu ra của công cụ",
      copy: "bản sao của tệp khác",
      unreadable: "không đọc được",
      blank: "biểu mẫu trống, chưa có số liệu",
      "no-form": "không có biểu mẫu",
      "not-spreadsheet": "không phải bảng tính, không đọc",
    },
    unit: "(đơn vị: triệu đồng)",
    deadline: (day) => `Hạn nộp: ${day}`,
    summary: (s) =>
      [
        `Đã nộp ${s.submitted}/${s.registry} đơn vị, ${s.missing} chưa nộp, ${s.withErrors} có lỗi`,
        s.late > 0 ? `, ${s.late} nộp muộn` : "",
        s.superseded > 0 ? `, ${s.superseded} tệp đã thay thế` : "",
        s.unknown > 0 ? `; ${s.unknown} đơn vị ngoài danh sách` : "",
        s.notForms > 0 ? `; ${s.notForms} tệp không phải biểu mẫu (không tính)` : "",
        ".",
      ].join(""),
  },
  en: {
    states: { missing: "missing", errors: "has errors", late: "late", valid: "valid", superseded: "superseded" },
    title: "FORMS RECEIVED",
    headings: [...ROSTER_SHEET.en.heading, "Received", "Errors", "Warnings", "Requested"],
    grandTotal: "GRAND TOTAL",
    unknownSection: "Agencies not in the plan",
    notForms: "Files that are not forms (not counted):",
    notFormKinds: {
      "own-output": "an output of this tool",
      copy: "a copy of another file",
      unreadable: "unreadable",
      blank: "a blank form, no figures yet",
      "no-form": "no form",
      "not-spreadsheet": "not a spreadsheet, not read",
    },
    unit: "(unit: million VND)",
    deadline: (day) => `Deadline: ${day}`,
    summary: (s) =>
      [
        `Sent ${s.submitted} of ${s.registry} agencies, ${s.missing} missing, ${s.withErrors} with errors`,
        s.late > 0 ? `, ${s.late} late` : "",
        s.superseded > 0 ? `, ${s.superseded} superseded ${s.superseded === 1 ? "file" : "files"}` : "",
        s.unknown > 0 ? `; ${s.unknown} ${s.unknown === 1 ? "agency" : "agencies"} not in the plan` : "",
        s.notForms > 0 ? `; ${s.notForms} ${s.notForms === 1 ? "file" : "files"} not forms (not counted)` : "",
        ".",
      ].join(""),
  },
};

/** One line of the roster as the table and the sheet show it, every cell already text but the figures. */
export interface StatusLine {
  readonly kind: "section" | "agency" | "superseded" | "total";
  readonly code: string;
  readonly label: string;
  readonly state: string;
  /** The file's name without its folder. */
  readonly file: string;
  readonly received: string;
  readonly errors: number | undefined;
  readonly warnings: number | undefined;
  readonly total: Money | undefined;
}

/**
 * The roster laid out as the appendix is: each section's line (`I`, `II`, then the agencies the
 * registry lacks), its agencies numbered within it, each agency's older files under it, the total of
 * what the newest files ask for last. Computes nothing: the states and figures are the roster's.
 */
export function statusLines(roster: Roster, lang: Lang): StatusLine[] {
  const words = STATUS_WORDS[lang];
  const lines: StatusLine[] = [];
  const fileCells = (file: RosterFile | undefined) => ({
    file: file ? baseName(file.file) : "",
    received: file?.received ? localTime(file.received) : "",
    errors: file?.errors,
    warnings: file?.warnings,
    total: file?.total,
  });
  for (const section of roster.sections) {
    const label = section.known ? section.name : words.unknownSection;
    lines.push({ kind: "section", code: section.code, label, state: "", ...fileCells(undefined) });
    section.lines.forEach((line, i) => {
      lines.push({ kind: "agency", code: String(i + 1), label: line.agency, state: words.states[line.state], ...fileCells(line.current) });
      for (const old of line.superseded) lines.push({ kind: "superseded", code: "", label: "", state: words.states.superseded, ...fileCells(old) });
    });
  }
  lines.push({ kind: "total", code: "", label: words.grandTotal, state: "", ...fileCells(undefined), total: roster.summary.total });
  return lines;
}

/** A file that is not a form, as one line: its name, what it is and the reason in words (`BC113 …`). */
export function notFormText(notForm: NotFormFile, lang: Lang): string {
  const why = notForm.reason ? ` (${notForm.reason.code} ${diagnosticMessage(notForm.reason, lang)})` : "";
  return `${notForm.file}: ${STATUS_WORDS[lang].notFormKinds[notForm.kind]}${why}`;
}

/** A figure of the roster in the language's grouping (`148.165` or `148,165`); blank when there is none. */
export function statusAmount(total: Money | undefined, lang: Lang): string {
  return total === undefined ? "" : formatAmountIn(total, lang);
}

/** A time as `YYYY-MM-DD HH:MM`, local time. */
export function localTime(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())} ${pad(time.getHours())}:${pad(time.getMinutes())}`;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
