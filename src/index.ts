/**
 * The library API of `budget`: the same runs the command line makes, returning data instead of
 * printing it. Inputs are paths (files or folders) or files in memory (`{ name, bytes }`); amounts
 * are `Money` values (exact decimals: `toFixed()` gives the exact decimal string, `plus()` adds
 * without rounding); the `*Document` functions give the JSON documents the CLI prints, with every
 * amount an exact decimal string, as `schemas/*.schema.json` describe them.
 */

export type { AgencyNode, ItemNode, LineTotals, SourceCell } from "./aggregate/appendix-tree.js";
export type { AgencySource, AgencyTotal, Consolidation, SectionTotal } from "./aggregate/consolidate.js";
export type { AgencyDiff, BudgetDiff, DiffStatus, Figure, FigureChange, FigureKey, ItemDiff, ItemSide } from "./aggregate/diff.js";
export type { Pivot, PivotKey, PivotNode } from "./aggregate/pivot.js";
export { PIVOT_DIMENSIONS, type PivotDimension } from "./aggregate/pivot-facts.js";
export type { ReviewLine, ReviewSheet } from "./aggregate/review.js";
export type { RollupDimension, RollupInput } from "./aggregate/rollup.js";
export type { NotFormFile, NotFormKind, Roster, RosterFile, RosterLine, RosterSection, RosterSummary, SubmissionState } from "./aggregate/roster.js";
export type { AgencySlices, ReportSlice, RunReport } from "./aggregate/run-report.js";
export type { Totals } from "./aggregate/totals.js";
export { type CheckOptions, type CheckResult, type CheckSummary, check } from "./api/check.js";
// Runs
export { appendixPdf, appendixWorkbook, auditWorkbook, type ConsolidateResult, consolidate } from "./api/consolidate.js";
export { type DiffOptions, type DiffResult, diff } from "./api/diff.js";
export { type InspectOptions, inspect } from "./api/inspect.js";
export type { ReadOptions } from "./api/read-options.js";
export { type ReportOptions, type ReportResult, report, reportHtml } from "./api/report.js";
export { type ReturnOptions, type ReturnPacket, type ReturnResult, returnPackets } from "./api/return.js";
export { type ReviewResult, review, reviewWorkbook } from "./api/review.js";
export {
  type LabelledConsolidation,
  type RollupOptions,
  type RollupProblem,
  type RollupResult,
  type RollupRowDimension,
  type RollupSource,
  rollup,
  type UnsplitAgency,
} from "./api/rollup.js";
export { type StatusOptions, type StatusResult, status } from "./api/status.js";
export { type TotalsOptions, type TotalsResult, totals } from "./api/totals.js";
export { packageVersion } from "./api/version.js";
export { APPENDIX_COLUMN_NAMES, type AppendixColumnName, DEFAULT_APPENDIX_COLUMNS } from "./data/appendix-columns.js";
export type { AgencyBlock, Amount, BudgetRow, GroupMark, RowCode, RowRole, Submission } from "./data/budget-row.js";
export type { Diagnostic, Finding, Location, Severity } from "./data/diagnostic.js";
export type { DiagnosticCode } from "./data/diagnostic-codes.js";
export type {
  ColumnMatch,
  InspectedAmount,
  InspectedColumn,
  InspectedColumnRole,
  InspectedRow,
  InspectedRowRole,
  InspectedSheet,
  InspectedTable,
  InspectedUnit,
  Inspection,
} from "./data/inspection.js";
// Data
export { Money } from "./data/money.js";
// Plans
export { defaultPlan, type LoadedPlan, loadPlan, type PlanLang, type PlanProblem } from "./plan/load-plan.js";
export { type AgencySpelling, type FoldedFramework, type FoldedTaskGroup, PlanIndex, type RegistryAgency } from "./plan/plan-index.js";
export { parsePlanText, validatePlan } from "./plan/plan-text.js";
export type { Plan } from "./plan/schema.js";
export type { Input, NamedBytes } from "./run/input.js";
export type { FileReport, RunResult } from "./run/run-files.js";
export type { RunProgress } from "./run/run-options.js";
export { AmountSchema } from "./schemas/amount.js";
export { CHECK_SCHEMA_VERSION, type CheckDocument, CheckDocumentSchema } from "./schemas/check-schema.js";
export { DIFF_SCHEMA_VERSION, type DiffDocument, DiffDocumentSchema } from "./schemas/diff-schema.js";
export { INSPECT_SCHEMA_VERSION, type InspectDocument, InspectDocumentSchema } from "./schemas/inspect-schema.js";
export { PIVOT_SCHEMA_VERSION, type PivotDocument, PivotDocumentSchema, type PivotNodeDocument } from "./schemas/pivot-schema.js";
export { ROLLUP_SCHEMA_VERSION, type RollupDocument, RollupDocumentSchema, type RollupNodeDocument } from "./schemas/rollup-schema.js";
export { ROWS_SCHEMA_VERSION, type RowsDocument, RowsDocumentSchema } from "./schemas/rows.js";
export { STATUS_SCHEMA_VERSION, type StatusDocument, StatusDocumentSchema } from "./schemas/status-schema.js";
export { TOTALS_SCHEMA_VERSION, type TotalsDocument, TotalsDocumentSchema } from "./schemas/totals-schema.js";
export type { Thresholds } from "./validate/check-outcome.js";
export type { FileState, FileStatus } from "./validate/file-status.js";
export type { AppendixChoices } from "./write/appendix-as-workbook.js";
export { type ConsolidatedRow, type ConsolidatedRows, consolidatedRows, type RowLevel, type RowsInput } from "./write/consolidated-rows.js";
// Messages and JSON documents
export { diagnosticHint, diagnosticMessage, type Lang } from "./write/diagnostic-message.js";
export { type CheckDocumentOptions, checkDocument, type ToolInfo } from "./write/diagnostics-as-json.js";
export { diffDocument } from "./write/diff-as-json.js";
export { inspectionDocument } from "./write/inspection-as-json.js";
export { pivotDocument } from "./write/pivot-as-json.js";
export { rollupDocument } from "./write/rollup-as-json.js";
export { rowsDocument } from "./write/rows-as-json.js";
export { statusDocument } from "./write/status-as-json.js";
export { totalsDocument } from "./write/totals-as-json.js";
