import type { BudgetRow, Submission } from "../data/budget-row.js";
import type { OwnOutput } from "../data/file-report.js";
import type { Grid, GridSheet } from "../data/grid.js";

/** The exact sheet set `budget template` writes (the form, the drop-down lists, the guide). */
const TEMPLATE_SHEETS = ["Biểu mẫu", "Danh mục", "Hướng dẫn"];

/**
 * Which of our outputs a workbook is, told by content our writers put there and no published form
 * has: the appendix's side sheets `Tổng hợp`, `Kiểm tra` and `Nguồn` with its `Tệp | SHA-256` heading
 * (a published appendix, like fixtures/appendix/seed004, has `Phụ lục` alone); the rollup's `Tổng hợp
 * nhiều năm` with `Nguồn` headed `Tệp | Tên | Tổng (triệu đồng)`; the template's three sheets. Sheet
 * names and headings survive a round trip through Excel or LibreOffice, where document properties
 * may not. A template is only a candidate: `isBlank` decides, since a filled one is a form to read.
 */
export function ownOutputOf(grid: Grid): OwnOutput | undefined {
  const names = new Set(grid.sheets.map((sheet) => sheet.name));
  const sources = grid.sheets.find((sheet) => sheet.name === "Nguồn");
  if (names.has("Tổng hợp") && names.has("Kiểm tra") && sources && headingIs(sources, ["Tệp", "SHA-256"])) return "appendix";
  if (names.has("Tổng hợp nhiều năm") && sources && headingIs(sources, ["Tệp", "Tên", "Tổng (triệu đồng)"])) return "rollup";
  if (grid.sheets.length === TEMPLATE_SHEETS.length && TEMPLATE_SHEETS.every((name) => names.has(name))) return "template";
  return undefined;
}

/** Whether the first row of a sheet starts with these texts. */
function headingIs(sheet: GridSheet, texts: readonly string[]): boolean {
  const first = sheet.rows[0];
  return texts.every((text, col) => {
    const value = first?.[col]?.value;
    return value?.kind === "text" && value.value.trim() === text;
  });
}

/**
 * Whether parsed form sheets carry nothing: no amount other than zero anywhere (totals, years,
 * task-group amounts) and no named row below the top level (`1.1`, `(1)`…): the template names only
 * its agency row (`1 Sở Tư pháp`), whatever that row is read as. One an agency has filled in, even
 * with names alone, is not blank, and is read with its findings.
 */
export function isBlank(submissions: readonly Submission[]): boolean {
  return submissions.every((submission) => {
    const rows = submission.agencies.flatMap((agency) => [...(agency.row ? [agency.row] : []), ...agency.items]);
    return (submission.statedTotal === undefined || rowIsBlank(submission.statedTotal)) && rows.every(rowIsBlank);
  });
}

function rowIsBlank(row: BudgetRow): boolean {
  const amounts = [row.amount, row.recurrentTotal, row.publicInvestment, ...row.years.values(), ...[...row.groups.values()].flatMap((mark) => (mark.kind === "amount" ? [mark.amount] : []))];
  if (amounts.some((amount) => amount !== null && !amount.value.isZero())) return false;
  if (row.name.trim() !== "" && !topLevel(row)) return false;
  return row.children.every(rowIsBlank);
}

function topLevel(row: BudgetRow): boolean {
  return row.role !== "item" || row.code.kind === "section" || (row.code.kind === "path" && row.code.parts.length === 1);
}
