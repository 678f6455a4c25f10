import type { BudgetRow, Submission } from "../data/budget-row.js";

/** Every row of a list and, depth first, all their descendants. */
export function* allRows(rows: readonly BudgetRow[]): Iterable<BudgetRow> {
  for (const row of rows) {
    yield row;
    yield* allRows(row.children);
  }
}

/** Every row of a submission: agency rows, items at every depth, and the stated totals. */
export function* everyRow(submission: Submission): Iterable<BudgetRow> {
  for (const agency of submission.agencies) {
    if (agency.row) yield agency.row;
    yield* allRows(agency.items);
  }
  if (submission.statedTotal) yield submission.statedTotal;
  yield* submission.laterTotals ?? [];
}

/** Every item and sub-item of a submission, in sheet order. */
export function* everyItem(submission: Submission): Iterable<BudgetRow> {
  for (const agency of submission.agencies) yield* allRows(agency.items);
}

/** Where a finding about a whole row points: its code cell, with the row's code and name. */
export function rowLocation(submission: Submission, row: BudgetRow, cell: string = row.codeCell) {
  return { file: submission.file, sheet: submission.sheet, cell, row: row.row + 1, rowCode: row.code.text, rowName: row.name } as const;
}
