import type { Severity } from "../../data/diagnostic.js";
import type { Lang } from "../diagnostic-message.js";

/** The report's own words in one language; names from the forms and the plan stay as written. */
export interface ReportWords {
  readonly title: string;
  readonly unit: string;
  readonly grandTotal: string;
  readonly agencies: string;
  readonly files: string;
  readonly errors: string;
  readonly warnings: string;
  readonly notes: string;
  readonly byAgency: string;
  readonly byPeriod: string;
  readonly bySource: string;
  readonly byGroup: string;
  readonly amount: string;
  readonly share: string;
  readonly others: (count: number) => string;
  readonly findings: string;
  readonly noFindings: string;
  readonly filterAgency: string;
  readonly filterCode: string;
  readonly all: string;
  readonly shown: string;
  readonly headings: { readonly severity: string; readonly code: string; readonly agency: string; readonly place: string; readonly message: string };
  readonly severities: Readonly<Record<Severity, string>>;
  readonly roster: string;
  readonly generator: string;
}

/** The report's words, Vietnamese and English. */
export const REPORT_WORDS: Readonly<Record<Lang, ReportWords>> = {
  vi: {
    title: "Báo cáo tổng hợp đề xuất kinh phí",
    unit: "Đơn vị tính: triệu đồng",
    grandTotal: "Tổng kinh phí đề xuất",
    agencies: "Cơ quan, đơn vị",
    files: "Tệp đã đọc",
    errors: "Lỗi",
    warnings: "Cảnh báo",
    notes: "Ghi chú",
    byAgency: "Kinh phí theo cơ quan, đơn vị",
    byPeriod: "Kinh phí theo năm, giai đoạn",
    bySource: "Kinh phí theo nguồn vốn",
    byGroup: "Kinh phí theo nhóm nhiệm vụ",
    amount: "Kinh phí",
    share: "Tỷ lệ",
    others: (count) => `${count} đơn vị khác`,
    findings: "Kết quả kiểm tra",
    noFindings: "Không có lỗi, cảnh báo hay ghi chú nào.",
    filterAgency: "Đơn vị",
    filterCode: "Mã",
    all: "Tất cả",
    shown: "Đang hiện",
    headings: { severity: "Mức độ", code: "Mã", agency: "Đơn vị", place: "Vị trí (tệp › trang › ô)", message: "Nội dung" },
    severities: { error: "lỗi", warning: "cảnh báo", info: "ghi chú" },
    roster: "Tình hình nộp biểu mẫu",
    generator: "Lập bằng công cụ budget",
  },
  en: {
    title: "Budget proposals at a glance",
    unit: "Unit: million VND",
    grandTotal: "Total requested",
    agencies: "Agencies",
    files: "Files read",
    errors: "Errors",
    warnings: "Warnings",
    notes: "Notes",
    byAgency: "By agency",
    byPeriod: "By year or period",
    bySource: "By funding source",
    byGroup: "By task group",
    amount: "Amount",
    share: "Share",
    others: (count) => `${count} other ${count === 1 ? "agency" : "agencies"}`,
    findings: "Findings",
    noFindings: "No errors, warnings or notes.",
    filterAgency: "Agency",
    filterCode: "Code",
    all: "All",
    shown: "Showing",
    headings: { severity: "Severity", code: "Code", agency: "Agency", place: "Where (file › sheet › cell)", message: "Message" },
    severities: { error: "error", warning: "warning", info: "note" },
    roster: "Forms received",
    generator: "Made with budget",
  },
};
