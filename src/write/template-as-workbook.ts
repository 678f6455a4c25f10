import ExcelJS from "exceljs";
import { columnName } from "../data/grid.js";
import type { Plan } from "../plan/schema.js";
import { templateInstructions } from "./template-instructions.js";
import { BORDER, FONT, titleLine, WHOLE_AMOUNT_FORMAT } from "./workbook-style.js";

/** What to put in a blank form besides the plan. */
export interface TemplateOptions {
  /** The agency's official name, written in its row; empty leaves the row for the agency to fill. */
  readonly agency: string;
  /** How many blank item rows to leave under the agency row. */
  readonly rows: number;
}

/** The sheet agencies fill in, and the hidden sheet holding the validation lists. */
export const TEMPLATE_SHEET = "Biểu mẫu";
const LISTS_SHEET = "Danh mục";
const HEADER_TOP = 5;
const HEADER_ROWS = 4;

/** Where each column of the blank form is (1-based), for a plan's years and task groups. */
export interface TemplateColumns {
  readonly code: number;
  readonly name: number;
  readonly objective: number;
  readonly period: number;
  readonly source: number;
  readonly amount: number;
  readonly investment: number;
  readonly recurrent: number;
  readonly firstYear: number;
  readonly firstGroup: number;
  readonly commitment: number;
}

/** The columns of the blank form: the official layout, with a funding-source column after the period. */
export function templateColumns(plan: Plan): TemplateColumns {
  const firstYear = 9;
  const firstGroup = firstYear + plan.years.length;
  return { code: 1, name: 2, objective: 3, period: 4, source: 5, amount: 6, investment: 7, recurrent: 8, firstYear, firstGroup, commitment: firstGroup + plan.taskGroups.length };
}

/** The rows of the blank form: the agency row, the blank item rows, the `Tổng cộng` row (1-based). */
export function templateRows(options: Pick<TemplateOptions, "rows">): { agency: number; firstItem: number; lastItem: number; total: number } {
  const agency = HEADER_TOP + HEADER_ROWS;
  return { agency, firstItem: agency + 1, lastItem: agency + options.rows, total: agency + options.rows + 1 };
}

/**
 * Builds the blank official proposal form for a plan: title block, unit line, the merged four-row
 * header (support split, years under `Trong đó`, task groups under their frameworks), the agency row
 * and `Tổng cộng` as formulas, blank item rows with drop-down lists for the funding source and for
 * `x` in the task-group columns, and a `Hướng dẫn` sheet in Vietnamese. Excel recalculates on open.
 */
export function templateAsWorkbook(plan: Plan, options: TemplateOptions): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "budget";
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const cols = templateColumns(plan);
  const rows = templateRows(options);
  const last = cols.commitment;

  titleLine(sheet, 1, last, plan.output.formTitle, { bold: true, size: 14 });
  titleLine(sheet, 2, last, plan.output.formSubtitle, { italic: true });
  const unit = sheet.getCell(3, last - 2);
  unit.value = `Đơn vị tính: ${plan.unit}`;
  unit.font = { name: FONT, size: 13, italic: true };

  writeHeader(sheet, plan, cols);
  const figureCols = [cols.amount, cols.investment, cols.recurrent, ...plan.years.map((_, i) => cols.firstYear + i)];
  const codes = `$${columnName(cols.code - 1)}$${rows.firstItem}:$${columnName(cols.code - 1)}$${rows.lastItem}`;

  const agencyRow = sheet.getRow(rows.agency);
  agencyRow.getCell(cols.code).value = "1";
  agencyRow.getCell(cols.name).value = options.agency === "" ? null : options.agency;
  for (const col of figureCols) {
    const letter = columnName(col - 1);
    // Only first-level items (codes with one dot: 1.1, 1.2) add up to the agency: sub-items are inside them.
    agencyRow.getCell(col).value = { formula: `SUMPRODUCT(--(LEN(${codes})-LEN(SUBSTITUTE(${codes},".",""))=1),${letter}${rows.firstItem}:${letter}${rows.lastItem})`, result: 0 };
  }
  const totalRow = sheet.getRow(rows.total);
  totalRow.getCell(cols.name).value = "Tổng cộng";
  for (const col of figureCols) totalRow.getCell(col).value = { formula: `SUM(${columnName(col - 1)}${rows.agency})`, result: 0 };

  for (let r = rows.agency; r <= rows.total; r++) {
    const row = sheet.getRow(r);
    const strong = r === rows.agency || r === rows.total;
    for (let c = 1; c <= last; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: 12, bold: strong };
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: true, horizontal: c === cols.code ? "center" : undefined };
      if (figureCols.includes(c) || c >= cols.firstGroup && c < cols.commitment) cell.numFmt = WHOLE_AMOUNT_FORMAT;
    }
  }
  addValidations(workbook, sheet, plan, cols, rows, options.agency === "");

  sheet.getColumn(cols.code).width = 8;
  sheet.getColumn(cols.name).width = 45;
  sheet.getColumn(cols.objective).width = 35;
  sheet.getColumn(cols.period).width = 12;
  sheet.getColumn(cols.source).width = 14;
  for (const col of figureCols) sheet.getColumn(col).width = 14;
  for (let c = cols.firstGroup; c < cols.commitment; c++) sheet.getColumn(c).width = 12;
  sheet.getColumn(cols.commitment).width = 35;
  sheet.views = [{ state: "frozen", ySplit: HEADER_TOP + HEADER_ROWS - 1, xSplit: 2 }];
  sheet.pageSetup.printTitlesRow = `${HEADER_TOP}:${HEADER_TOP + HEADER_ROWS - 1}`;

  const guide = workbook.addWorksheet("Hướng dẫn");
  guide.getColumn(1).width = 110;
  for (const [text, style] of templateInstructions(plan, options.agency)) {
    const row = guide.addRow([text]);
    row.getCell(1).font = { name: FONT, size: 12, bold: style === "heading", italic: style === "note" };
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
  }
  return workbook;
}

function writeHeader(sheet: ExcelJS.Worksheet, plan: Plan, cols: TemplateColumns): void {
  const top = HEADER_TOP;
  const bottom = top + HEADER_ROWS - 1;
  const label = (row: number, col: number, text: string, toRow = row, toCol = col) => {
    sheet.getCell(row, col).value = text;
    if (toRow !== row || toCol !== col) sheet.mergeCells(row, col, toRow, toCol);
  };
  const lastYear = cols.firstYear + plan.years.length - 1;
  label(top, cols.code, "STT", bottom);
  label(top, cols.name, "TÊN DỰ ÁN/NHIỆM VỤ", bottom);
  label(top, cols.objective, "Mục tiêu, quy mô của dự án/ nhiệm vụ", bottom);
  label(top, cols.period, "Thời gian thực hiện", bottom);
  label(top, cols.source, "Nguồn vốn", bottom);
  label(top, cols.amount, "Tổng mức đầu tư dự án/ Tổng kinh phí thực hiện nhiệm vụ", bottom);
  label(top, cols.investment, "Đề xuất nhu cầu hỗ trợ kinh phí từ NSTW", top, lastYear);
  label(top + 1, cols.investment, "Dự án đầu tư công", bottom);
  label(top + 1, cols.recurrent, "Dự án/ nhiệm vụ sử dụng kinh phí thường xuyên NSTW", top + 1, lastYear);
  label(top + 2, cols.recurrent, "Tổng số", bottom);
  label(top + 2, cols.firstYear, "Trong đó:", top + 2, lastYear);
  plan.years.forEach((year, i) => label(bottom, cols.firstYear + i, String(year)));
  if (plan.taskGroups.length > 0) {
    label(top, cols.firstGroup, "Dự án/ nhiệm vụ phù hợp với chủ trương, định hướng, chiến lược", top, cols.commitment - 1);
    let col = cols.firstGroup;
    for (const framework of [...new Set(plan.taskGroups.map((g) => g.framework))]) {
      const members = plan.taskGroups.filter((g) => g.framework === framework);
      label(top + 1, col, plan.frameworks.find((f) => f.key === framework)?.label ?? framework, top + 1, col + members.length - 1);
      for (const group of members) label(top + 2, col++, group.label, bottom);
    }
  }
  label(top, cols.commitment, "Cam kết và thuyết minh về hiệu quả đầu tư", bottom);
  // Group labels are long sentences: give their row the height to show them whole.
  [36, 48, 120, 24].forEach((height, i) => (sheet.getRow(top + i).height = height));
  for (let r = top; r <= bottom; r++) {
    for (let c = 1; c <= cols.commitment; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { name: FONT, size: 12, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = BORDER;
    }
  }
}

/** The funding-source entries of the drop-down: every code, then each spending type with each budget level. */
export function sourceChoices(plan: Plan): string[] {
  const codes = plan.fundingSources.map((s) => s.code);
  const types = plan.fundingSources.filter((s) => s.dimension === "type");
  const levels = plan.fundingSources.filter((s) => s.dimension === "level");
  const order = (a: string, b: string) => codes.indexOf(a) - codes.indexOf(b);
  return [...codes, ...types.flatMap((t) => levels.map((l) => [t.code, l.code].sort(order).join(", ")))];
}

function addValidations(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  plan: Plan,
  cols: TemplateColumns,
  rows: ReturnType<typeof templateRows>,
  askAgency: boolean,
): void {
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
  lists.addRow(["Nguồn vốn", "Tên"]);
  const names = new Map(plan.fundingSources.map((s) => [s.code, s.name]));
  const choices = sourceChoices(plan);
  for (const choice of choices) lists.addRow([choice, choice.split(", ").map((code) => names.get(code) ?? code).join(" + ")]);
  const sourceList = `'${LISTS_SHEET}'!$A$2:$A$${choices.length + 1}`;

  if (askAgency) {
    sheet.getCell(rows.agency, cols.name).dataValidation = {
      type: "textLength",
      operator: "greaterThan",
      formulae: [0],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "Tên cơ quan, đơn vị",
      prompt: "Ghi tên chính thức của cơ quan, đơn vị (ví dụ: Sở Tư pháp).",
    };
  }
  for (let r = rows.firstItem; r <= rows.lastItem; r++) {
    sheet.getCell(r, cols.code).numFmt = "@";
    sheet.getCell(r, cols.source).dataValidation = {
      type: "list",
      formulae: [sourceList],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "Nguồn vốn",
      error: "Nguồn vốn không có trong danh mục của kế hoạch. Vẫn giữ?",
      showInputMessage: true,
      promptTitle: "Nguồn vốn",
      prompt: "Chọn trong danh sách; nhiều nguồn ghi cách nhau dấu phẩy (CTX, NST).",
    };
    for (let c = cols.firstGroup; c < cols.commitment; c++) {
      sheet.getCell(r, c).dataValidation = {
        type: "list",
        formulae: ['"x"'],
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: "information",
        errorTitle: "Nhóm nhiệm vụ",
        error: "Ghi x nếu cả nhiệm vụ thuộc nhóm này, hoặc ghi số tiền của phần thuộc nhóm.",
      };
    }
  }
  lists.getColumn(1).width = 16;
  lists.getColumn(2).width = 60;
}
