import type { TemplateMark } from "./template-mark.js";

/** What a cell holds once read, before any interpretation. */
export type CellValue =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string }
  /** A formula whose cached result was not stored in the file. */
  | { kind: "formula-without-value" };

/** One non-empty cell of a sheet, keeping where it came from. */
export interface Cell {
  /** 0-based row index. */
  readonly row: number;
  /** 0-based column index. */
  readonly col: number;
  readonly value: CellValue;
  /** The formula text without `=`, when the cell holds one. */
  readonly formula?: string;
  /** The number format, when the file stores one. */
  readonly format?: string;
}

/** A rectangular merged area, 0-based and inclusive. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One sheet as a sparse grid: `rows[r][c]` is the cell at row r, column c, or undefined. */
export interface GridSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
  readonly merges: readonly MergedRange[];
  readonly hiddenRows: ReadonlySet<number>;
}

/** A workbook or text table as read from one file. */
export interface Grid {
  /** The path as the user gave it (used in every diagnostic). */
  readonly file: string;
  readonly sheets: readonly GridSheet[];
  /** The mark of a form `budget template` made, when the workbook carries it. */
  readonly template?: TemplateMark;
}

/** The A1 address of a 0-based row and column (`A1`, `AB12`). */
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** The letters of a 0-based column index (`A`, `Z`, `AA`). */
export function columnName(col: number): string {
  let name = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Sorted integers grouped into runs of consecutive values: `[1, 2, 3, 7]` → `[[1, 3], [7, 7]]`. */
export function consecutiveRuns(values: readonly number[]): Array<readonly [number, number]> {
  const sorted = [...values].sort((a, b) => a - b);
  const runs: Array<readonly [number, number]> = [];
  for (const value of sorted) {
    const last = runs.at(-1);
    if (last && value === last[1] + 1) runs[runs.length - 1] = [last[0], value];
    else if (!last || value !== last[1]) runs.push([value, value]);
  }
  return runs;
}
