import type { WorkBook, WorkSheet, CellObject } from "xlsx";
import type { Cell, CellValue, Grid, GridSheet, MergedRange } from "../data/grid.js";
import { cleanText } from "../data/text.js";

const ERROR_TEXT = new Map<number, string>([
  [0x00, "#NULL!"],
  [0x07, "#DIV/0!"],
  [0x0f, "#VALUE!"],
  [0x17, "#REF!"],
  [0x1d, "#NAME?"],
  [0x24, "#NUM!"],
  [0x2a, "#N/A"],
  [0x2b, "#GETTING_DATA"],
]);

/**
 * Converts a workbook SheetJS read in dense mode into our `Grid`: only the cells that exist (never
 * the declared range, which a hostile file can make `A1:XFD1048576`), text cleaned to NFC.
 */
export function workbookToGrid(file: string, workbook: WorkBook): Grid {
  const sheets: GridSheet[] = [];
  // Iterate SheetNames, not Sheets' keys: a sheet named `__proto__` would otherwise be lost.
  for (const name of workbook.SheetNames) {
    const sheet = Object.prototype.hasOwnProperty.call(workbook.Sheets, name) ? workbook.Sheets[name] : undefined;
    sheets.push(sheet ? sheetToGrid(name, sheet) : { name, rows: [], merges: [], hiddenRows: new Set() });
  }
  return { file, sheets };
}

function sheetToGrid(name: string, sheet: WorkSheet): GridSheet {
  const data = sheet["!data"] ?? [];
  const rows: (Cell | undefined)[][] = [];
  data.forEach((row, r) => {
    if (!row) return;
    const cells: (Cell | undefined)[] = [];
    row.forEach((cellObject, c) => {
      const cell = cellObject ? toCell(r, c, cellObject) : undefined;
      if (cell) cells[c] = cell;
    });
    if (cells.length > 0) rows[r] = cells;
  });
  const merges: MergedRange[] = (sheet["!merges"] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  const hiddenRows = new Set<number>();
  (sheet["!rows"] ?? []).forEach((info, r) => {
    if (info?.hidden) hiddenRows.add(r);
  });
  return { name: cleanText(name), rows, merges, hiddenRows };
}

function toCell(row: number, col: number, cell: CellObject): Cell | undefined {
  const value = cellValue(cell);
  if (!value) return undefined;
  const formula = typeof cell.f === "string" && cell.f !== "" ? cell.f : undefined;
  const format = typeof cell.z === "string" ? cell.z : undefined;
  return { row, col, value, ...(formula ? { formula } : {}), ...(format ? { format } : {}) };
}

function cellValue(cell: CellObject): CellValue | undefined {
  switch (cell.t) {
    case "n":
      return typeof cell.v === "number" ? { kind: "number", value: cell.v } : undefined;
    case "s":
    case "d":
      return typeof cell.v === "string" && cell.v !== "" ? { kind: "text", value: cleanText(cell.v) } : undefined;
    case "b":
      return { kind: "boolean", value: cell.v === true };
    case "e":
      return { kind: "error", value: ERROR_TEXT.get(typeof cell.v === "number" ? cell.v : -1) ?? "#ERROR" };
    case "z":
      return cell.f ? { kind: "formula-without-value" } : undefined;
    default:
      return undefined;
  }
}
