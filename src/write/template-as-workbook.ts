import { columnName } from "../data/grid.js";
import { TEMPLATE_AGENCY_NAME, templateMarkFormula } from "../data/template-mark.js";
import type { Plan } from "../plan/schema.js";
import { outputDate } from "./appendix/output-date.js";
import { templateInstructions } from "./template-instructions.js";
import { FORM_PAGE_XML, GROUP_WIDTH, GUIDE_PAGE_XML, GUIDE_WIDTH, S, STYLES, textHeight } from "./template-style.js";
import { PLAIN_SHEET } from "./workbook-style.js";
import { type DataValidation, SheetXml } from "./xlsx/sheet-xml.js";
import { xlsxPackage } from "./xlsx/xlsx-package.js";

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
  return {
    code: 1,
    name: 2,
    objective: 3,
    period: 4,
    source: 5,
    amount: 6,
    investment: 7,
    recurrent: 8,
    firstYear,
    firstGroup,
    commitment: firstGroup + plan.taskGroups.length,
  };
}

/** The rows of the blank form: the agency row, the blank item rows, the `Tổng cộng` row (1-based). */
export function templateRows(options: Pick<TemplateOptions, "rows">): { agency: number; firstItem: number; lastItem: number; total: number } {
  const agency = HEADER_TOP + HEADER_ROWS;
  return { agency, firstItem: agency + 1, lastItem: agency + options.rows, total: agency + options.rows + 1 };
}

/** Excel's column count: a row-major cell order key is `row * MAX_COLUMNS + column`. */
const MAX_COLUMNS = 16_384;

/** A range of cells to merge (1-based, inclusive). */
interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Builds the blank official proposal form for a plan as .xlsx bytes: title block, unit line, the merged
 * four-row header (support split, years under `Trong đó`, task groups under their frameworks), the agency
 * row and `Tổng cộng` as formulas, blank item rows with drop-down lists for the funding source and for
 * `x` in the task-group columns, the hidden `Danh mục` sheet those lists read, and a `Hướng dẫn` sheet in
 * Vietnamese, and the defined name that marks the form as made for `options.agency`. Excel and LibreOffice recalculate on open. Stamped `date` (by default `SOURCE_DATE_EPOCH`
 * or 2000-01-01): the same plan and options give the same bytes.
 */
export async function templateAsXlsx(plan: Plan, options: TemplateOptions, date: Date = outputDate({})): Promise<Uint8Array> {
  const choices = sourceChoices(plan);
  const lists = `'${LISTS_SHEET}'!$A$2:$A$${choices.length + 1}`;
  return xlsxPackage(
    [
      { name: TEMPLATE_SHEET, xml: formSheet(plan, options, lists), printTitles: [HEADER_TOP, HEADER_TOP + HEADER_ROWS - 1], printTitleColumns: ["A", "B"] },
      { name: LISTS_SHEET, xml: listsSheet(plan, choices), hidden: true },
      { name: "Hướng dẫn", xml: guideSheet(plan, options.agency) },
    ],
    date,
    // The mark of a form the tool made: `budget` reads the agency back from it (src/data/template-mark.ts).
    { styles: STYLES.xml, recalculate: true, definedNames: [{ name: TEMPLATE_AGENCY_NAME, formula: templateMarkFormula(options.agency) }] },
  );
}

/** The `Biểu mẫu` sheet; `sourceList` is the range its funding-source drop-down offers. */
function formSheet(plan: Plan, options: TemplateOptions, sourceList: string): Buffer[] {
  const cols = templateColumns(plan);
  const rows = templateRows(options);
  const last = cols.commitment;
  const figureCols = [cols.amount, cols.investment, cols.recurrent, ...plan.years.map((_, i) => cols.firstYear + i)];
  const groupCols = Array.from({ length: plan.taskGroups.length }, (_, i) => cols.firstGroup + i);
  // Narrow enough that the form prints two A4 pages wide at about full size (see FORM_PAGE_XML).
  const widths = new Map<number, number>([
    [cols.code, 6],
    [cols.name, 30],
    [cols.objective, 24],
    [cols.period, 10],
    [cols.source, 10],
    [cols.commitment, 20],
  ]);
  for (const col of figureCols) widths.set(col, 11);
  for (const col of groupCols) widths.set(col, GROUP_WIDTH);
  const sheet = new SheetXml(
    {
      columns: Array.from({ length: last }, (_, i) => ({ width: widths.get(i + 1) ?? 9 })),
      frozenRows: HEADER_TOP + HEADER_ROWS - 1,
      frozenColumns: 2,
      gridLines: true,
      summaryAbove: false,
      rowHeight: 15,
      validations: validations(cols, rows, groupCols, sourceList, options.agency === ""),
      page: FORM_PAGE_XML,
    },
    STYLES,
  );
  const merges: Merge[] = [];
  const titleRow = (row: number, text: string, style: number) => {
    sheet.row(row).text(1, text, style);
    for (let c = 2; c <= last; c++) sheet.blank(c, style);
    merges.push({ top: row, left: 1, bottom: row, right: last });
  };
  titleRow(1, plan.output.formTitle, S.title);
  titleRow(2, plan.output.formSubtitle, S.subtitle);
  sheet.row(3).text(last - 2, `Đơn vị tính: ${plan.unit}`, S.unit);

  const labels = headerLabels(plan, cols);
  // Group labels are long sentences: give their row the height to show the longest whole.
  const groupRow = Math.max(120, ...plan.taskGroups.map((group) => textHeight(group.label, GROUP_WIDTH, 12, "bold")));
  [36, 48, groupRow, 24].forEach((height, i) => {
    sheet.row(HEADER_TOP + i, { height });
    for (let c = 1; c <= last; c++) {
      const label = labels.find((l) => l.top === HEADER_TOP + i && l.left === c);
      if (label) sheet.text(c, label.text, S.heading);
      else sheet.blank(c, S.heading);
    }
  });
  merges.push(...labels.filter((l) => l.bottom !== l.top || l.right !== l.left));

  const amountCols = new Set([...figureCols, ...groupCols]);
  const codes = `$${columnName(cols.code - 1)}$${rows.firstItem}:$${columnName(cols.code - 1)}$${rows.lastItem}`;
  for (let r = rows.agency; r <= rows.total; r++) {
    sheet.row(r);
    const strong = r === rows.agency || r === rows.total;
    for (let c = 1; c <= last; c++) {
      const style =
        c === cols.code ? (strong ? S.strongCode : S.code) : amountCols.has(c) ? (strong ? S.strongAmount : S.amount) : strong ? S.strongText : S.text;
      const letter = columnName(c - 1);
      if (r === rows.agency && c === cols.code) sheet.text(c, "1", style);
      else if (r === rows.agency && c === cols.name && options.agency !== "") sheet.text(c, options.agency, style);
      else if (r === rows.total && c === cols.name) sheet.text(c, "Tổng cộng", style);
      // Only first-level items (codes with one dot: 1.1, 1.2) add up to the agency: sub-items are inside them.
      else if (r === rows.agency && figureCols.includes(c))
        sheet.formula(c, `SUMPRODUCT(--(LEN(${codes})-LEN(SUBSTITUTE(${codes},".",""))=1),${letter}${rows.firstItem}:${letter}${rows.lastItem})`, 0, style);
      else if (r === rows.total && figureCols.includes(c)) sheet.formula(c, `SUM(${letter}${rows.agency})`, 0, style);
      else sheet.blank(c, style);
    }
  }
  // In the order Excel lists them (by the first cell each covers after its top-left one), as exceljs wrote them.
  const firstCovered = (m: Merge) => (m.right > m.left ? m.top * MAX_COLUMNS + m.left + 1 : (m.top + 1) * MAX_COLUMNS + m.left);
  merges.sort((a, b) => firstCovered(a) - firstCovered(b));
  for (const m of merges) sheet.merge(m.top, m.left, m.bottom, m.right);
  return sheet.xml();
}

/** The header's labels, each with the cells it spans. */
function headerLabels(plan: Plan, cols: TemplateColumns): Array<Merge & { readonly text: string }> {
  const top = HEADER_TOP;
  const bottom = top + HEADER_ROWS - 1;
  const labels: Array<Merge & { readonly text: string }> = [];
  const label = (row: number, col: number, text: string, toRow = row, toCol = col) => labels.push({ top: row, left: col, bottom: toRow, right: toCol, text });
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
  plan.years.forEach((year, i) => {
    label(bottom, cols.firstYear + i, String(year));
  });
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
  return labels;
}

/** The funding-source entries of the drop-down: every code, then each spending type with each budget level. */
export function sourceChoices(plan: Plan): string[] {
  const codes = plan.fundingSources.map((s) => s.code);
  const types = plan.fundingSources.filter((s) => s.dimension === "type");
  const levels = plan.fundingSources.filter((s) => s.dimension === "level");
  const order = (a: string, b: string) => codes.indexOf(a) - codes.indexOf(b);
  return [...codes, ...types.flatMap((t) => levels.map((l) => [t.code, l.code].sort(order).join(", ")))];
}

/** The drop-downs of the item rows (funding source from the lists sheet, `x` in the task groups), and the agency-name prompt. */
function validations(
  cols: TemplateColumns,
  rows: ReturnType<typeof templateRows>,
  groupCols: readonly number[],
  sourceList: string,
  askAgency: boolean,
): DataValidation[] {
  const span = (left: number, right: number) => `${columnName(left - 1)}${rows.firstItem}:${columnName(right - 1)}${rows.lastItem}`;
  const checks: DataValidation[] = [];
  if (askAgency) {
    checks.push({
      type: "textLength",
      operator: "greaterThan",
      formula: "0",
      ranges: [`${columnName(cols.name - 1)}${rows.agency}`],
      prompt: { title: "Tên cơ quan, đơn vị", text: "Ghi tên chính thức của cơ quan, đơn vị (ví dụ: Sở Tư pháp)." },
    });
  }
  checks.push({
    type: "list",
    formula: sourceList,
    ranges: [span(cols.source, cols.source)],
    prompt: { title: "Nguồn vốn", text: "Chọn trong danh sách; nhiều nguồn ghi cách nhau dấu phẩy (CTX, NST)." },
    error: { style: "warning", title: "Nguồn vốn", text: "Nguồn vốn không có trong danh mục của kế hoạch. Vẫn giữ?" },
  });
  const [first, lastGroup] = [groupCols[0], groupCols.at(-1)];
  if (first !== undefined && lastGroup !== undefined) {
    checks.push({
      type: "list",
      formula: '"x"',
      ranges: [span(first, lastGroup)],
      error: { style: "information", title: "Nhóm nhiệm vụ", text: "Ghi x nếu cả nhiệm vụ thuộc nhóm này, hoặc ghi số tiền của phần thuộc nhóm." },
    });
  }
  return checks;
}

/** The hidden `Danh mục` sheet: every funding-source entry of the drop-down, with its names. */
function listsSheet(plan: Plan, choices: readonly string[]): Buffer[] {
  const sheet = new SheetXml(
    {
      ...PLAIN_SHEET,
      columns: [{ width: 16 }, { width: 60 }],
    },
    STYLES,
  );
  const names = new Map(plan.fundingSources.map((s) => [s.code, s.name]));
  sheet.row(1).text(1, "Nguồn vốn", 0).text(2, "Tên", 0);
  choices.forEach((choice, i) => {
    sheet
      .row(i + 2)
      .text(1, choice, 0)
      .text(
        2,
        choice
          .split(", ")
          .map((code) => names.get(code) ?? code)
          .join(" + "),
        0,
      );
  });
  return sheet.xml();
}

/** The `Hướng dẫn` sheet: {@link templateInstructions}, one line a row, each row as tall as its wrapped text, on A4 upright. */
function guideSheet(plan: Plan, agency: string): Buffer[] {
  const sheet = new SheetXml({ ...PLAIN_SHEET, columns: [{ width: GUIDE_WIDTH }], page: GUIDE_PAGE_XML }, STYLES);
  const styles = { heading: S.guideHeading, note: S.guideNote, text: S.guideText } as const;
  templateInstructions(plan, agency).forEach(([text, style], i) => {
    // Neither Excel nor LibreOffice sizes a row to its wrapped text on opening: without a height, the lines overlap.
    const height = textHeight(text, GUIDE_WIDTH, 12, style === "heading" ? "bold" : "plain");
    sheet.row(i + 1, { height: height > 15 ? height : undefined }).text(1, text, styles[style]);
  });
  return sheet.xml();
}
