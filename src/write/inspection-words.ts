import type { ColumnMatch, InspectedColumn, InspectedColumnRole, InspectedRowRole, InspectedSheet, InspectedTable, InspectedUnit } from "../data/inspection.js";
import type { Lang } from "./diagnostic-message.js";

type Words<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** What each column role is called in `budget inspect`'s text. */
export const COLUMN_ROLE_WORDS: Words<InspectedColumnRole> = {
  vi: {
    code: "số thứ tự (STT)",
    name: "tên (nhiệm vụ, đơn vị)",
    objective: "mục tiêu",
    period: "thời gian thực hiện",
    amount: "kinh phí",
    publicInvestment: "kinh phí đầu tư công",
    recurrentTotal: "kinh phí thường xuyên",
    fundingSource: "nguồn vốn",
    legalBasis: "văn bản liên quan",
    leadUnit: "đơn vị chủ trì",
    commitment: "cam kết",
    quantity: "số lượng",
    unitPrice: "đơn giá",
    measureUnit: "đơn vị tính (của số lượng)",
    "period-amount": "kinh phí theo năm/giai đoạn",
    "task-group": "nhóm nhiệm vụ",
    unknown: "không xác định",
  },
  en: {
    code: "row code (STT)",
    name: "name (task, unit)",
    objective: "objective",
    period: "period",
    amount: "amount",
    publicInvestment: "public investment",
    recurrentTotal: "recurrent amount",
    fundingSource: "funding source",
    legalBasis: "legal basis",
    leadUnit: "lead unit",
    commitment: "commitment",
    quantity: "quantity",
    unitPrice: "unit price",
    measureUnit: "unit of measure",
    "period-amount": "amount of the period",
    "task-group": "task group",
    unknown: "unknown",
  },
};

/** A period column's role in words: `kinh phí năm 2025`, `kinh phí giai đoạn 2026–2030`. */
export function periodAmountWords(column: InspectedColumn, lang: Lang): string {
  const period = (column.period ?? "").replace("-", "–");
  if (lang === "en") return `amount of ${period}`;
  return column.year !== undefined ? `kinh phí năm ${period}` : `kinh phí giai đoạn ${period}`;
}

/** What each row role is called. */
export const ROW_ROLE_WORDS: Words<InspectedRowRole> = {
  vi: { section: "phần", agency: "đơn vị", item: "mục", "sub-item": "mục con", "of-which": "trong đó", total: "tổng", note: "ghi chú" },
  en: { section: "section", agency: "agency", item: "item", "sub-item": "sub-item", "of-which": "of which", total: "total", note: "note" },
};

/** The fixed phrases of the report. */
export const INSPECT_WORDS: Words<
  | "file"
  | "sheets"
  | "form"
  | "notForm"
  | "notRead"
  | "rows"
  | "sheet"
  | "header"
  | "columnNumbers"
  | "title"
  | "unit"
  | "convention"
  | "amountPeriod"
  | "columns"
  | "tableRows"
  | "rowHeading"
  | "notReadColumn"
  | "diagnostics"
  | "noDiagnostics"
  | "unreadable"
  | "row"
  | "hidden"
> = {
  vi: {
    file: "Tệp",
    sheets: "Trang tính",
    form: "biểu mẫu",
    notForm: "không phải biểu mẫu",
    notRead: "không đọc (--sheet)",
    rows: "dòng có nội dung",
    sheet: "Trang",
    header: "Dòng tiêu đề bảng",
    columnNumbers: "dòng đánh số cột, bỏ qua",
    title: "Tiêu đề",
    unit: "Đơn vị tính",
    convention: "Cách viết số",
    amountPeriod: "Năm/giai đoạn của cột kinh phí (theo tiêu đề cột hoặc tiêu đề bảng)",
    columns: "Các cột",
    tableRows: "Các dòng",
    rowHeading: "dòng · vai trò · STT in → xếp · tên · kinh phí (triệu đồng)",
    notReadColumn: "không đọc: đã có cột cùng loại",
    diagnostics: "Phát hiện",
    noDiagnostics: "Không có phát hiện nào.",
    unreadable: "Không đọc được tệp.",
    row: "dòng",
    hidden: "ẩn",
  },
  en: {
    file: "File",
    sheets: "Sheets",
    form: "form",
    notForm: "not a form",
    notRead: "not read (--sheet)",
    rows: "rows with content",
    sheet: "Sheet",
    header: "Header band",
    columnNumbers: "column-number row, skipped",
    title: "Title",
    unit: "Unit",
    convention: "Number convention",
    amountPeriod: "Period of the amount column (from its label or the title)",
    columns: "Columns",
    tableRows: "Rows",
    rowHeading: "row · role · code printed → placed · name · amount (triệu đồng)",
    notReadColumn: "not read: a column of this role came first",
    diagnostics: "Findings",
    noDiagnostics: "No findings.",
    unreadable: "The file could not be read.",
    row: "row",
    hidden: "hidden",
  },
};

/** Why a sheet holds no form, in words. */
export function notFormWords(sheet: InspectedSheet, lang: Lang): string {
  const because = sheet.notFormBecause;
  if (because === "BC102") return lang === "vi" ? "không tìm thấy dòng tiêu đề bảng (BC102)" : "no header band found (BC102)";
  if (because === "BC103") return lang === "vi" ? "thiếu cột bắt buộc (BC103)" : "a required column is missing (BC103)";
  return "";
}

/** The number convention in words. */
export function conventionWords(convention: InspectedTable["numberConvention"], lang: Lang): string {
  if (convention === "vi") return lang === "vi" ? "kiểu Việt Nam (1.234.567 và 0,5)" : "Vietnamese (1.234.567 and 0,5)";
  if (convention === "en") return lang === "vi" ? "kiểu Anh (1,234,567 và 0.5)" : "English (1,234,567 and 0.5)";
  return lang === "vi"
    ? "chưa rõ (số dạng chữ không cho biết hoặc lẫn hai kiểu); 1.5 và 1,500 bị cảnh báo"
    : "undecided (text amounts do not tell, or mix both); 1.5 and 1,500 are flagged";
}

/** Where a unit was stated, in words. */
export function unitWords(unit: InspectedUnit | InspectedTable["unit"], lang: Lang): string {
  const from: Record<InspectedUnit["from"], Record<Lang, string>> = {
    column: { vi: "ghi ở tiêu đề cột", en: "stated in the column's label" },
    line: { vi: "dòng đơn vị của trang", en: "the sheet's unit line" },
    label: { vi: "ghi ở tiêu đề một cột", en: "stated in a column's label" },
    none: { vi: "không ghi, mặc định", en: "not stated, assumed" },
  };
  return `${unit.name} (${from[unit.from][lang]})`;
}

/** A label from the file, quoted and cut to a readable length. */
function quoted(label: string): string {
  const chars = [...label];
  return `"${chars.length <= 40 ? label : `${chars.slice(0, 39).join("")}…`}"`;
}

/** Why a column got its role, in words: the label that decided it, and where that label is known from. */
export function matchWords(match: ColumnMatch, lang: Lang): string {
  const vi = lang === "vi";
  switch (match.by) {
    case "period":
      return vi ? `theo nhãn ${quoted(match.label)}` : `by the label ${quoted(match.label)}`;
    case "task-group":
      return vi
        ? `theo nhãn ${quoted(match.label)} dưới ${quoted(match.under ?? "")}`
        : `by the label ${quoted(match.label)} under ${quoted(match.under ?? "")}`;
    case "total-under":
      return vi
        ? `theo nhãn ${quoted(match.label)} dưới ${quoted(match.under ?? "")}`
        : `by the label ${quoted(match.label)} under ${quoted(match.under ?? "")}`;
    case "plan":
      return vi ? `theo nhãn ${quoted(match.label)} (mục columns của kế hoạch)` : `by the label ${quoted(match.label)} (the plan's columns)`;
    case "built-in":
      return vi ? `theo nhãn ${quoted(match.label)} (từ vựng của công cụ)` : `by the label ${quoted(match.label)} (the tool's vocabulary)`;
    case "none":
      if (match.quantity !== undefined) {
        return vi
          ? `không khớp nhãn nào; là cột số lượng (${match.quantity}), không phải tiền; số liệu không được tổng hợp`
          : `matches no label; a quantity column (${match.quantity}), not money; its figures are not consolidated`;
      }
      if (match.closest === undefined) return vi ? "không khớp nhãn nào; số liệu không được tổng hợp" : "matches no label; its figures are not consolidated";
      return vi
        ? `không khớp nhãn nào, gần nhất với cột ${COLUMN_ROLE_WORDS.vi[match.closest]}; số liệu không được tổng hợp`
        : `matches no label, closest to the ${COLUMN_ROLE_WORDS.en[match.closest]} column; its figures are not consolidated`;
  }
}

/** What a phase of money is called in `budget inspect`'s text (the requested phase, the default, goes unsaid). */
export const PHASE_WORDS: Words<"requested" | "estimate" | "approved" | "outturn"> = {
  vi: { requested: "đề xuất", estimate: "dự toán", approved: "thẩm định, giao", outturn: "thực hiện" },
  en: { requested: "requested", estimate: "estimate", approved: "approved", outturn: "outturn" },
};

/** A phase in words, or nothing for the requested phase (the default) and for a phase the words do not know. */
export function phaseWords(phase: string | undefined, lang: Lang): string | undefined {
  if (phase === undefined || phase === "requested") return undefined;
  const words: Readonly<Record<string, string>> = PHASE_WORDS[lang];
  return words[phase] ?? phase;
}
