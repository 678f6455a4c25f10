/**
 * The library API of `budget`: the same runs the command line makes, returning data instead of
 * printing it. Inputs are paths (files or folders) or files in memory (`{ name, bytes }`); amounts
 * are `Money` values (exact decimals: `toFixed()` gives the exact decimal string, `plus()` adds
 * without rounding); the `*Document` functions give the JSON documents the CLI prints, with every
 * amount an exact decimal string, as `schemas/*.schema.json` describe them.
 */

// Runs
export { consolidate, appendixWorkbook, type ConsolidateResult } from "./api/consolidate.js";
export { consolidatedRows, type ConsolidatedRow, type ConsolidatedRows, type RowLevel, type RowsInput } from "./write/consolidated-rows.js";
export { totals, type TotalsOptions, type TotalsResult } from "./api/totals.js";
export { check, type CheckOptions, type CheckResult, type CheckSummary } from "./api/check.js";
export { rollup, type LabelledConsolidation, type RollupOptions, type RollupProblem, type RollupResult, type RollupRowDimension, type RollupSource, type UnsplitAgency } from "./api/rollup.js";
export type { Input, NamedBytes } from "./run/input.js";
export type { ReadOptions } from "./api/read-options.js";
export type { FileReport, RunResult } from "./run/run-files.js";
export type { RunProgress } from "./run/run-options.js";
export { packageVersion } from "./api/version.js";

// Plans
export { defaultPlan, loadPlan, type LoadedPlan, type PlanLang, type PlanProblem } from "./plan/load-plan.js";
export { parsePlanText, validatePlan } from "./plan/plan-text.js";
export type { Plan } from "./plan/schema.js";
export { PlanIndex, type AgencySpelling, type FoldedFramework, type FoldedTaskGroup, type RegistryAgency } from "./plan/plan-index.js";

// Data
export { Money } from "./data/money.js";
export type { AgencyTotal, AgencySource, Consolidation, SectionTotal } from "./aggregate/consolidate.js";
export type { Totals } from "./aggregate/totals.js";
export type { AgencyNode, ItemNode, LineTotals, SourceCell } from "./aggregate/appendix-tree.js";
export type { Pivot, PivotKey, PivotNode } from "./aggregate/pivot.js";
export { PIVOT_DIMENSIONS, type PivotDimension } from "./aggregate/pivot-facts.js";
export type { RollupDimension, RollupInput } from "./aggregate/rollup.js";
export type { AgencyBlock, Amount, BudgetRow, GroupMark, RowCode, RowRole, Submission } from "./data/budget-row.js";
export type { Diagnostic, Finding, Location, Severity } from "./data/diagnostic.js";
export type { DiagnosticCode } from "./data/diagnostic-codes.js";
export type { FileState, FileStatus } from "./validate/file-status.js";

// Messages and JSON documents
export { diagnosticHint, diagnosticMessage, type Lang } from "./write/diagnostic-message.js";
export { totalsDocument } from "./write/totals-as-json.js";
export { pivotDocument } from "./write/pivot-as-json.js";
export { rollupDocument } from "./write/rollup-as-json.js";
export { rowsDocument } from "./write/rows-as-json.js";
export { checkDocument, type CheckDocumentOptions, type ToolInfo } from "./write/diagnostics-as-json.js";
export type { Thresholds } from "./validate/check-outcome.js";
export { AmountSchema } from "./schemas/amount.js";
export { TOTALS_SCHEMA_VERSION, TotalsDocumentSchema, type TotalsDocument } from "./schemas/totals-schema.js";
export { PIVOT_SCHEMA_VERSION, PivotDocumentSchema, type PivotDocument, type PivotNodeDocument } from "./schemas/pivot-schema.js";
export { ROLLUP_SCHEMA_VERSION, RollupDocumentSchema, type RollupDocument, type RollupNodeDocument } from "./schemas/rollup-schema.js";
export { CHECK_SCHEMA_VERSION, CheckDocumentSchema, type CheckDocument } from "./schemas/check-schema.js";
export { ROWS_SCHEMA_VERSION, RowsDocumentSchema, type RowsDocument } from "./schemas/rows.js";
