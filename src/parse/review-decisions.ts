import { type Cell, cellAddress, type Grid, type GridSheet } from "../data/grid.js";
import { type Money, moneyFromCellNumber } from "../data/money.js";
import { REVIEW_HEADING_ROW, REVIEW_SHEET, REVIEW_WORDS } from "../data/output-marks.js";
import { foldText } from "../data/text.js";
import { parseVietnameseNumber } from "./vietnamese-number.js";

/** What an officer decided on one line of a review workbook, and what the line requested when decided. */
export interface ReviewDecision {
  readonly agency: string;
  /** The line's key within its agency (the hidden `Khóa` column). */
  readonly key: string;
  readonly code: string;
  readonly name: string;
  /** The approved figure, or undefined while the cell is empty. */
  readonly approved: Money | undefined;
  readonly reason: string;
  /**
   * The total the decision was made against: the hidden `Đề xuất khi thẩm định` while the line's
   * `Ghi chú` says its request changed; else (never changed, or the officer checked it and cleared the
   * note) the line's requested total.
   */
  readonly basis: Money;
  /** The review workbook, the sheet, the A1 address and the 1-based row of its approved cell. */
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly row: number;
}

/** A review workbook read back: its decisions, or why it could not be read as one. */
export type ReviewRead =
  | { readonly ok: true; readonly decisions: readonly ReviewDecision[] }
  | { readonly ok: false; readonly problem: "not-review" | "no-key-column"; readonly sheet?: string };

function text(cell: Cell | undefined): string {
  const value = cell?.value;
  if (value?.kind === "text") return value.value.trim();
  if (value?.kind === "number") return String(value.value);
  return "";
}

/** A money cell: a number as Excel shows it, or Vietnamese number text; undefined when empty or not a number. */
function money(cell: Cell | undefined): Money | undefined {
  const value = cell?.value;
  if (value?.kind === "number") return moneyFromCellNumber(value.value);
  if (value?.kind === "text") {
    const parsed = parseVietnameseNumber(value.value);
    return parsed.kind === "number" ? parsed.value : undefined;
  }
  return undefined;
}

/** The column (0-based) of the two heading rows whose label folds to one of `labels`. */
function columnOf(sheet: GridSheet, labels: readonly string[]): number | undefined {
  const folded = new Set(labels.map(foldText));
  for (const row of [REVIEW_HEADING_ROW, REVIEW_HEADING_ROW + 1]) {
    const cells = sheet.rows[row] ?? [];
    const col = cells.findIndex((cell) => cell !== undefined && folded.has(foldText(text(cell))));
    if (col >= 0) return col;
  }
  return undefined;
}

/**
 * The decisions of a review workbook `budget review --init` wrote (and an officer filled): its
 * `Thẩm định` (or `Review`) sheet, columns found by their headings (the workbook may have been edited:
 * columns moved, rows sorted), one decision per line with a key, the total line and notes ignored.
 */
export function reviewDecisions(grid: Grid): ReviewRead {
  const names = new Set<string>(Object.values(REVIEW_SHEET).map((sheet) => sheet.name));
  const sheet = grid.sheets.find((candidate) => names.has(candidate.name));
  if (!sheet) return { ok: false, problem: "not-review" };
  // Each column by its heading in either language: the first three from the sheet's heading list.
  const fixed = (index: 0 | 1 | 2) =>
    columnOf(
      sheet,
      Object.values(REVIEW_SHEET).map((s) => s.heading[index]),
    );
  const named = (word: keyof (typeof REVIEW_WORDS)["vi"]) =>
    columnOf(
      sheet,
      Object.values(REVIEW_WORDS).map((w) => w[word]),
    );
  const col = {
    agency: fixed(0),
    code: fixed(1),
    name: fixed(2),
    total: named("total"),
    approved: named("approved"),
    reason: named("reason"),
    key: named("key"),
    basis: named("basis"),
    note: named("note"),
  };
  if (col.key === undefined || col.agency === undefined || col.approved === undefined) return { ok: false, problem: "no-key-column", sheet: sheet.name };
  const at = (cells: ReadonlyArray<Cell | undefined>, index: number | undefined) => (index === undefined ? undefined : cells[index]);
  const decisions: ReviewDecision[] = [];
  for (let r = REVIEW_HEADING_ROW + 2; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const key = text(at(cells, col.key));
    const agency = text(at(cells, col.agency));
    if (key === "" || agency === "") continue;
    const marked = text(at(cells, col.note)) !== "";
    const basis = (marked ? money(at(cells, col.basis)) : undefined) ?? money(at(cells, col.total));
    if (basis === undefined) continue;
    decisions.push({
      agency,
      key,
      code: text(at(cells, col.code)),
      name: text(at(cells, col.name)),
      approved: money(at(cells, col.approved)),
      reason: text(at(cells, col.reason)),
      basis,
      file: grid.file,
      sheet: sheet.name,
      cell: cellAddress(r, col.approved),
      row: r + 1,
    });
  }
  return { ok: true, decisions };
}
