import type { ColumnField } from "./column-fields.js";
import type { Phase } from "./period.js";

/**
 * How a header label is matched against a column's lowest label, both folded (`foldText`: no
 * diacritics, no case, punctuation but `/ & % -` as spaces): the whole label, the label's first
 * words, or words anywhere in it. Word for word: `Số tiền` starts `Số tiền đề nghị`, not `Số tiềnX`.
 */
export type LabelMatch = "whole" | "start" | "contains";

/** One label a field is known by, as printed on a form (diacritics are optional when matching). */
export interface ColumnLabel {
  /** The label as a form prints it. In a `contains` label, `…` stands for any words between. */
  readonly text: string;
  readonly match: LabelMatch;
  /** Words that, right after a `start` label, make it some other column: `Đơn vị` but not `Đơn vị tính`. */
  readonly unless?: readonly string[];
  /** Words that may come before a `start` label, any of them, any number of times: `Ước`, `Đánh giá` before `Thực hiện`. */
  readonly leading?: readonly string[];
}

/** The labels of one field, in Vietnamese and in English, and words that only hint at it. */
export interface FieldVocabulary {
  readonly field: ColumnField;
  readonly vi: readonly ColumnLabel[];
  readonly en: readonly ColumnLabel[];
  /**
   * Labels that do not decide the field but bring an unknown column close to it (BC104's closest
   * role, `budget inspect`'s "why"): `Mức hỗ trợ` is probably an amount.
   */
  readonly hints: readonly string[];
}

const whole = (...texts: string[]): ColumnLabel[] => texts.map((text) => ({ text, match: "whole" }));
const start = (...texts: string[]): ColumnLabel[] => texts.map((text) => ({ text, match: "start" }));
const contains = (...texts: string[]): ColumnLabel[] => texts.map((text) => ({ text, match: "contains" }));

/**
 * After `Địa phương`, `Đơn vị`, `Cơ quan`: the words that make the column a unit of measure, the lead
 * or helping unit, or the money unit (`Đơn vị: triệu đồng`) rather than the names of a list of units.
 */
const NOT_A_UNIT_NAME = ["tính", "thực hiện", "chủ trì", "phối hợp", "đồng", "triệu đồng", "nghìn đồng", "ngàn đồng", "tỷ đồng"];

/**
 * Every label the tool knows a column by, per field, in the order they are tried: the first field one
 * of whose labels matches the column's lowest label wins, so the narrower fields come first (`Kinh phí
 * giai đoạn 2026-2030` is a period, `Nội dung cam kết` a commitment, `Kinh phí thực hiện nhiệm vụ` an
 * amount, not a name). The plan's `columns` extends it: a label the plan lists wins over these.
 * Matched folded, so diacritics and case are optional; `docs/COLUMNS.md` lists it (`npm run docs`).
 */
export const COLUMN_VOCABULARY: readonly FieldVocabulary[] = [
  {
    field: "code",
    vi: whole("STT", "TT", "Số TT", "Số thứ tự"),
    // `No.` folds to `no`, as `Nợ` does: a debt column beside a task list is not a form's.
    en: whole("No.", "S/N"),
    hints: ["Mã số"],
  },
  {
    field: "publicInvestment",
    vi: contains("Dự án đầu tư công", "Vốn đầu tư công"),
    en: contains("Public investment"),
    hints: [],
  },
  {
    field: "fundingSource",
    vi: start("Nguồn vốn", "Nguồn kinh phí", "Nguồn", "Cấp ngân sách", "Nguồn ngân sách"),
    en: [...start("Source of funds", "Source"), ...contains("Funding source")],
    hints: [],
  },
  {
    field: "legalBasis",
    vi: contains("Văn bản … liên quan", "Căn cứ"),
    en: contains("Legal basis", "Related documents"),
    hints: ["Căn cứ pháp lý", "Quyết định"],
  },
  {
    field: "leadUnit",
    vi: contains("Chủ trì", "Đơn vị thực hiện", "Cơ quan thực hiện"),
    en: contains("Lead unit", "Lead agency", "Implementing unit", "Implementing agency"),
    hints: ["Thực hiện"],
  },
  {
    field: "period",
    // `Tiến độ` word for word: `Thành tiền (đồng)` folds to `thanh tien dong`, which holds `tien do`.
    vi: contains("Thời gian thực hiện", "Giai đoạn", "Thời gian", "Tiến độ"),
    en: [...contains("Implementation period", "Timeline", "Timeframe"), ...start("Period", "Duration")],
    hints: [],
  },
  {
    field: "objective",
    vi: contains("Mục tiêu"),
    en: contains("Objective", "Objectives", "Goal", "Goals"),
    hints: ["Quy mô"],
  },
  {
    field: "commitment",
    vi: contains("Cam kết"),
    en: contains("Commitment", "Commitments"),
    hints: ["Thuyết minh hiệu quả"],
  },
  {
    // A cost estimate's `Số lượng | Đơn vị tính | Đơn giá | Thành tiền`: quantity and unit price are read
    // to check quantity × unit price = amount (BC219); `Số ngày`, `Hệ số`… where an estimate multiplies several.
    field: "quantity",
    vi: start("Số lượng", "Khối lượng", "Số ngày", "Số buổi", "Số người", "Số lần", "Số tháng", "Số đêm", "Số lớp", "Số đợt", "Số tiết", "Hệ số"),
    en: start("Quantity", "Qty", "Number of"),
    hints: [],
  },
  {
    field: "unitPrice",
    vi: start("Đơn giá"),
    en: start("Unit price", "Unit cost"),
    hints: ["Mức chi"],
  },
  {
    // `ĐVT` as a column label is the unit of measure (`người`, `bộ`), not the money unit of a `Đơn vị tính: đồng` line.
    field: "measureUnit",
    vi: whole("Đơn vị tính", "ĐVT"),
    en: whole("Unit of measure", "UoM"),
    hints: [],
  },
  {
    field: "amount",
    vi: [
      ...contains("Tổng mức đầu tư", "Tổng mức dự kiến", "Tổng kinh phí"),
      ...start("Kinh phí", "Dự toán", "Số tiền", "Thành tiền"),
      ...whole("Tổng cộng", "Tổng số"),
    ],
    en: [...whole("Total", "Amount"), ...contains("Total cost", "Total budget", "Total amount"), ...start("Budget", "Cost", "Estimated cost")],
    hints: [
      "Kinh phí hỗ trợ",
      "Mức hỗ trợ",
      "Giá trị",
      "Vốn",
      // Money split by kind or budget level (`Chi thường xuyên`, `Ngân sách trung ương`) is still money.
      "Chi thường xuyên",
      "Chi đầu tư phát triển",
      "Ngân sách trung ương",
      "Ngân sách địa phương",
    ],
  },
  {
    // A list of units names them in `Địa phương`, `Đơn vị`, `Cơ quan`, `Tỉnh, thành phố`.
    field: "name",
    vi: [
      ...contains("Tên dự án", "Tên nhiệm vụ", "Danh mục", "Cơ quan … đơn vị", "Nhiệm vụ"),
      ...start("Nội dung", "Tên"),
      ...["Địa phương", "Đơn vị", "Cơ quan"].map((text): ColumnLabel => ({ text, match: "start", unless: NOT_A_UNIT_NAME })),
      ...whole("Tỉnh, thành phố", "Tỉnh, thành"),
    ],
    en: [...start("Task", "Tasks", "Name", "Project", "Description", "Agency", "Province", "Locality"), ...whole("Unit", "Item", "Content")],
    hints: ["Tên đơn vị", "Huyện, xã"],
  },
  {
    // Only a total under recurrent spending (`Chi thường xuyên › Tổng số`): see `TOTAL_WORDS`.
    field: "recurrentTotal",
    vi: [],
    en: [],
    hints: [],
  },
];

/**
 * The places that, standing alone as a column's label, name a list of units' rows: `Tỉnh`, `Quận/huyện`,
 * `Tỉnh/TP`, `Xã/phường`, `Địa phương`. The first word one of `first`, then any of `after`, after `/` or a space.
 */
export const PLACE_WORDS = {
  first: ["Địa phương", "Tỉnh", "Thành phố", "Quận", "Huyện", "Xã", "Phường", "Province", "District", "Commune", "City"],
  after: ["Thành phố", "TP", "Tỉnh", "Quận", "Huyện", "Thị xã", "Xã", "Phường", "Thị trấn", "Đặc khu", "City", "Province", "District"],
} as const;

/** The phases of a period column, each with the words its label starts with (`Ước thực hiện năm 2025`). */
export interface PhaseVocabulary {
  readonly phase: Phase;
  readonly vi: readonly ColumnLabel[];
  readonly en: readonly ColumnLabel[];
}

/**
 * The phase words a label of a period column may start with, in the order they are tried: `Ước thực
 * hiện`, `Đánh giá thực hiện`, `Quyết toán` (outturn), `Dự toán` (estimate), `Thẩm định`, `Kinh phí được
 * giao` (approved), `Đề xuất`, `Dự kiến` (requested). A period column naming none is requested.
 */
export const PHASE_VOCABULARY: readonly PhaseVocabulary[] = [
  {
    phase: "outturn",
    vi: [{ text: "Thực hiện", match: "start", leading: ["Ước", "Đánh giá", "Tình hình"] }, ...start("Quyết toán")],
    en: start("Outturn", "Actual", "Estimated outturn"),
  },
  { phase: "estimate", vi: start("Dự toán"), en: start("Estimate", "Budget estimate") },
  {
    phase: "approved",
    vi: [
      ...["Thẩm định", "Phê duyệt", "Được giao", "Đã giao"].map((text): ColumnLabel => ({ text, match: "start", leading: ["Số", "Mức"] })),
      // `Giao` alone is the approved amount, `Giáo dục` (education) is not.
      { text: "Giao", match: "start", leading: ["Số", "Mức"], unless: ["dục"] },
      ...start("Kế hoạch giao", "Kế hoạch được giao", "Kinh phí giao", "Kinh phí được giao", "Vốn giao", "Vốn được giao"),
    ],
    en: start("Approved", "Appraised", "Allocated"),
  },
  { phase: "requested", vi: start("Đề xuất", "Nhu cầu", "Dự kiến"), en: start("Requested", "Proposed", "Request") },
];

/**
 * The words a period column's label may put before its year or range: `Năm 2026`, `Giai đoạn
 * 2026-2030`, `Trong đó: 2025`; `Year 2026`, `Of which: 2025`.
 */
export const PERIOD_WORDS = {
  ofWhich: ["Trong đó", "Of which"],
  period: ["Năm", "Giai đoạn", "Year", "Period"],
} as const;

/**
 * A total under a parent label is the parent's total (`Chi thường xuyên › Tổng số`): recurrent spending's
 * (`recurrentTotal`) when a label above names it, else the amount. Whole labels, folded.
 */
export const TOTAL_WORDS = {
  total: ["Tổng số", "Tổng", "Total", "Subtotal"],
  recurrent: ["Thường xuyên", "Recurrent"],
} as const;

/**
 * Words that, anywhere in a cell beside the code column's label (`STT`), tell the header row: a name or
 * an amount column. A row may also be told by a label close to a field (see `hints`).
 */
export const HEADER_WORDS = {
  vi: ["Tên", "Nội dung", "Danh mục", "Kinh phí", "Tổng mức", "Dự toán", "Nguồn", "Cơ quan", "Địa phương", "Đơn vị", "Số tiền", "Thành tiền"],
  en: ["Task", "Name", "Project", "Amount", "Total", "Budget", "Cost"],
} as const;
