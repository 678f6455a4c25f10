import * as XLSX from "xlsx";
import { DEFAULT_PLAN } from "../../src/plan/default-plan.js";
import { type GeneratedAgency, type GeneratedItem, halvesToVietnamese, sumOf, YEARS } from "./form-data.js";

const TITLE = "BIỂU MẪU ĐỀ XUẤT DỰ ÁN, NHIỆM VỤ CHUYỂN ĐỔI SỐ";
const SUBTITLE = "(kèm Công văn số        /SKHCN-BCVT&CĐS ngày     tháng 7 năm 2025 của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi)";

// Columns of the official form (0-based): STT, name, objective, period, total, public investment,
// recurrent total, one per year, one per task group, commitment.
const COL = { code: 0, name: 1, objective: 2, period: 3, total: 4, investment: 5, recurrent: 6, firstYear: 7 } as const;
const FIRST_GROUP = COL.firstYear + YEARS.length;
const GROUPS = DEFAULT_PLAN.taskGroups ?? [];
const COMMITMENT = FIRST_GROUP + GROUPS.length;
const HEADER_TOP = 4;
const FIRST_DATA_ROW = HEADER_TOP + 4;
/** The money columns every subtotal states: total, recurrent total and each year. */
const MONEY_COLUMNS = [COL.total, COL.recurrent, ...YEARS.map((_, i) => COL.firstYear + i)];

/** A sheet under construction: its cells by A1 address and its merged ranges. */
class SheetBuilder {
  readonly sheet: XLSX.WorkSheet = {};
  readonly merges: XLSX.Range[] = [];
  lastRow = 0;

  set(row: number, col: number, cell: XLSX.CellObject): void {
    this.sheet[XLSX.utils.encode_cell({ r: row, c: col })] = cell;
    this.lastRow = Math.max(this.lastRow, row);
  }

  text(row: number, col: number, text: string, toRow = row, toCol = col): void {
    this.set(row, col, { t: "s", v: text });
    if (toRow !== row || toCol !== col) this.merges.push({ s: { r: row, c: col }, e: { r: toRow, c: toCol } });
  }

  finish(): XLSX.WorkSheet {
    this.sheet["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: this.lastRow, c: COMMITMENT } });
    this.sheet["!merges"] = this.merges;
    this.sheet["!cols"] = Array.from({ length: COMMITMENT + 1 }, (_, c) => ({ wch: c === COL.name ? 60 : c === COL.objective ? 45 : 12 }));
    return this.sheet;
  }
}

/**
 * The official proposal form (the layout of seed 000, as `scripts/fixtures/official-form.ts` writes it)
 * holding the given agency blocks: title lines, `Đơn vị tính`, the four-row merged header, each agency
 * row with its items and sub-items, and `Tổng cộng` when `totalRow` is set. Subtotals are numbers or
 * `SUM` formulas with their cached values, as each block asks.
 */
export function formSheet(agencies: readonly GeneratedAgency[], totalRow: boolean): XLSX.WorkSheet {
  const b = new SheetBuilder();
  b.text(0, 0, TITLE, 0, COMMITMENT);
  b.text(1, 0, SUBTITLE, 1, COMMITMENT);
  b.text(2, COMMITMENT - 2, "Đơn vị tính: triệu đồng");
  writeHeader(b);

  let row = FIRST_DATA_ROW;
  const agencyRows: number[] = [];
  for (const block of agencies) {
    const agencyRow = row++;
    agencyRows.push(agencyRow);
    const itemRows: number[] = [];
    let contiguous = true;
    for (const item of block.items) {
      itemRows.push(row);
      row = writeItem(b, row, item);
      if (item.children.length > 0) contiguous = false;
    }
    b.text(agencyRow, COL.code, block.code);
    b.text(agencyRow, COL.name, `${block.agency.name} (${block.agency.reference})`);
    const figures = [block.total, block.total, ...block.years];
    MONEY_COLUMNS.forEach((col, i) => {
      const halves = figures[i] ?? 0;
      const first = itemRows[0] ?? agencyRow + 1;
      const last = itemRows[itemRows.length - 1] ?? agencyRow + 1;
      const formula = contiguous ? `SUM(${ref(first, col)}:${ref(last, col)})` : `SUM(${itemRows.map((r) => ref(r, col)).join(",")})`;
      b.set(agencyRow, col, block.formulas ? { t: "n", v: halves / 2, f: formula } : amountCell(halves, block.amountStyle === "text"));
    });
  }
  if (totalRow) {
    const r = row;
    b.text(r, COL.name, "Tổng cộng");
    const figures = [sumOf(agencies, (a) => a.total), sumOf(agencies, (a) => a.total), ...YEARS.map((_, i) => sumOf(agencies, (a) => a.years[i] ?? 0))];
    MONEY_COLUMNS.forEach((col, i) => {
      b.set(r, col, { t: "n", v: (figures[i] ?? 0) / 2, f: `SUM(${agencyRows.map((ar) => ref(ar, col)).join(",")})` });
    });
  }
  return b.finish();
}

function writeHeader(b: SheetBuilder): void {
  const top = HEADER_TOP;
  const lastYear = COL.firstYear + YEARS.length - 1;
  b.text(top, COL.code, "STT", top + 3);
  b.text(top, COL.name, "TÊN DỰ ÁN/NHIỆM VỤ", top + 3);
  b.text(top, COL.objective, "Mục tiêu, quy mô của dự án/ nhiệm vụ", top + 3);
  b.text(top, COL.period, "Thời gian thực hiện", top + 3);
  b.text(top, COL.total, "Tổng mức đầu tư dự án/ Tổng kinh phí thực hiện nhiệm vụ", top + 3);
  b.text(top, COL.investment, "Đề xuất nhu cầu hỗ trợ kinh phí từ NSTW", top, lastYear);
  b.text(top + 1, COL.investment, "Dự án đầu tư công", top + 3);
  b.text(top + 1, COL.recurrent, "Dự án/ nhiệm vụ sử dụng kinh phí thường xuyên NSTW", top + 1, lastYear);
  b.text(top + 2, COL.recurrent, "Tổng số", top + 3);
  b.text(top + 2, COL.firstYear, "Trong đó:", top + 2, lastYear);
  YEARS.forEach((year, i) => {
    b.text(top + 3, COL.firstYear + i, String(year));
  });
  b.text(top, FIRST_GROUP, "Dự án/ nhiệm vụ phù hợp với chủ trương, định hướng, chiến lược", top, COMMITMENT - 1);
  let col = FIRST_GROUP;
  for (const framework of DEFAULT_PLAN.frameworks ?? []) {
    const members = GROUPS.filter((g) => g.framework === framework.key);
    b.text(top + 1, col, framework.label, top + 1, col + members.length - 1);
    for (const group of members) b.text(top + 2, col++, group.label, top + 3);
  }
  b.text(top, COMMITMENT, "Cam kết và thuyết minh về hiệu quả đầu tư", top + 3);
}

/** Writes an item and its sub-items from `row` on; returns the next free row. */
function writeItem(b: SheetBuilder, row: number, item: GeneratedItem): number {
  b.text(row, COL.code, item.code);
  b.text(row, COL.name, item.name);
  if (item.objective) b.text(row, COL.objective, item.objective);
  b.text(row, COL.period, item.period);
  const figures = [item.total, item.total, ...item.years];
  const first = row + 1;
  const last = row + item.children.length;
  MONEY_COLUMNS.forEach((col, i) => {
    const halves = figures[i] ?? 0;
    if (item.formula) b.set(row, col, { t: "n", v: halves / 2, f: `SUM(${ref(first, col)}:${ref(last, col)})` });
    else if (halves > 0) b.set(row, col, amountCell(halves, item.amountStyle === "text"));
    else if (item.zeroStyle === "dash") b.text(row, col, "-");
    else if (item.zeroStyle === "zero") b.set(row, col, { t: "n", v: 0 });
  });
  const groupCol = FIRST_GROUP + item.group.index;
  b.set(row, groupCol, item.group.mark === "x" ? { t: "s", v: "x" } : { t: "n", v: item.total / 2 });
  if (item.commitment) b.text(row, COMMITMENT, item.commitment);
  let next = row + 1;
  for (const child of item.children) next = writeItem(b, next, child);
  return next;
}

function amountCell(halves: number, asText: boolean): XLSX.CellObject {
  return asText ? { t: "s", v: halvesToVietnamese(halves) } : { t: "n", v: halves / 2 };
}

/** The A1 reference of a 0-based row and column. */
function ref(row: number, col: number): string {
  return XLSX.utils.encode_cell({ r: row, c: col });
}
