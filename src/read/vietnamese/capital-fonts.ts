import { MAX_COLUMNS } from "../workbook/sheet-bounds.js";

/** Whether the cell at a 0-based row and column of one sheet is set in a TCVN3 capital font. */
export type CapitalFontCell = (row: number, col: number) => boolean;

/** The capital-font lookup of each sheet, by sheet index in the order the workbook reader gives them. */
export type CapitalFontSheets = (sheet: number) => CapitalFontCell | undefined;

/**
 * Whether a font is a TCVN3 (ABC) capital font, which draws every letter as a capital: `.VnTimeH`,
 * `.VnArialH`, `.VnArial NarrowH`, … The ABC fonts are named `.Vn…` and their capital forms end in `H`.
 */
export function isTcvn3CapitalFont(name: string): boolean {
  return /^\.vn.*h$/i.test(name.trim());
}

/** A number naming one cell of a sheet, for sets of cells (row and column within Excel's grid). */
export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

const NO_CELLS: ReadonlySet<number> = new Set();

/**
 * Per-sheet lookups over sets of cell keys ({@link cellKey}), each worked out on its first use:
 * reading the cells' styles costs a scan of the sheet's XML, which a sheet whose text is not
 * converted never needs. `cellsOf` gives the capital-font cells of one sheet by index.
 */
export function lazyCapitalSheets(cellsOf: (sheet: number) => ReadonlySet<number> | undefined): CapitalFontSheets {
  return (sheet) => {
    let cells: ReadonlySet<number> | undefined;
    return (row, col) => (cells ??= cellsOf(sheet) ?? NO_CELLS).has(cellKey(row, col));
  };
}
