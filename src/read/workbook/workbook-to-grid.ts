import type { CellObject, WorkBook, WorkSheet } from "xlsx";
import type { Finding } from "../../data/diagnostic.js";
import type { CellValue, Grid, GridSheet, MergedRange } from "../../data/grid.js";
import { TEMPLATE_AGENCY_NAME, type TemplateMark, templateMarkOf } from "../../data/template-mark.js";
import type { CapitalFontCell, CapitalFontSheets } from "../vietnamese/capital-fonts.js";
import { MAX_COLUMNS, MAX_ROWS } from "./sheet-bounds.js";
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

/** What a workbook's reader found in the file itself, by sheet index, where SheetJS reports nothing. */
export interface SheetExtras {
  /** Hidden rows (ODS, and .xlsx read without `cellStyles`). */
  readonly hiddenRows?: ReadonlyArray<ReadonlySet<number>>;
  /** Cells set in a TCVN3 capital font (`.VnTimeH`): SheetJS community edition reads no fonts. */
  readonly capitalFonts?: CapitalFontSheets | undefined;
  /** The template mark of an .ods (SheetJS reads no named expressions from one). */
  readonly templateMark?: TemplateMark | undefined;
}

/**
 * Converts a workbook SheetJS read in dense mode into our `Grid`: only the cells that exist (never
 * the declared range, which a hostile file can make `A1:XFD1048576`), raw values (a date-formatted
 * amount stays the number it is), legacy Vietnamese text converted, text cleaned to NFC.
 * `extras` supplies what SheetJS does not report: hidden rows, cells in a capital font.
 */
export function workbookToGrid(file: string, workbook: WorkBook, extras: SheetExtras = {}): GridWithFindings {
  const sheets: GridSheet[] = [];
  const findings: Finding[] = [];
  // Iterate SheetNames, not Sheets' keys: a sheet named `__proto__` would otherwise be lost.
  workbook.SheetNames.forEach((name, index) => {
    const built = sheetToGrid(file, name, sheetNamed(workbook, name), extras.hiddenRows?.[index], extras.capitalFonts?.(index));
    sheets.push(built.sheet);
    findings.push(...built.findings);
  });
  const template = extras.templateMark ?? workbookTemplateMark(workbook);
  return { grid: { file, sheets, ...(template === undefined ? {} : { template }) }, findings };
}

/** The template mark among the workbook-level defined names SheetJS read (.xlsx, .xls). */
function workbookTemplateMark(workbook: WorkBook): TemplateMark | undefined {
  const name = workbook.Workbook?.Names?.find((n) => n.Name === TEMPLATE_AGENCY_NAME && n.Sheet === undefined);
  return name === undefined ? undefined : templateMarkOf(name.Ref);
}

/**
 * The sheet of a name, looked up as an own property only. SheetJS stores sheets with
 * `Sheets[name] = sheet`, which for the name `__proto__` sets the object's prototype instead of
 * adding a key: that sheet is found there.
 */
function sheetNamed(workbook: WorkBook, name: string): WorkSheet | undefined {
  if (Object.hasOwn(workbook.Sheets, name)) return workbook.Sheets[name];
  if (name !== "__proto__") return undefined;
  const prototype: unknown = Object.getPrototypeOf(workbook.Sheets);
  return isSheet(prototype) && prototype !== Object.prototype ? prototype : undefined;
}

function isSheet(value: unknown): value is WorkSheet {
  return typeof value === "object" && value !== null;
}

function sheetToGrid(
  file: string,
  name: string,
  sheet: WorkSheet | undefined,
  extraHidden: ReadonlySet<number> | undefined,
  capitalFont: CapitalFontCell | undefined,
) {
  const builder = new SheetBuilder();
  eachPresent(sheet?.["!data"] ?? [], MAX_ROWS, (row, r) => {
    eachPresent(row, MAX_COLUMNS, (cell, c) => {
      const value = cellValue(cell);
      if (value) builder.add(r, c, value, typeof cell.f === "string" ? cell.f : undefined, typeof cell.z === "string" ? cell.z : undefined);
    });
  });
  const merges: MergedRange[] = (sheet?.["!merges"] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  const hiddenRows = new Set<number>(extraHidden);
  eachPresent(sheet?.["!rows"] ?? [], MAX_ROWS, (info, r) => {
    if (info.hidden) hiddenRows.add(r);
  });
  return builder.build(file, name, merges, hiddenRows, capitalFont);
}

/**
 * Calls `visit` for every element an array holds, in order: a plain loop up to `limit` (Excel's grid),
 * and past it only the elements that exist. A cell at row 999,999,999 gives SheetJS's dense sheet an
 * array of that length, which neither a loop nor `forEach` may walk.
 */
function eachPresent<T>(array: ReadonlyArray<T | undefined>, limit: number, visit: (element: T, index: number) => void): void {
  const end = Math.min(array.length, limit);
  for (let i = 0; i < end; i++) {
    const element = array[i];
    if (element !== undefined) visit(element, i);
  }
  if (array.length <= limit) return;
  for (const key of Object.keys(array)) {
    const index = Number(key);
    const element = array[index];
    if (index >= limit && element !== undefined) visit(element, index);
  }
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
