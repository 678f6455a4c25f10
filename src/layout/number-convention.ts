import type { Finding } from "../data/diagnostic.js";
import type { Cell } from "../data/grid.js";
import { cellAddress } from "../data/grid.js";
import { MAX_AMOUNT_TEXT } from "../data/money.js";
import type { RawRow } from "./data-rows.js";

/** How a file writes numbers as text: Vietnamese (`1.234,5`) or English (`1,234.5`). */
export type NumberConvention = "vi" | "en";

/**
 * How a sheet writes number text: the file's verdict, and each column's own where its text tells. A
 * column that writes `2,615,000` is read the English way even when another column is Vietnamese; a
 * column without such text takes the file's verdict.
 */
export interface NumberConventions {
  readonly file: NumberConvention | undefined;
  readonly byColumn: ReadonlyMap<number, NumberConvention>;
}

/** The convention that decides a text amount in column `col`: the column's own, else the file's. */
export function conventionAt(conventions: NumberConventions | undefined, col: number): NumberConvention | undefined {
  if (conventions === undefined) return undefined;
  return conventions.byColumn.get(col) ?? conventions.file;
}

/** Shapes only one convention can write: several groups, or groups and a decimal part. */
const VI_ONLY = /^\d{1,3}(\.\d{3}){2,}(,\d+)?$|^\d{1,3}(\.\d{3})+,\d+$|^\d+,(\d{1,2}|\d{4,})$/;
const EN_ONLY = /^\d{1,3}(,\d{3}){2,}(\.\d+)?$|^\d{1,3}(,\d{3})+\.\d+$/;
/**
 * A sign, parentheses, grouping spaces or a trailing `đ`/`đồng` around the digits. The lookbehinds
 * start a match only where a run begins, so no run of spaces is scanned more than once.
 */
const DECORATION = /^[(\-−\s]+|(?<![)\s])[)\s]+$|(?<!\s)\s*(đồng|đ|vnđ|vnd)\s*\)?$/gi;

/** What one column's text amounts show: the first cell written only the Vietnamese way, and only the English way. */
interface ColumnEvidence {
  vi: Cell | undefined;
  en: Cell | undefined;
}

/** The evidence of every column that has any, by column index. */
type Evidence = Map<number, ColumnEvidence>;

/** The amount cells whose text is evidence: money, quantity and unit price, periods, task groups. */
const EVIDENCE_FIELDS = ["amount", "recurrentTotal", "publicInvestment", "quantity", "unitPrice"] as const;

/** Collects, per column, the first cell of each convention. */
function evidenceOf(rows: readonly RawRow[]): Evidence {
  const evidence: Evidence = new Map();
  const weigh = (cell: Cell) => {
    if (cell.value.kind !== "text") return;
    const text = cell.value.value;
    // Only text with a `,` or `.` can be evidence: most cells are skipped without a regex.
    if (text.length > MAX_AMOUNT_TEXT || (!text.includes(",") && !text.includes("."))) return;
    let column = evidence.get(cell.col);
    // Once a column has shown both, nothing changes its verdict.
    if (column?.vi !== undefined && column.en !== undefined) return;
    const core = text
      .replace(/[\u00a0\u202f]/g, " ")
      .replace(DECORATION, "")
      .replace(/(\d) (?=\d{3}\b)/g, "$1");
    const vi = VI_ONLY.test(core);
    if (!vi && !EN_ONLY.test(core)) return;
    if (column === undefined) {
      column = { vi: undefined, en: undefined };
      evidence.set(cell.col, column);
    }
    if (vi) column.vi ??= cell;
    else column.en ??= cell;
  };
  for (const row of rows) {
    for (const field of EVIDENCE_FIELDS) {
      const cell = row.fields.get(field);
      if (cell !== undefined) weigh(cell);
    }
    for (const cell of row.periods.values()) weigh(cell);
    for (const cell of row.groups.values()) weigh(cell);
  }
  return evidence;
}

/** The verdict of some evidence: one-sided, or undefined when it does not tell or contradicts itself. */
function verdict(vi: boolean, en: boolean): NumberConvention | undefined {
  if (vi && !en) return "vi";
  if (en && !vi) return "en";
  return undefined;
}

/**
 * What the text amounts of a file say about its convention: `vi` when some are written in a way only
 * Vietnamese writes (`1.234.567`, `1.234,5`, `0,5`) and none only English (`1,234,567`, `1,234.5`),
 * `en` the other way round, undefined when they do not tell or contradict each other. It decides
 * `1.5` (English 1.5) and `1,500` (Vietnamese 1,5) only when the evidence is one-sided.
 */
export function numberConvention(rows: readonly RawRow[]): NumberConvention | undefined {
  const columns = [...evidenceOf(rows).values()];
  return verdict(
    columns.some((column) => column.vi !== undefined),
    columns.some((column) => column.en !== undefined),
  );
}

/**
 * The conventions of one sheet, decided per column and for the whole sheet, and the mixes found
 * (BC220): a column written both ways, or, when every column is one-sided, two columns written
 * differently. A mix decides nothing: text that reads two ways in a column without its own verdict
 * stays ambiguous (BC203).
 */
export function sheetConventions(
  file: string,
  sheet: string,
  rows: readonly RawRow[],
  labelOf: (col: number) => string,
  findings: Finding[],
): NumberConventions {
  const evidence = evidenceOf(rows);
  const byColumn = new Map<number, NumberConvention>();
  let firstVi: Cell | undefined;
  let firstEn: Cell | undefined;
  let mixedColumn = false;
  for (const [col, column] of [...evidence].sort(([a], [b]) => a - b)) {
    firstVi ??= column.vi;
    firstEn ??= column.en;
    const own = verdict(column.vi !== undefined, column.en !== undefined);
    if (own !== undefined) byColumn.set(col, own);
    else if (column.vi !== undefined && column.en !== undefined) {
      mixedColumn = true;
      findings.push(mixFinding(file, sheet, column.vi, column.en, `"${labelOf(col)}"`));
    }
  }
  if (!mixedColumn && firstVi !== undefined && firstEn !== undefined) {
    findings.push(mixFinding(file, sheet, firstVi, firstEn, `"${labelOf(firstVi.col)}", "${labelOf(firstEn.col)}"`));
  }
  return { file: verdict(firstVi !== undefined, firstEn !== undefined), byColumn };
}

function mixFinding(file: string, sheet: string, vi: Cell, en: Cell, column: string): Finding {
  const text = (cell: Cell) => (cell.value.kind === "text" ? cell.value.value.trim() : "");
  return {
    file,
    sheet,
    cell: cellAddress(en.row, en.col),
    row: en.row + 1,
    code: "BC220",
    args: { column, viText: text(vi), viCell: cellAddress(vi.row, vi.col), enText: text(en), enCell: cellAddress(en.row, en.col) },
  };
}
