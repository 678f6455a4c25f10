import { approvalRows, approvedOf } from "../aggregate/approvals.js";
import { defaultPlan } from "../plan/load-plan.js";
import { indexOf } from "../plan/plan-index.js";
import type { Plan } from "../plan/schema.js";
import type { Input } from "../run/input.js";
import { type RunResult, runFiles } from "../run/run-files.js";
import type { AppendixChoices } from "../write/appendix-as-workbook.js";
import type { Lang } from "../write/diagnostic-message.js";
import type { ReadOptions } from "./read-options.js";

/** A consolidation of some inputs, with the plan it was made under. */
export interface ConsolidateResult extends RunResult {
  readonly plan: Plan;
}

/**
 * Reads, checks and consolidates forms given as paths (files or folders) or as `{ name, bytes }`:
 * the data `budget consolidate` renders. Never throws on bad input: an unreadable or faulty file is a
 * diagnostic, and the other files are still consolidated.
 */
export async function consolidate(inputs: readonly Input[], options: ReadOptions = {}): Promise<ConsolidateResult> {
  const index = indexOf(options.plan ?? defaultPlan());
  const run = await runFiles(inputs, index, options);
  return { ...run, plan: index.plan };
}

/**
 * The appendix workbook of a consolidation (`Phụ lục`, `Tổng hợp`, `Nhóm nhiệm vụ`, `Kiểm tra`,
 * `Nguồn` sheets) as .xlsx bytes, the sheet texts in `lang` (Vietnamese by default), stamped with `date`
 * (else `SOURCE_DATE_EPOCH` of this process, else 2000-01-01); `columns`, `number` and `audit: false`
 * choose the table's columns, number the appendix and leave out `Kiểm tra` and `Nguồn`.
 */
export async function appendixWorkbook(
  result: ConsolidateResult,
  options: { readonly lang?: Lang; readonly title?: string; readonly reference?: string; readonly date?: Date } & AppendixChoices = {},
): Promise<Uint8Array> {
  // The writer only when a workbook is asked for: `totals` consolidates too.
  const [{ appendixAsXlsx }, { outputDate }] = await Promise.all([import("../write/appendix-as-workbook.js"), import("../write/appendix/output-date.js")]);
  return appendixAsXlsx(
    result.consolidation,
    result.plan,
    result.diagnostics,
    result.files.map(({ errors, warnings, infos, ...facts }) => ({ ...facts, diagnostics: errors + warnings + infos })),
    {
      lang: options.lang ?? "vi",
      title: options.title,
      reference: options.reference,
      date: options.date ?? outputDate(process.env),
      columns: options.columns,
      number: options.number,
      audit: options.audit,
      approvals: result.approvals ? approvalRows(result.approvals, result.consolidation) : undefined,
      approved: result.approvals ? approvedOf(result.approvals) : undefined,
    },
  );
}

/**
 * The audit sheets of a consolidation (`Kiểm tra`: every diagnostic, in `lang`; `Nguồn`: every input
 * with its SHA-256) as a workbook of their own, for an appendix workbook written with `audit: false`.
 */
export async function auditWorkbook(result: ConsolidateResult, options: { readonly lang?: Lang; readonly date?: Date } = {}): Promise<Uint8Array> {
  const [{ auditAsXlsx }, { outputDate }] = await Promise.all([import("../write/appendix-as-workbook.js"), import("../write/appendix/output-date.js")]);
  return auditAsXlsx(
    result.diagnostics,
    result.files.map(({ errors, warnings, infos, ...facts }) => ({ ...facts, diagnostics: errors + warnings + infos })),
    { lang: options.lang ?? "vi", date: options.date ?? outputDate(process.env) },
  );
}

/**
 * The appendix of a consolidation as PDF bytes (A4 landscape, Tinos embedded, `Trang x/y`, the plan's
 * signature block), stamped with `date` (else `SOURCE_DATE_EPOCH` of this process, else 2000-01-01).
 */
export async function appendixPdf(
  result: ConsolidateResult,
  options: { readonly title?: string; readonly reference?: string; readonly date?: Date } & Omit<AppendixChoices, "audit"> = {},
): Promise<Uint8Array> {
  // pdfkit and its fonts load only when a PDF is asked for.
  const [{ appendixAsPdf }, { outputDate }] = await Promise.all([import("../write/appendix-as-pdf.js"), import("../write/appendix/output-date.js")]);
  return appendixAsPdf(result.consolidation, result.plan, {
    lang: "vi",
    title: options.title,
    reference: options.reference,
    date: options.date ?? outputDate(process.env),
    columns: options.columns,
    number: options.number,
    approved: result.approvals ? approvedOf(result.approvals) : undefined,
  });
}
