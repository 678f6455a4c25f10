import type { OwnOutput } from "../data/file-report.js";
import type { Grid, GridSheet } from "../data/grid.js";

/**
 * Which of our outputs a workbook is, told by content our writers put there and no published form
 * has: the appendix's side sheets `Tổng hợp`, `Kiểm tra` and `Nguồn` with its `Tệp | SHA-256` heading
 * (a published appendix, like fixtures/appendix/seed004, has `Phụ lục` alone); the rollup's `Tổng hợp
 * nhiều năm` with `Nguồn` headed `Tệp | Tên | Tổng (triệu đồng)`. Sheet names and headings survive a
 * round trip through Excel or LibreOffice, where document properties may not. A template is not an
 * output to skip: filled, it is the form agencies return; blank, parse says so (BC111).
 */
export function ownOutputOf(grid: Grid): OwnOutput | undefined {
  const names = new Set(grid.sheets.map((sheet) => sheet.name));
  const sources = grid.sheets.find((sheet) => sheet.name === "Nguồn");
  if (names.has("Tổng hợp") && names.has("Kiểm tra") && sources && headingIs(sources, ["Tệp", "SHA-256"])) return "appendix";
  if (names.has("Tổng hợp nhiều năm") && sources && headingIs(sources, ["Tệp", "Tên", "Tổng (triệu đồng)"])) return "rollup";
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
