import ExcelJS from "exceljs";
import type { Consolidation } from "../aggregate/consolidate.js";
import { contributions, totalsOf } from "../aggregate/totals.js";
import type { BudgetRow } from "../data/budget-row.js";
import type { Diagnostic } from "../data/diagnostic.js";
import type { Money } from "../data/money.js";
import { cellAddress, columnName } from "../data/grid.js";
import { excelText } from "../data/text.js";
import type { Plan } from "../plan/schema.js";
import { amountInWordsLine } from "./amount-in-words.js";
import { diagnosticMessage, type Lang } from "./diagnostic-message.js";
import { totalsGrid } from "./totals-grid.js";

/** One input file as listed on the `Nguồn` sheet. */
export interface SourceFile {
  readonly file: string;
  readonly sha256: string | undefined;
  readonly agencies: readonly string[];
  readonly sheets: readonly string[];
  readonly rowsRead: number;
  readonly diagnostics: number;
}

const FONT = "Times New Roman";
const AMOUNT_FORMAT = "#,##0.######;-#,##0.######;\"-\"";
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** The figures of a line of the appendix: a stated value, or a SUM over other lines. */
type Figure = { kind: "value"; value: Money | undefined } | { kind: "sum"; rows: readonly number[]; value: Money };

/**
 * Builds the consolidated appendix workbook: `Phụ lục` (sections → agencies → items with subtotals as
 * SUM formulas carrying their cached values, TỔNG and the total in words), `Tổng hợp` (agency × year
 * × funding source), `Kiểm tra` (diagnostics) and `Nguồn` (input files). Pure: nothing is written.
 */
export function appendixAsWorkbook(consolidation: Consolidation, plan: Plan, diagnostics: readonly Diagnostic[], sources: readonly SourceFile[], lang: Lang): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "budget";
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  addAppendixSheet(workbook, consolidation, plan);
  addSummarySheet(workbook, consolidation);
  addChecksSheet(workbook, diagnostics, lang);
  addSourcesSheet(workbook, sources);
  return workbook;
}

function addAppendixSheet(workbook: ExcelJS.Workbook, consolidation: Consolidation, plan: Plan): void {
  const sheet = workbook.addWorksheet("Phụ lục", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const years = consolidation.years;
  const totalCol = 3;
  const yearCol = (i: number) => 4 + i;
  const sourceCol = 4 + years.length;
  const legalCol = sourceCol + 1;
  const lastCol = legalCol;

  title(sheet, 1, lastCol, plan.output.appendixLabel, { bold: true });
  title(sheet, 2, lastCol, plan.output.title.toUpperCase(), { bold: true, size: 14 });
  title(sheet, 3, lastCol, plan.output.subtitle, { italic: true });
  sheet.getCell(4, lastCol).value = "Đơn vị tính: triệu đồng";
  sheet.getCell(4, lastCol).font = { name: FONT, size: 13, italic: true };
  sheet.getCell(4, lastCol).alignment = { horizontal: "right" };

  const header = (col: number, text: string, toCol = col, rows = 2) => {
    sheet.getCell(5, col).value = text;
    if (rows > 1 || toCol > col) sheet.mergeCells(5, col, 5 + rows - 1, toCol);
  };
  header(1, "TT");
  header(2, "Cơ quan, đơn vị / Nội dung");
  header(totalCol, "Tổng kinh phí");
  if (years.length > 0) {
    header(yearCol(0), "Trong đó", yearCol(years.length - 1), 1);
    years.forEach((year, i) => (sheet.getCell(6, yearCol(i)).value = `Năm ${year}`));
  }
  header(sourceCol, "Nguồn vốn");
  header(legalCol, "Văn bản có liên quan");
  for (let r = 5; r <= 6; r++) {
    for (let c = 1; c <= lastCol; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { name: FONT, size: 13, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = BORDER;
    }
  }

  let next = 7;
  const writeLine = (code: string, name: string, figures: readonly Figure[], extra: { sources: string; legal: string; bold: boolean; level: number }): number => {
    const r = next++;
    const row = sheet.getRow(r);
    row.getCell(1).value = code;
    row.getCell(2).value = name;
    figures.forEach((figure, i) => {
      const cell = row.getCell(totalCol + i);
      if (figure.kind === "sum") {
        const col = columnName(totalCol + i - 1);
        cell.value = { formula: figure.rows.length > 0 ? `SUM(${figure.rows.map((x) => `${col}${x}`).join(",")})` : "0", result: toNumber(figure.value) };
      } else if (figure.value) {
        cell.value = toNumber(figure.value);
      }
      cell.numFmt = AMOUNT_FORMAT;
    });
    row.getCell(sourceCol).value = extra.sources;
    row.getCell(legalCol).value = extra.legal;
    for (let c = 1; c <= lastCol; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: 13, bold: extra.bold };
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: true, horizontal: c === 1 ? "center" : undefined };
    }
    if (extra.level > 0) row.outlineLevel = Math.min(extra.level, 7);
    return r;
  };
  const sumFigures = (rows: readonly number[], totals: { total: Money; byYear: ReadonlyMap<number, Money> }): Figure[] => [
    { kind: "sum", rows, value: totals.total },
    ...years.map((year): Figure => ({ kind: "sum", rows, value: totals.byYear.get(year) ?? totals.total.minus(totals.total) })),
  ];

  const writeItem = (item: BudgetRow, code: string, level: number): number => {
    const r = writeLine(code, item.name, [], { sources: item.fundingSources.join(", "), legal: item.legalBasis, bold: false, level });
    const childRows = item.children.map((child, j) => writeItem(child, childCode(child, code, j), level + 1));
    const totals = totalsOf(contributions([item]));
    const figures: Figure[] =
      childRows.length > 0 && item.children.some((c) => c.amount || c.years.size > 0 || c.children.length > 0)
        ? sumFigures(childRows, totals)
        : [{ kind: "value", value: totals.total }, ...years.map((year): Figure => ({ kind: "value", value: item.years.get(year)?.value }))];
    fillFigures(sheet.getRow(r), totalCol, figures);
    return r;
  };

  const sectionRows: number[] = [];
  for (const section of consolidation.sections) {
    const sectionRow = section.code !== "" ? writeLine(section.code, section.name, [], { sources: "", legal: "", bold: true, level: 0 }) : undefined;
    const agencyRows: number[] = [];
    section.agencies.forEach((agency, index) => {
      const code = String(index + 1);
      const r = writeLine(code, agency.name, [], { sources: "", legal: agency.references.join("; "), bold: true, level: sectionRow ? 1 : 0 });
      agencyRows.push(r);
      const itemRows = agency.items.map((item, j) => writeItem(item, childCode(item, code, j), (sectionRow ? 2 : 1)));
      fillFigures(sheet.getRow(r), totalCol, sumFigures(itemRows, agency.totals));
    });
    if (sectionRow) {
      fillFigures(sheet.getRow(sectionRow), totalCol, sumFigures(agencyRows, section.totals));
      sectionRows.push(sectionRow);
    } else {
      sectionRows.push(...agencyRows);
    }
  }
  const totalRow = writeLine("", "TỔNG", sumFigures(sectionRows, consolidation.totals), { sources: "", legal: "", bold: true, level: 0 });
  const words = sheet.getCell(totalRow + 1, 1);
  words.value = amountInWordsLine(consolidation.totals.total);
  sheet.mergeCells(totalRow + 1, 1, totalRow + 1, lastCol);
  words.font = { name: FONT, size: 13, italic: true };

  sheet.getColumn(1).width = 7;
  sheet.getColumn(2).width = 60;
  sheet.getColumn(totalCol).width = 16;
  years.forEach((_, i) => (sheet.getColumn(yearCol(i)).width = 14));
  sheet.getColumn(sourceCol).width = 14;
  sheet.getColumn(legalCol).width = 30;
  sheet.views = [{ state: "frozen", ySplit: 6 }];
  sheet.pageSetup.printTitlesRow = "5:6";
}

function fillFigures(row: ExcelJS.Row, totalCol: number, figures: readonly Figure[]): void {
  figures.forEach((figure, i) => {
    const cell = row.getCell(totalCol + i);
    if (figure.kind === "sum") {
      const col = columnName(totalCol + i - 1);
      cell.value = { formula: `SUM(${figure.rows.map((x) => `${col}${x}`).join(",")})`, result: toNumber(figure.value) };
    } else {
      cell.value = figure.value ? toNumber(figure.value) : null;
    }
    cell.numFmt = AMOUNT_FORMAT;
  });
}

/** The code of a row in the appendix: numeric paths renumbered under their new parent, others kept. */
function childCode(row: BudgetRow, parentCode: string, index: number): string {
  return row.code.kind === "path" || row.code.kind === "none" || row.code.kind === "malformed" ? `${parentCode}.${index + 1}` : row.code.text;
}

function title(sheet: ExcelJS.Worksheet, row: number, lastCol: number, text: string, font: Partial<ExcelJS.Font>): void {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size: 13, ...font };
  cell.alignment = { horizontal: "center", wrapText: true };
  sheet.mergeCells(row, 1, row, lastCol);
}

function addSummarySheet(workbook: ExcelJS.Workbook, consolidation: Consolidation): void {
  const sheet = workbook.addWorksheet("Tổng hợp");
  const grid = totalsGrid(consolidation);
  sheet.addRow(["TT", "Cơ quan, đơn vị", ...grid.columns]);
  for (const line of grid.lines) {
    sheet.addRow([line.code, line.label, ...line.values.map((v) => (v ? toNumber(v) : 0))]);
  }
  sheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      cell.font = { name: FONT, size: 13, bold: r === 1 || grid.lines[r - 2]?.kind !== "agency" };
      cell.border = BORDER;
      if (c > 2) cell.numFmt = AMOUNT_FORMAT;
    });
  });
  sheet.getColumn(2).width = 45;
  for (let c = 3; c <= grid.columns.length + 2; c++) sheet.getColumn(c).width = 16;
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}

function addChecksSheet(workbook: ExcelJS.Workbook, diagnostics: readonly Diagnostic[], lang: Lang): void {
  const sheet = workbook.addWorksheet("Kiểm tra");
  sheet.addRow(["Mã", "Mức độ", "Nội dung", "Tệp", "Trang tính", "Ô", "STT", "Tên dòng"]);
  for (const d of diagnostics) {
    sheet.addRow([d.code, d.severity, diagnosticMessage(d, lang), d.file, d.sheet ?? "", d.cell ?? "", d.rowCode ?? "", d.rowName ?? ""]);
  }
  sheet.getRow(1).font = { name: FONT, bold: true };
  sheet.getColumn(3).width = 70;
  sheet.getColumn(4).width = 40;
}

function addSourcesSheet(workbook: ExcelJS.Workbook, sources: readonly SourceFile[]): void {
  const sheet = workbook.addWorksheet("Nguồn");
  sheet.addRow(["Tệp", "SHA-256", "Cơ quan, đơn vị", "Trang tính", "Số dòng đọc", "Số chẩn đoán"]);
  for (const source of sources) {
    sheet.addRow([source.file, source.sha256 ?? "", excelText(source.agencies.join("; ")), excelText(source.sheets.join("; ")), source.rowsRead, source.diagnostics]);
  }
  sheet.getRow(1).font = { name: FONT, bold: true };
  sheet.getColumn(1).width = 45;
  sheet.getColumn(2).width = 66;
  sheet.getColumn(3).width = 40;
}

/** Amounts leave exact arithmetic only here, at the cell: a spreadsheet number is a double. */
function toNumber(value: Money): number {
  return Number(value.toFixed());
}

export { cellAddress };
