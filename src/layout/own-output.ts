import type { OwnOutput } from "../data/file-report.js";
import type { Grid, GridSheet } from "../data/grid.js";
import {
  APPENDIX_SHEETS,
  APPENDIX_SOURCES_HEADING,
  APPENDIX_SUMMARY_TITLE,
  DIFF_HEADING_ROW,
  DIFF_SHEET,
  REVIEW_HEADING_ROW,
  REVIEW_SHEET,
  ROLLUP_SHEETS,
  ROLLUP_SOURCES_HEADING,
  ROSTER_HEADING_ROW,
  ROSTER_SHEET,
} from "../data/output-marks.js";

/**
 * Which of our outputs a workbook is, told by content our writers put there and no published form
 * has: the appendix's side sheets `Tổng hợp`, `Kiểm tra` and `Nguồn` with its `Tệp | SHA-256` heading,
 * or, without the audit sheets (`--no-audit`), `Tổng hợp` under its title and `Nhóm nhiệm vụ` (a published appendix, like fixtures/appendix/seed004, has `Phụ lục` alone); the rollup's `Tổng hợp
 * nhiều năm` with `Nguồn` headed `Tệp | Tên | Tổng (triệu đồng)`; the roster's `Tình hình nộp` (or, in
 * English, `Received`) with its heading row `TT | Cơ quan, đơn vị | Tình trạng | Tệp` (`No. | Agency |
 * State | File`) on row 5, as `write/status-as-workbook.ts` writes them; the diff's `Thay đổi` (`Changes`)
 * with `STT cũ | STT mới | Tên dự án/nhiệm vụ` on row 5 (`write/diff-as-workbook.ts`); the review workbook's
 * `Thẩm định` (`Review`) with `Cơ quan, đơn vị | STT | Tên dự án/nhiệm vụ | Nguồn vốn` on row 5
 * (`write/review-as-workbook.ts`): its requested figures are the forms' figures. Sheet names and headings survive a
 * round trip through Excel or LibreOffice, where document properties may not; the writers take them
 * from the same place (`data/output-marks.ts`). A template is not an
 * output to skip: filled, it is the form agencies return; blank, parse says so (BC111).
 */
export function ownOutputOf(grid: Grid): OwnOutput | undefined {
  const names = new Set(grid.sheets.map((sheet) => sheet.name));
  const sources = grid.sheets.find((sheet) => sheet.name === APPENDIX_SHEETS.sources);
  if (names.has(APPENDIX_SHEETS.summary) && names.has(APPENDIX_SHEETS.checks) && sources && headingIs(sources, APPENDIX_SOURCES_HEADING)) return "appendix";
  // Written with --no-audit (or --audit-file), the appendix has no `Kiểm tra` nor `Nguồn`: its summary's title tells it.
  const summary = grid.sheets.find((sheet) => sheet.name === APPENDIX_SHEETS.summary);
  if (names.has(APPENDIX_SHEETS.groups) && summary && headingIs(summary, [APPENDIX_SUMMARY_TITLE])) return "appendix";
  const rollupSources = grid.sheets.find((sheet) => sheet.name === ROLLUP_SHEETS.sources);
  if (names.has(ROLLUP_SHEETS.rollup) && rollupSources && headingIs(rollupSources, ROLLUP_SOURCES_HEADING)) return "rollup";
  for (const { name, heading } of Object.values(ROSTER_SHEET)) {
    const roster = grid.sheets.find((sheet) => sheet.name === name);
    if (roster && headingIs(roster, heading, ROSTER_HEADING_ROW)) return "status";
  }
  for (const { name, heading } of Object.values(DIFF_SHEET)) {
    const changes = grid.sheets.find((sheet) => sheet.name === name);
    if (changes && headingIs(changes, heading, DIFF_HEADING_ROW)) return "diff";
  }
  for (const { name, heading } of Object.values(REVIEW_SHEET)) {
    const review = grid.sheets.find((sheet) => sheet.name === name);
    if (review && headingIs(review, heading, REVIEW_HEADING_ROW)) return "review";
  }
  return undefined;
}

/** Whether a row of a sheet (the first by default) starts with these texts. */
function headingIs(sheet: GridSheet, texts: readonly string[], row = 0): boolean {
  const first = sheet.rows[row];
  return texts.every((text, col) => {
    const value = first?.[col]?.value;
    return value?.kind === "text" && value.value.trim() === text;
  });
}
