import { readFileSync } from "node:fs";
import * as XLSX from "xlsx";

/** A sheet as rows of cells, whatever read it: SheetJS values or the texts of a CSV export. */
export type SheetRows = ReadonlyArray<ReadonlyArray<unknown>>;

/** A cell holding a formula, with the result cached in the file. */
export interface FormulaCell {
  readonly address: string;
  /** 0-based, as in a sheet's rows. */
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  readonly cached: unknown;
}

/** Reads a written workbook back with SheetJS, formulas and styles included (names, merges, print titles). */
export function readWorkbook(path: string): XLSX.WorkBook {
  return XLSX.read(readFileSync(path), { cellFormula: true, cellStyles: true });
}

/** Takes a workbook and a sheet name; returns the sheet's rows of raw values (A1 first), or throws if the sheet is missing. */
export function sheetRows(workbook: XLSX.WorkBook, name: string): unknown[][] {
  return XLSX.utils.sheet_to_json<unknown[]>(sheetNamed(workbook, name), { header: 1, raw: true, blankrows: true, defval: null });
}

/** Takes a workbook and a sheet name; returns the sheet's formula cells in row order with their cached results. */
export function formulaCells(workbook: XLSX.WorkBook, name: string): FormulaCell[] {
  const sheet = sheetNamed(workbook, name);
  const cells: FormulaCell[] = [];
  for (const address of Object.keys(sheet)) {
    if (address.startsWith("!")) continue;
    const cell: XLSX.CellObject | undefined = sheet[address];
    const { r, c } = XLSX.utils.decode_cell(address);
    if (cell?.f !== undefined) cells.push({ address, row: r, column: c, formula: cell.f, cached: cell.v });
  }
  return cells.sort((a, b) => a.row - b.row || a.column - b.column);
}

/** Where the figures of the `Phụ lục` sheet are, found from its header texts (0-based indexes). */
export interface AppendixColumns {
  /** The header's first row (the one with `Tổng kinh phí`). */
  readonly header: number;
  readonly label: number;
  readonly total: number;
  /** Plan years in column order, with their columns. */
  readonly years: ReadonlyArray<{ readonly year: string; readonly column: number }>;
}

/** Takes the `Phụ lục` rows; returns the label, total and year columns, or throws when the header is not there. */
export function appendixColumns(rows: SheetRows): AppendixColumns {
  const header = rows.findIndex((row) => row.some((cell) => text(cell) === "Tổng kinh phí"));
  const top = rows[header];
  if (!top) throw new Error("no header row with 'Tổng kinh phí'");
  const label = top.findIndex((cell) => text(cell).startsWith("Cơ quan, đơn vị"));
  const years = [top, rows[header + 1] ?? []].flatMap((row) =>
    row.flatMap((cell, column) => {
      const year = /^(?:Năm )?(\d{4})$/u.exec(text(cell))?.[1];
      return year === undefined ? [] : [{ year, column }];
    }),
  );
  if (label < 0 || years.length === 0) throw new Error("no label or year columns in the header");
  return { header, label, total: top.findIndex((cell) => text(cell) === "Tổng kinh phí"), years: years.sort((a, b) => a.column - b.column) };
}

/**
 * Takes the `Phụ lục` rows, its columns and a row label (exact text after trimming, or a pattern); returns that row's
 * total then each year's amount as numbers (`null` for an empty cell), or throws unless exactly one row has the label.
 */
export function figuresOf(rows: SheetRows, columns: AppendixColumns, label: string | RegExp): Array<number | null> {
  const row = rows[rowLabelled(rows, columns.label, label)] ?? [];
  return figureColumns(columns).map((column) => amount(row[column]));
}

/** The total column then the year columns, in that order. */
export function figureColumns(columns: AppendixColumns): number[] {
  return [columns.total, ...columns.years.map(({ column }) => column)];
}

/** Takes rows, the label column and a label (exact text after trimming, or a pattern); returns the index of the one row with it, or throws. */
export function rowLabelled(rows: SheetRows, labelColumn: number, label: string | RegExp): number {
  const matches = rows.flatMap((row, index) => {
    const cell = text(row[labelColumn]);
    return (typeof label === "string" ? cell === label : label.test(cell)) ? [index] : [];
  });
  const [index] = matches;
  if (index === undefined || matches.length > 1) throw new Error(`${matches.length} rows labelled ${String(label)}`);
  return index;
}

/** Takes a sheet's rows and the text of one of its header cells; returns each row below that header as a map from header text to cell. */
export function recordsUnder(rows: SheetRows, headerText: string): Array<Map<string, unknown>> {
  const header = rows.findIndex((row) => row.some((cell) => text(cell) === headerText));
  const names = (rows[header] ?? []).map(text);
  if (header < 0) throw new Error(`no header row with '${headerText}'`);
  return rows.slice(header + 1).map((row) => new Map(names.flatMap((name, column) => (name === "" ? [] : [[name, row[column] ?? null] as const]))));
}

/** The label of the grand-total row of `Phụ lục`. */
export const GRAND_TOTAL = /^TỔNG(?: CỘNG)?$/u;

function amount(cell: unknown): number | null {
  if (typeof cell === "number") return cell;
  const written = text(cell);
  return written === "" ? null : Number(written);
}

function text(cell: unknown): string {
  return typeof cell === "string" ? cell.trim() : typeof cell === "number" ? String(cell) : "";
}

function sheetNamed(workbook: XLSX.WorkBook, name: string): XLSX.WorkSheet {
  const sheet = workbook.SheetNames.includes(name) ? workbook.Sheets[name] : undefined;
  if (!sheet) throw new Error(`no sheet named ${name}: ${workbook.SheetNames.join(", ")}`);
  return sheet;
}
