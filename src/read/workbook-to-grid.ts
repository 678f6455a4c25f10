import type { CellObject, WorkBook, WorkSheet } from "xlsx";
import type { Finding } from "../data/diagnostic.js";
import type { CellValue, Grid, GridSheet, MergedRange } from "../data/grid.js";
import { SheetBuilder } from "./sheet-builder.js";

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

/** A grid and what reading it found. */
export interface GridWithFindings {
  readonly grid: Grid;
  readonly findings: readonly Finding[];
}

/**
 * Converts a workbook SheetJS read in dense mode into our `Grid`: only the cells that exist (never
 * the declared range, which a hostile file can make `A1:XFD1048576`), raw values (a date-formatted
 * amount stays the number it is), legacy Vietnamese text converted, text cleaned to NFC.
 * `hiddenRows` supplies hidden rows by sheet index where SheetJS does not report them (ODS).
 */
export function workbookToGrid(file: string, workbook: WorkBook, hiddenRows: ReadonlyArray<ReadonlySet<number>> = []): GridWithFindings {
  const sheets: GridSheet[] = [];
  const findings: Finding[] = [];
  // Iterate SheetNames, not Sheets' keys: a sheet named `__proto__` would otherwise be lost.
  workbook.SheetNames.forEach((name, index) => {
    const sheet = Object.prototype.hasOwnProperty.call(workbook.Sheets, name) ? workbook.Sheets[name] : undefined;
    const built = sheetToGrid(file, name, sheet, hiddenRows[index]);
    sheets.push(built.sheet);
    findings.push(...built.findings);
  });
  return { grid: { file, sheets }, findings };
}

function sheetToGrid(file: string, name: string, sheet: WorkSheet | undefined, extraHidden: ReadonlySet<number> | undefined) {
  const builder = new SheetBuilder();
  (sheet?.["!data"] ?? []).forEach((row, r) => {
    row?.forEach((cell, c) => {
      const value = cell ? cellValue(cell) : undefined;
      if (!cell || !value) return;
      builder.add(r, c, value, { formula: typeof cell.f === "string" ? cell.f : undefined, format: typeof cell.z === "string" ? cell.z : undefined });
    });
  });
  const merges: MergedRange[] = (sheet?.["!merges"] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  const hiddenRows = new Set<number>(extraHidden);
  (sheet?.["!rows"] ?? []).forEach((info, r) => {
    if (info?.hidden) hiddenRows.add(r);
  });
  return builder.build(file, name, merges, hiddenRows);
}

function cellValue(cell: CellObject): CellValue | undefined {
  switch (cell.t) {
    case "n":
      return typeof cell.v === "number" ? { kind: "number", value: cell.v } : undefined;
    case "s":
    case "d":
      return typeof cell.v === "string" && cell.v !== "" ? { kind: "text", value: cell.v } : undefined;
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
