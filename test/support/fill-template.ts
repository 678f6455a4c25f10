import { readFileSync, writeFileSync } from "node:fs";
import * as XLSX from "xlsx";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { templateColumns, templateRows } from "../../src/write/template-as-workbook.js";

/** One item row to type into a blank form: its code, name, total amount and the 2025 figure. */
export interface TypedItem {
  readonly code: string;
  readonly name: string;
  readonly amount: number;
  /** Also typed as the recurrent total, so the row's figures agree. */
  readonly year2025: number;
}

/**
 * Types `items` into a copy of the blank form `template` (made with the default plan and `rows` item
 * rows) as an officer would in Excel: values into the item rows, each cell keeping its number format,
 * and the agency and `Tổng cộng` rows' formula results as Excel would compute them. Written with
 * SheetJS, which keeps the workbook's defined names.
 */
export function fillTemplate(template: string, target: string, items: readonly TypedItem[], rowCount: number): void {
  const plan = defaultPlan();
  const cols = templateColumns(plan);
  const rows = templateRows({ rows: rowCount });
  const workbook = XLSX.read(readFileSync(template), { cellFormula: true, cellNF: true, cellStyles: true });
  const sheet = workbook.Sheets["Biểu mẫu"];
  if (!sheet) throw new Error("no Biểu mẫu sheet");
  const at = (row: number, col: number) => XLSX.utils.encode_cell({ r: row - 1, c: col - 1 });
  const set = (row: number, col: number, value: string | number) => {
    const format = sheet[at(row, col)]?.z;
    sheet[at(row, col)] = typeof value === "number" ? { t: "n", v: value, ...(format === undefined ? {} : { z: format }) } : { t: "s", v: value };
  };
  items.forEach((item, i) => {
    const row = rows.firstItem + i;
    set(row, cols.code, item.code);
    set(row, cols.name, item.name);
    set(row, cols.amount, item.amount);
    set(row, cols.recurrent, item.year2025);
    set(row, cols.firstYear, item.year2025);
    set(row, cols.firstGroup, "x");
  });
  const firstLevel = items.filter((item) => item.code.split(".").length === 2);
  const sums = new Map<number, number>([
    [cols.amount, firstLevel.reduce((sum, item) => sum + item.amount, 0)],
    [cols.recurrent, firstLevel.reduce((sum, item) => sum + item.year2025, 0)],
    [cols.firstYear, firstLevel.reduce((sum, item) => sum + item.year2025, 0)],
  ]);
  for (const row of [rows.agency, rows.total]) {
    for (const [col, value] of sums) {
      const cell = sheet[at(row, col)];
      if (!cell?.f) throw new Error(`no formula at row ${row}, column ${col}`);
      cell.v = value;
    }
  }
  const bytes: unknown = XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true });
  if (!(bytes instanceof Uint8Array)) throw new Error("SheetJS did not return bytes");
  writeFileSync(target, bytes);
}
