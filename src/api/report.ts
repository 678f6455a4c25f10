import { roster } from "../aggregate/roster.js";
import { type RunReport, runReport } from "../aggregate/run-report.js";
import { defaultPlan } from "../plan/load-plan.js";
import { indexOf } from "../plan/plan-index.js";
import { fileModifiedTimes } from "../read/file-times.js";
import { otherFilesIn } from "../read/other-files.js";
import type { Input } from "../run/input.js";
import type { Lang } from "../write/diagnostic-message.js";
import { type ConsolidateResult, consolidate } from "./consolidate.js";
import type { ReadOptions } from "./read-options.js";
import { packageVersion } from "./version.js";

/** Options of `report`: how to read, and the deadline the roster judges files by. */
export interface ReportOptions extends ReadOptions {
  /** `YYYY-MM-DD`: a form received on a later day (local time) is late. */
  readonly deadline?: string | undefined;
}

/** The consolidation a report was made from, and the report. */
export interface ReportResult extends ConsolidateResult {
  readonly report: RunReport;
}

/**
 * The run at a glance (`budget report`): reads and consolidates the inputs as `consolidate` does (one
 * read, the same figures as the appendix: of an agency's several files the newest counts), builds the
 * roster of the plan's registry from that run (each agency's file used; the older ones are the BC409
 * notes among the findings), and cuts the figures for the report's charts. Never throws on bad input.
 */
export async function report(inputs: readonly Input[], options: ReportOptions = {}): Promise<ReportResult> {
  const index = indexOf(options.plan ?? defaultPlan());
  const result = await consolidate(inputs, { ...options, plan: index });
  const inMemory = new Set(inputs.flatMap((input) => (typeof input === "string" ? [] : [input.name])));
  const times = await fileModifiedTimes(result.files.map((file) => file.file).filter((file) => !inMemory.has(file)));
  const otherFiles = await otherFilesIn(inputs.filter((input) => typeof input === "string"));
  const { consolidation, files, diagnostics } = result;
  const list = roster({ consolidation, files, diagnostics, index, times, deadline: options.deadline, otherFiles });
  return { ...result, report: runReport({ consolidation, plan: index.plan, files, diagnostics, roster: list }) };
}

/**
 * The report of a run as one self-contained HTML page (`budget report -o bao-cao.html`), in `lang`
 * (Vietnamese by default): the headline figures, the charts as inline SVG, the findings with their
 * filters, the roster. No network is needed to open it.
 */
export async function reportHtml(result: ReportResult, options: { readonly lang?: Lang } = {}): Promise<string> {
  // ECharts loads only when a page is asked for.
  const { reportAsHtml } = await import("../write/report/report-as-html.js");
  return reportAsHtml(result.report, { lang: options.lang ?? "vi", generator: `budget ${packageVersion()}` });
}
