import { amountsByPeriod } from "../aggregate/figures.js";
import type { ReviewSheet } from "../aggregate/review.js";
import { columnName } from "../data/grid.js";
import { ZERO } from "../data/money.js";
import { REVIEW_HEADING_ROW, REVIEW_SHEET, REVIEW_WORDS } from "../data/output-marks.js";
import { excelText } from "../data/text.js";
import { outputDate } from "./appendix/output-date.js";
import { rowReferences, sumOfRows } from "./appendix/sum-formula.js";
import type { Lang } from "./diagnostic-message.js";
import { periodLabel } from "./figure-words.js";
import { ALIGN, REPORT_FONT, REPORT_FONTS, REPORT_HEAD_FORMATS, REPORT_SHEET, REPORT_STYLE, titleRows } from "./report-sheet.js";
import { formatAmountIn } from "./table-words.js";
import { cellNumber, PLAIN_SHEET, WHOLE_AMOUNT_FORMAT } from "./workbook-style.js";
import { type DataValidation, SheetXml } from "./xlsx/sheet-xml.js";
import { styleTable } from "./xlsx/style-table.js";
import { xlsxPackage } from "./xlsx/xlsx-package.js";

/** The review workbook's words in one language. Agency and item names are data and stay as written. */
interface ReviewWords {
  readonly sheet: (typeof REVIEW_SHEET)[Lang];
  readonly headings: (typeof REVIEW_WORDS)[Lang];
  readonly reasonsSheet: string;
  readonly title: string;
  readonly unit: string;
  readonly requested: string;
  readonly grandTotal: string;
  readonly changed: (basis: string, total: string) => string;
  readonly orphans: string;
  readonly orphan: (agency: string, code: string, name: string, approved: string, reason: string) => string;
  readonly reasons: readonly string[];
  readonly notes: readonly string[];
  readonly approvedPrompt: { readonly title: string; readonly text: string };
  readonly approvedError: { readonly title: string; readonly text: string };
  readonly reasonPrompt: { readonly title: string; readonly text: string };
}

const WORDS: Readonly<Record<Lang, ReviewWords>> = {
  vi: {
    sheet: REVIEW_SHEET.vi,
    headings: REVIEW_WORDS.vi,
    reasonsSheet: "Lý do",
    title: "BẢNG THẨM ĐỊNH KINH PHÍ ĐỀ XUẤT",
    unit: "Đơn vị tính: triệu đồng",
    requested: "Kinh phí đề xuất",
    grandTotal: "TỔNG CỘNG",
    changed: (basis, total) => `Đề xuất đã đổi từ ${basis} thành ${total} sau khi thẩm định: xem lại.`,
    orphans: "Thẩm định cho mục không còn trong biểu mẫu (không chép vào bảng):",
    orphan: (agency, code, name, approved, reason) => `– ${agency}, ${code} ${name}: thẩm định ${approved}${reason === "" ? "" : ` (${reason})`}`,
    reasons: [
      "Đồng ý như đề xuất",
      "Trùng lặp với nhiệm vụ, dự án khác",
      "Vượt định mức, đơn giá",
      "Chưa đủ căn cứ pháp lý",
      "Chưa có thuyết minh, dự toán chi tiết",
      "Không thuộc nhiệm vụ chuyển đổi số",
      "Chuyển sang nguồn vốn khác",
      "Giãn tiến độ sang năm sau",
      "Vượt khả năng cân đối ngân sách",
    ],
    notes: [
      "Ghi số thẩm định (triệu đồng) vào các ô Thẩm định; mục có mục con được thẩm định qua các mục con của nó.",
      "Chọn lý do thường gặp trong danh sách hoặc ghi lý do khác. Các cột đề xuất giữ số liệu khi lập bảng: không sửa.",
      "Dòng tô cam: đề xuất đã đổi sau khi thẩm định; xem lại số thẩm định rồi xóa Ghi chú của dòng để xác nhận.",
      "Các cột Khóa và Đề xuất khi thẩm định (ẩn) để budget đọc lại bảng thẩm định; không sửa, không xóa.",
    ],
    approvedPrompt: { title: "Số thẩm định", text: "Số tiền thẩm định, triệu đồng (để trống: chưa thẩm định)." },
    approvedError: { title: "Số thẩm định", text: "Cần một số tiền không âm, triệu đồng." },
    reasonPrompt: { title: "Lý do", text: "Chọn lý do thường gặp hoặc ghi lý do khác." },
  },
  en: {
    sheet: REVIEW_SHEET.en,
    headings: REVIEW_WORDS.en,
    reasonsSheet: "Reasons",
    title: "REVIEW OF THE BUDGET PROPOSALS",
    unit: "Unit: million VND",
    requested: "Requested",
    grandTotal: "GRAND TOTAL",
    changed: (basis, total) => `The request changed from ${basis} to ${total} since it was reviewed: check again.`,
    orphans: "Reviewed items no longer in the forms (not carried into the table):",
    orphan: (agency, code, name, approved, reason) => `– ${agency}, ${code} ${name}: approved ${approved}${reason === "" ? "" : ` (${reason})`}`,
    reasons: [
      "Approved as requested",
      "Duplicates another task or project",
      "Above the norms or unit prices",
      "Legal basis insufficient",
      "No detailed justification or estimate",
      "Not a digital-transformation task",
      "Moved to another funding source",
      "Deferred to a later year",
      "Beyond what the budget can balance",
    ],
    notes: [
      "Write the approved amount (million VND) in the Approved cells; an item with sub-items is approved through its sub-items.",
      "Pick a common reason from the list or write another. The requested columns keep the figures as of this workbook: do not edit them.",
      "Orange lines: the request changed since it was reviewed; check the approved figure, then clear the line's Note to confirm it.",
      "The hidden Key and Requested when reviewed columns let budget read the workbook back; do not edit or delete them.",
    ],
    approvedPrompt: { title: "Approved amount", text: "The approved amount in million VND (blank: not reviewed yet)." },
    approvedError: { title: "Approved amount", text: "Expected an amount of at least 0, in million VND." },
    reasonPrompt: { title: "Reason", text: "Pick a common reason or write another." },
  },
};

const { italic13: ITALIC_13, bold13: BOLD_13, plain13: PLAIN_13 } = REPORT_FONT;
const { wrapTop, centreTop, top } = ALIGN;
/** The cells an officer fills in: light blue. A line approved through its sub-items: grey. A decision to check again: orange. */
const INPUT = "FFDDEBF7";
const THROUGH_CHILDREN = "FFEDEDED";
const CHECK_AGAIN = "FFF8CBAD";

const S = {
  ...REPORT_STYLE,
  text: 5,
  code: 6,
  amount: 7,
  strongText: 8,
  strongCode: 9,
  strongAmount: 10,
  inputAmount: 11,
  inputText: 12,
  through: 13,
  note: 14,
  againAmount: 15,
  againText: 16,
} as const;

const STYLES = styleTable(REPORT_FONTS, [
  ...REPORT_HEAD_FORMATS,
  { font: PLAIN_13, border: true, alignment: wrapTop },
  { font: PLAIN_13, border: true, alignment: centreTop },
  { font: PLAIN_13, border: true, alignment: top, numFmt: WHOLE_AMOUNT_FORMAT },
  { font: BOLD_13, border: true, alignment: wrapTop },
  { font: BOLD_13, border: true, alignment: centreTop },
  { font: BOLD_13, border: true, alignment: top, numFmt: WHOLE_AMOUNT_FORMAT },
  { font: PLAIN_13, border: true, alignment: top, numFmt: WHOLE_AMOUNT_FORMAT, fill: INPUT },
  { font: PLAIN_13, border: true, alignment: wrapTop, fill: INPUT },
  { font: PLAIN_13, border: true, alignment: top, fill: THROUGH_CHILDREN },
  { font: ITALIC_13 },
  { font: PLAIN_13, border: true, alignment: top, numFmt: WHOLE_AMOUNT_FORMAT, fill: CHECK_AGAIN },
  { font: PLAIN_13, border: true, alignment: wrapTop, fill: CHECK_AGAIN },
]);

/** Where the columns are (1-based): agency, code, name, source, one per period, the total requested, approved, reason, note, then the hidden key and basis. */
interface ReviewColumns {
  readonly firstPeriod: number;
  readonly total: number;
  readonly approved: number;
  readonly reason: number;
  readonly note: number;
  readonly key: number;
  readonly basis: number;
}

function reviewColumns(periods: readonly string[]): ReviewColumns {
  const total = 5 + periods.length;
  return { firstPeriod: 5, total, approved: total + 1, reason: total + 2, note: total + 3, key: total + 4, basis: total + 5 };
}

/** The heading rows, 1-based: the labels, then the periods under `Kinh phí đề xuất`. */
const HEADER_ROW = REVIEW_HEADING_ROW + 1;
const FIRST_LINE = HEADER_ROW + 2;

/**
 * The review workbook (`budget review --init … -o tham-dinh.xlsx`): the `Thẩm định` sheet lists every
 * item and sub-item of every agency (agency, code, name, funding source, what it requests per period
 * and in total), with an empty `Thẩm định` cell (a number of at least 0) and a `Lý do` cell (a drop-down
 * of common reasons, other text allowed) on each line whose money counts; a line with sub-items is
 * bold, approved through them (grey). A hidden `Khóa` column keys each line by its form codes within its
 * agency; `Tổng cộng` sums the requested and approved columns (formulas with their values). The reasons
 * are on a hidden sheet. Times New Roman 13, A4 landscape, headings repeated on every page, stamped
 * `date`. Pure: nothing is written.
 */
export async function reviewAsXlsx(
  review: ReviewSheet,
  options: { readonly lang: Lang; readonly planName: string; readonly date?: Date },
): Promise<Uint8Array> {
  const words = WORDS[options.lang];
  const cols = reviewColumns(review.periods);
  const last = cols.note;
  const h = words.headings;
  const lineRows = review.lines.map((_, i) => FIRST_LINE + i);
  const approvableRows = lineRows.filter((_, i) => review.lines[i]?.approvable === true);
  const totalRow = FIRST_LINE + review.lines.length;
  const letter = (col: number) => columnName(col - 1);
  const ranges = (col: number) => rowReferences(approvableRows, letter(col));
  const validations: DataValidation[] =
    approvableRows.length === 0
      ? []
      : [
          {
            type: "decimal",
            operator: "greaterThanOrEqual",
            formula: "0",
            ranges: ranges(cols.approved),
            prompt: words.approvedPrompt,
            error: { style: "warning", ...words.approvedError },
          },
          {
            type: "list",
            formula: `'${words.reasonsSheet}'!$A$2:$A$${words.reasons.length + 1}`,
            ranges: ranges(cols.reason),
            prompt: words.reasonPrompt,
            error: { style: "information", title: words.reasonPrompt.title, text: words.reasonPrompt.text },
          },
        ];
  const sheet = new SheetXml(
    {
      columns: [
        { width: 28 },
        { width: 8 },
        { width: 50 },
        { width: 12 },
        ...review.periods.map(() => ({ width: 13 })),
        { width: 13 },
        { width: 13 },
        { width: 32 },
        { width: 24 },
        { width: 12, hidden: true },
        { width: 12, hidden: true },
      ],
      frozenRows: HEADER_ROW + 1,
      frozenColumns: 3,
      validations,
      ...REPORT_SHEET,
    },
    STYLES,
  );
  titleRows(sheet, last, { title: words.title, subtitle: options.planName, unit: words.unit });

  // Headings: the fixed columns, approved, reason and key merged down; the periods under `Kinh phí đề xuất`.
  sheet.row(HEADER_ROW);
  words.sheet.heading.forEach((text, i) => {
    sheet.text(i + 1, text, S.heading);
  });
  sheet.text(cols.firstPeriod, words.requested, S.heading);
  for (let col = cols.firstPeriod + 1; col <= cols.total; col++) sheet.blank(col, S.heading);
  sheet
    .text(cols.approved, h.approved, S.heading)
    .text(cols.reason, h.reason, S.heading)
    .text(cols.note, h.note, S.heading)
    .text(cols.key, h.key, S.heading)
    .text(cols.basis, h.basis, S.heading);
  sheet.row(HEADER_ROW + 1);
  for (let col = 1; col < cols.firstPeriod; col++) sheet.blank(col, S.heading);
  review.periods.forEach((period, i) => {
    sheet.text(cols.firstPeriod + i, periodLabel(period, options.lang), S.heading);
  });
  sheet.text(cols.total, h.total, S.heading);
  const mergedDown = [1, 2, 3, 4, cols.approved, cols.reason, cols.note, cols.key, cols.basis];
  for (const col of mergedDown.slice(4)) sheet.blank(col, S.heading);
  for (const col of mergedDown) sheet.merge(HEADER_ROW, col, HEADER_ROW + 1, col);
  sheet.merge(HEADER_ROW, cols.firstPeriod, HEADER_ROW, cols.total);

  review.lines.forEach((line, i) => {
    const strong = !line.approvable;
    const [text, code, amount] = strong ? [S.strongText, S.strongCode, S.strongAmount] : [S.text, S.code, S.amount];
    sheet.row(FIRST_LINE + i, { outlineLevel: line.depth > 2 ? line.depth - 2 : undefined });
    sheet.text(1, excelText(line.agency), text);
    sheet.text(2, excelText(line.code), code);
    sheet.text(3, excelText(`${"  ".repeat(line.depth - 2)}${line.name}`), text);
    sheet.text(4, excelText(line.source), code);
    const requested = amountsByPeriod(line.requested);
    review.periods.forEach((period, p) => {
      sheet.number(cols.firstPeriod + p, cellNumber(requested.get(period) ?? ZERO), amount);
    });
    sheet.number(cols.total, cellNumber(line.total), amount);
    const decision = line.decision;
    if (!line.approvable) sheet.blank(cols.approved, S.through).blank(cols.reason, S.through).blank(cols.note, S.through);
    else {
      const again = decision?.state === "request-changed";
      const [inputAmount, inputText] = again ? [S.againAmount, S.againText] : [S.inputAmount, S.inputText];
      if (decision?.approved === undefined) sheet.blank(cols.approved, inputAmount);
      else sheet.number(cols.approved, cellNumber(decision.approved), inputAmount);
      if (decision === undefined || decision.reason === "") sheet.blank(cols.reason, inputText);
      else sheet.text(cols.reason, excelText(decision.reason), inputText);
      if (again) sheet.text(cols.note, words.changed(formatAmountIn(decision.basis, options.lang), formatAmountIn(line.total, options.lang)), S.againText);
      else sheet.blank(cols.note, S.text);
    }
    sheet.text(cols.key, excelText(line.key), S.code);
    if (decision) sheet.number(cols.basis, cellNumber(decision.basis), S.amount);
  });

  // The total: each column's SUM over the lines that take an approved figure (the others are their sums).
  sheet.row(totalRow);
  for (const col of [1, 2, 4]) sheet.blank(col, S.strongText);
  sheet.text(3, words.grandTotal, S.strongText);
  const requested = amountsByPeriod(review.requested);
  review.periods.forEach((period, p) => {
    const col = cols.firstPeriod + p;
    sheet.formula(col, sumOfRows(approvableRows, letter(col)), cellNumber(requested.get(period) ?? ZERO), S.strongAmount);
  });
  sheet.formula(cols.total, sumOfRows(approvableRows, letter(cols.total)), cellNumber(review.total), S.strongAmount);
  sheet.formula(cols.approved, sumOfRows(approvableRows, letter(cols.approved)), cellNumber(review.approved), S.strongAmount);
  sheet.blank(cols.reason, S.strongText).blank(cols.note, S.strongText);

  let row = totalRow + 1;
  for (const note of words.notes) sheet.row(++row).text(1, note, S.note);
  if (review.orphans.length > 0) {
    row++;
    sheet.row(++row).text(1, words.orphans, S.note);
    for (const o of review.orphans) {
      const figure = o.approved === undefined ? "" : formatAmountIn(o.approved, options.lang);
      sheet.row(++row).text(1, excelText(words.orphan(o.agency, o.code, o.name, figure, o.reason)), S.note);
    }
  }

  const reasons = new SheetXml({ ...PLAIN_SHEET, columns: [{ width: 50 }] }, STYLES);
  reasons.row(1).text(1, h.reason, 0);
  words.reasons.forEach((reason, i) => {
    reasons.row(i + 2).text(1, reason, 0);
  });
  return xlsxPackage(
    [
      { name: words.sheet.name, xml: sheet.xml(), printTitles: [HEADER_ROW, HEADER_ROW + 1] },
      { name: words.reasonsSheet, xml: reasons.xml(), hidden: true },
    ],
    options.date ?? outputDate({}),
    { styles: STYLES.xml },
  );
}
