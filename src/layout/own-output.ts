import type { OwnOutput } from "../data/file-report.js";
import type { Grid, GridSheet } from "../data/grid.js";

/**
 * Which of our outputs a workbook is, told by content our writers put there and no published form
 * has: the appendix's side sheets `Tổng hợp`, `Kiểm tra` and `Nguồn` with its `Tệp | SHA-256` heading,
 * or, without the audit sheets (`--no-audit`), `Tổng hợp` under its title and `Nhóm nhiệm vụ` (a published appendix, like fixtures/appendix/seed004, has `Phụ lục` alone); the rollup's `Tổng hợp
 * nhiều năm` with `Nguồn` headed `Tệp | Tên | Tổng (triệu đồng)`; the roster's `Tình hình nộp` (or, in
 * English, `Received`) with its heading row `TT | Cơ quan, đơn vị | Tình trạng | Tệp` (`No. | Agency |
 * State | File`) on row 5, as `write/status-as-workbook.ts` writes them. Sheet names and headings survive a
 * round trip through Excel or LibreOffice, where document properties may not. A template is not an
 * output to skip: filled, it is the form agencies return; blank, parse says so (BC111).
 */
export function ownOutputOf(grid: Grid): OwnOutput | undefined {
  const names = new Set(grid.sheets.map((sheet) => sheet.name));
  const sources = grid.sheets.find((sheet) => sheet.name === "Nguồn");
  if (names.has("Tổng hợp") && names.has("Kiểm tra") && sources && headingIs(sources, ["Tệp", "SHA-256"])) return "appendix";
  // Written with --no-audit (or --audit-file), the appendix has no `Kiểm tra` nor `Nguồn`: its summary's title tells it.
  const summary = grid.sheets.find((sheet) => sheet.name === "Tổng hợp");
  if (names.has("Nhóm nhiệm vụ") && summary && headingIs(summary, [APPENDIX_SUMMARY_TITLE])) return "appendix";
  if (names.has("Tổng hợp nhiều năm") && sources && headingIs(sources, ["Tệp", "Tên", "Tổng (triệu đồng)"])) return "rollup";
  for (const [name, heading] of ROSTER_SHEETS) {
    const roster = grid.sheets.find((sheet) => sheet.name === name);
    if (roster && headingIs(roster, heading, ROSTER_HEADING_ROW)) return "status";
  }
  return undefined;
}

/** The title of the appendix's `Tổng hợp` sheet, as `write/appendix/side-sheets.ts` writes it. */
const APPENDIX_SUMMARY_TITLE = "TỔNG HỢP KINH PHÍ THEO CƠ QUAN, ĐƠN VỊ, NĂM VÀ NGUỒN VỐN";

/** The roster's sheet name and the start of its heading row, in each language it is written in. */
const ROSTER_SHEETS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Tình hình nộp", ["TT", "Cơ quan, đơn vị", "Tình trạng", "Tệp"]],
  ["Received", ["No.", "Agency", "State", "File"]],
];
/** The roster's heading row, 0-based: below the title, the plan's name and the unit. */
const ROSTER_HEADING_ROW = 4;

/** Whether a row of a sheet (the first by default) starts with these texts. */
function headingIs(sheet: GridSheet, texts: readonly string[], row = 0): boolean {
  const first = sheet.rows[row];
  return texts.every((text, col) => {
    const value = first?.[col]?.value;
    return value?.kind === "text" && value.value.trim() === text;
  });
}
