import { type ApprovalRow, type ApprovedOf, approvedTotals } from "../aggregate/approvals.js";
import type { Consolidation } from "../aggregate/consolidate.js";
import type { AppendixColumnName } from "../data/appendix-columns.js";
import type { Diagnostic } from "../data/diagnostic.js";
import type { Plan } from "../plan/schema.js";
import { APPENDIX_FIRST_ROW, appendixSheetXml } from "./appendix/appendix-sheet.js";
import { approvalsTable } from "./appendix/approvals-sheet.js";
import { appendixColumns } from "./appendix/columns.js";
import { appendixLines, hasLeadUnit } from "./appendix/lines.js";
import { outputDate } from "./appendix/output-date.js";
import { checksTable, groupsTable, type SourceFile, sourcesTable, summaryTable } from "./appendix/side-sheets.js";
import { tableSheetXml } from "./appendix/table-sheet.js";
import { appendixTitles } from "./appendix/titles.js";
import type { Lang } from "./diagnostic-message.js";
import { xlsxPackage } from "./xlsx/xlsx-package.js";

export type { SourceFile };

/** What the appendix says about itself: message language, title and reference line, document date. */
export interface AppendixOptions extends AppendixChoices {
  readonly lang: Lang;
  /** The title (`--title`), instead of the plan's. */
  readonly title?: string | undefined;
  /**
   * The `(Kèm theo Kế hoạch số …)` line (`--ref`), instead of the plan's; `Kế hoạch số 12/KH-UBND …`
   * alone is written `(Kèm theo Kế hoạch số 12/KH-UBND …)`.
   */
  readonly reference?: string | undefined;
  /** The date stamped in the file; by default `SOURCE_DATE_EPOCH` or 2000-01-01, never the clock. */
  readonly date?: Date | undefined;
  /** With `--approved`: the rows of the `Số thẩm định` sheet (requested, approved, difference), after `Nhóm nhiệm vụ`. */
  readonly approvals?: readonly ApprovalRow[] | undefined;
  /** With `--approved`: each item's approved figure, shown in `Phụ lục` (and the PDF) beside its request with the difference. */
  readonly approved?: ApprovedOf | undefined;
}

/** What the appendix shows: its columns, its number, and whether the workbook keeps its audit sheets. */
export interface AppendixChoices {
  /** The table's columns (`--columns`), instead of the plan's `output.columns` or the usual six. */
  readonly columns?: readonly AppendixColumnName[] | undefined;
  /** The appendix's number (`--number II`), written after the label: `Phụ lục II`. */
  readonly number?: string | undefined;
  /**
   * Whether the workbook keeps the `Kiểm tra` and `Nguồn` sheets (the default); `--no-audit` leaves
   * them out of the copy for leadership.
   */
  readonly audit?: boolean | undefined;
}

/**
 * Builds the consolidated appendix as .xlsx bytes: `Phụ lục` (sections → agencies → items, subtotals
 * as SUM formulas carrying their cached values, TỔNG and the total in words), `Tổng hợp` (agency × year
 * × funding source), `Nhóm nhiệm vụ` (task groups), `Kiểm tra` (diagnostics) and `Nguồn` (inputs).
 * Written by our own SpreadsheetML writer (src/write/xlsx/); the same inputs give byte-identical bytes.
 */
export async function appendixAsXlsx(
  consolidation: Consolidation,
  plan: Plan,
  diagnostics: readonly Diagnostic[],
  sources: readonly SourceFile[],
  options: AppendixOptions,
): Promise<Uint8Array> {
  const titles = appendixTitles(plan, options);
  const lines = appendixLines(consolidation, APPENDIX_FIRST_ROW, options.approved);
  const columns = appendixColumns(options.columns ?? plan.output.columns, consolidation.periods, lines.some(hasLeadUnit), options.approved !== undefined);
  const sheets = [
    appendixSheetXml(titles, columns, lines, consolidation.totals.total),
    tableSheetXml(summaryTable(consolidation, options.approved ? approvedTotals(consolidation, options.approved) : undefined)),
    tableSheetXml(groupsTable(consolidation, plan)),
    ...(options.approvals ? [tableSheetXml(approvalsTable(options.approvals))] : []),
    ...(options.audit === false ? [] : [tableSheetXml(checksTable(diagnostics, options.lang)), tableSheetXml(sourcesTable(sources))]),
  ];
  return xlsxPackage(sheets, options.date ?? outputDate({}));
}

/**
 * The audit sheets alone as .xlsx bytes (`--audit-file`): `Kiểm tra` (the diagnostics, in
 * `options.lang`) and `Nguồn` (the inputs with their SHA-256), for a workbook of the appendix written
 * without them.
 */
export async function auditAsXlsx(diagnostics: readonly Diagnostic[], sources: readonly SourceFile[], options: AppendixOptions): Promise<Uint8Array> {
  return xlsxPackage([tableSheetXml(checksTable(diagnostics, options.lang)), tableSheetXml(sourcesTable(sources))], options.date ?? outputDate({}));
}
