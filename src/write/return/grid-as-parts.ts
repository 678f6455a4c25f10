import type { Cell, Grid } from "../../data/grid.js";
import { FONT } from "../workbook-style.js";
import { SheetXml } from "../xlsx/sheet-xml.js";
import { type CellFormat, styleTable } from "../xlsx/style-table.js";
import { xlsxPackageParts } from "../xlsx/xlsx-package.js";
import type { Part } from "./annotate-package.js";

/** A workbook built from a grid: its parts, and the name each grid sheet got (Excel allows 31 characters, and not all of them). */
export interface GridWorkbook {
  readonly parts: Part[];
  readonly sheetNames: ReadonlyMap<string, string>;
}

const SHEET_NAME_REFUSED = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

/**
 * An .xlsx package of what was read from a file that is not one (.xls, .ods, CSV), for `budget
 * return` to annotate: every cell's value, formula (with its cached value) and number format, merged
 * cells and hidden rows, each sheet under its own name (made one Excel accepts). Fonts, fills, borders
 * and column widths are not in a grid, so they are not in the copy. Stamped `date`.
 */
export function gridAsParts(grid: Grid, date: Date): GridWorkbook {
  const formats = [...new Set(grid.sheets.flatMap((sheet) => sheet.rows.flatMap((row) => (row ?? []).flatMap((cell) => numberFormatOf(cell)))))];
  const styles = styleTable(
    [`<font><sz val="12"/><name val="${FONT}"/></font>`],
    [{ font: 0 }, ...formats.map((numFmt): CellFormat => ({ font: 0, numFmt, wholeOnly: true }))],
  );
  const styleOf = (cell: Cell): number => {
    const format = numberFormatOf(cell)[0];
    return format === undefined ? 0 : formats.indexOf(format) + 1;
  };
  const sheetNames = new Map<string, string>();
  const used = new Set<string>();
  const sheets = grid.sheets.map((sheet) => {
    const name = excelSheetName(sheet.name, used);
    sheetNames.set(sheet.name, name);
    const xml = new SheetXml({ columns: [], frozenRows: 0, gridLines: true, summaryAbove: false, rowHeight: 15.75, fitToPage: false, page: "" }, styles);
    sheet.rows.forEach((row, r) => {
      const hidden = sheet.hiddenRows.has(r);
      if (row === undefined && !hidden) return;
      xml.row(r + 1, { hidden });
      for (const cell of row ?? []) if (cell !== undefined) writeCell(xml, cell, styleOf(cell));
    });
    for (const merge of sheet.merges) xml.merge(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
    return { name, xml: xml.xml() };
  });
  const parts = xlsxPackageParts(sheets, date, { styles: styles.xml }).map((entry) => ({ name: entry.name, data: new Uint8Array(Buffer.concat(entry.data)) }));
  return { parts, sheetNames };
}

function numberFormatOf(cell: Cell | undefined): string[] {
  return cell?.format !== undefined && cell.format !== "General" && cell.value.kind === "number" ? [cell.format] : [];
}

function writeCell(xml: SheetXml, cell: Cell, style: number): void {
  const col = cell.col + 1;
  const { value, formula } = cell;
  if (formula !== undefined) {
    if (value.kind === "number") xml.formula(col, formula, value.value, style);
    else if (value.kind === "text") xml.textFormula(col, formula, value.value, style);
    else if (value.kind === "boolean") xml.booleanFormula(col, formula, value.value, style);
    else if (value.kind === "error") xml.errorFormula(col, formula, value.value, style);
    else xml.uncalculatedFormula(col, formula, style);
    return;
  }
  if (value.kind === "number") xml.number(col, value.value, style);
  else if (value.kind === "text") xml.text(col, value.value, style);
  else if (value.kind === "boolean") xml.boolean(col, value.value, style);
  else if (value.kind === "error") xml.error(col, value.value, style);
}

/** A sheet name Excel accepts: no `[]:*?/\`, not quoted at either end, at most 31 characters, not yet `used`. */
function excelSheetName(name: string, used: Set<string>): string {
  let base = name
    .replace(SHEET_NAME_REFUSED, "-")
    .replace(/^'+|'+$/g, "")
    .slice(0, SHEET_NAME_MAX);
  if (base === "") base = "Sheet";
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, SHEET_NAME_MAX - String(n).length - 3)} (${n})`;
  used.add(candidate.toLowerCase());
  return candidate;
}
