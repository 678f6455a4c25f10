import ExcelJS from "exceljs";
import type { Pivot } from "../aggregate/pivot.js";
import type { RollupDimension, RollupInput } from "../aggregate/rollup.js";
import { columnName } from "../data/grid.js";
import { ZERO } from "../data/money.js";
import { excelText } from "../data/text.js";
import { ROLLUP_HEADINGS, rollupLines } from "./rollup-lines.js";
import { amountFormat, BORDER, cellNumber, FONT, titleLine, WHOLE_AMOUNT_FORMAT } from "./workbook-style.js";

const HEADER_ROW = 5;

/**
 * Builds the rollup workbook: `Tổng hợp nhiều năm` with the row dimensions, one column per year, the
 * total as a SUM formula, and for each pair of consecutive years the change and its percentage as
 * formulas (all with cached values, so the sheet is right when opened and when recalculated);
 * `Nguồn` lists the inputs and their totals. Pure: nothing is written.
 */
export function rollupAsWorkbook(rollup: Pivot<RollupDimension>, inputs: readonly RollupInput[], title: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "budget";
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet("Tổng hợp nhiều năm", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const lines = rollupLines(rollup);
  const pairs = lines[0]?.changes ?? [];
  const dims = rollup.by.length;
  const yearCol = (i: number) => dims + 1 + i;
  const totalCol = yearCol(rollup.columns.length);
  const changeCol = (i: number) => totalCol + 1 + 2 * i;
  const lastCol = changeCol(pairs.length) - 1;

  titleLine(sheet, 1, lastCol, title.toUpperCase(), { bold: true, size: 14 });
  titleLine(sheet, 2, lastCol, excelText(`(Tổng hợp từ: ${inputs.map((input) => input.label).join("; ")})`), { italic: true });
  const unit = sheet.getCell(3, lastCol);
  unit.value = "Đơn vị tính: triệu đồng";
  unit.font = { name: FONT, size: 13, italic: true };
  unit.alignment = { horizontal: "right" };

  const heads = [
    ...rollup.by.map((d) => ROLLUP_HEADINGS[d]),
    ...rollup.columns.map((c) => (c.key === "" ? c.label : `Năm ${c.label}`)),
    "Tổng",
    ...pairs.flatMap((c) => [`Tăng, giảm ${c.to} so với ${c.from}`, "Tỷ lệ"]),
  ];
  heads.forEach((text, i) => {
    const cell = sheet.getCell(HEADER_ROW, i + 1);
    cell.value = text;
    cell.font = { name: FONT, size: 13, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
  });

  lines.forEach((line, index) => {
    const r = HEADER_ROW + 1 + index;
    const row = sheet.getRow(r);
    if (line.kind === "total") row.getCell(1).value = "TỔNG CỘNG";
    else row.getCell(line.depth + 1).value = excelText(line.labels[line.depth] ?? "");
    rollup.columns.forEach((c, i) => (row.getCell(yearCol(i)).value = cellNumber(line.byColumn.get(c.key) ?? ZERO)));
    const yearsRange = rollup.columns.length > 0 ? `${columnName(yearCol(0) - 1)}${r}:${columnName(yearCol(rollup.columns.length - 1) - 1)}${r}` : "";
    row.getCell(totalCol).value = yearsRange === "" ? cellNumber(line.amount) : { formula: `SUM(${yearsRange})`, result: cellNumber(line.amount) };
    line.changes.forEach((change, i) => {
      const from = `${columnName(yearCol(rollup.columns.findIndex((c) => c.key === change.from)) - 1)}${r}`;
      const to = `${columnName(yearCol(rollup.columns.findIndex((c) => c.key === change.to)) - 1)}${r}`;
      row.getCell(changeCol(i)).value = { formula: `${to}-${from}`, result: cellNumber(change.change) };
      row.getCell(changeCol(i) + 1).value = { formula: `IF(${from}=0,"",(${to}-${from})/${from})`, result: change.ratio ? cellNumber(change.ratio) : "" };
    });
    for (let c = 1; c <= lastCol; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: 13, bold: line.kind !== "line" };
      cell.border = BORDER;
      if (c > dims) cell.numFmt = c > totalCol && (c - totalCol) % 2 === 0 ? "0.0%" : amountFormat(typeof cell.result === "number" ? cell.result : typeof cell.value === "number" ? cell.value : 0);
    }
    if (line.depth > 0) row.outlineLevel = Math.min(line.depth, 7);
  });
  for (let c = 1; c <= dims; c++) sheet.getColumn(c).width = rollup.by[c - 1] === "agency" ? 45 : 24;
  for (let c = dims + 1; c <= lastCol; c++) sheet.getColumn(c).width = 16;
  sheet.views = [{ state: "frozen", ySplit: HEADER_ROW, xSplit: dims }];
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;

  const sources = workbook.addWorksheet("Nguồn");
  sources.addRow(["Tệp", "Tên", "Tổng (triệu đồng)"]);
  for (const input of inputs) sources.addRow([input.file, input.label, cellNumber(input.facts.reduce((acc, fact) => acc.plus(fact.amount), ZERO))]);
  sources.getRow(1).font = { name: FONT, bold: true };
  sources.getColumn(1).width = 50;
  sources.getColumn(2).width = 30;
  sources.getColumn(3).width = 18;
  sources.getColumn(3).numFmt = WHOLE_AMOUNT_FORMAT;
  return workbook;
}
