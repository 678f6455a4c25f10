import type { Diagnostic } from "../data/diagnostic.js";
import type { FileReport } from "../data/file-report.js";
import { type Money, sum } from "../data/money.js";
import type { Plan } from "../plan/schema.js";
import type { Consolidation } from "./consolidate.js";
import { pivot } from "./pivot.js";
import { type PivotDimension, pivotFacts, UNSTATED } from "./pivot-facts.js";
import type { Roster } from "./roster.js";

/** One bar or slice of a chart: a key along a dimension, how it prints, its money. */
export interface ReportSlice {
  readonly key: string;
  readonly label: string;
  /** Whether the key is stated (`false` for `Không ghi nguồn`, `Chưa phân nhóm`…, whose label a writer may translate). */
  readonly stated: boolean;
  readonly amount: Money;
}

/** The agencies as a chart shows them: all of them, or the largest and the rest together. */
export interface AgencySlices {
  readonly slices: readonly ReportSlice[];
  /** The agencies left out of `slices` (the smaller ones), counted and added up; undefined when all are shown. */
  readonly others: { readonly count: number; readonly amount: Money } | undefined;
}

/** What `budget report` shows of one run, every figure made here from the consolidation and the roster. */
export interface RunReport {
  readonly planName: string;
  /** The periods of the consolidation, years and ranges (`2025`, `2026-2030`). */
  readonly periods: readonly string[];
  /** The grand total (triệu đồng), the appendix's `TỔNG`. */
  readonly total: Money;
  /** Agencies with figures in the consolidation. */
  readonly agencies: number;
  /** Files read (forms or not). */
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly byAgency: AgencySlices;
  readonly byPeriod: readonly ReportSlice[];
  readonly bySource: readonly ReportSlice[];
  readonly byGroup: readonly ReportSlice[];
  /** Every diagnostic of the run, in the run's order. */
  readonly diagnostics: readonly Diagnostic[];
  /** The agencies (the appendix's names) each file gave figures for, by the file's name in the run. */
  readonly fileAgencies: ReadonlyMap<string, readonly string[]>;
  readonly roster: Roster;
}

/** What a report is made from: one run's consolidation, files and diagnostics, and the roster made from them. */
export interface RunReportInput {
  readonly consolidation: Consolidation;
  readonly plan: Plan;
  readonly files: readonly FileReport[];
  readonly diagnostics: readonly Diagnostic[];
  readonly roster: Roster;
}

/** Up to this many agencies, a chart shows each; beyond, the largest `SHOWN_AGENCIES` and the rest together. */
const ALL_AGENCIES_UP_TO = 20;
const SHOWN_AGENCIES = 15;

/**
 * The figures of a run at a glance: the grand total, the counts, the money by agency, year, funding
 * source (the combinations as written, which add up to the total) and task group, each cut from the
 * consolidation's facts (`pivotFacts`, so every cut adds up exactly to the total), the diagnostics and
 * the roster. Beyond 20 agencies, the 15 largest are shown and the rest added up as one.
 */
export function runReport(input: RunReportInput): RunReport {
  const { consolidation, plan, diagnostics } = input;
  const facts = pivotFacts(consolidation, plan);
  const slices = (dimension: PivotDimension): ReportSlice[] =>
    pivot(facts, [dimension]).nodes.map((node) => ({ key: node.key, label: node.label, stated: node.key !== UNSTATED, amount: node.total }));
  const count = (severity: Diagnostic["severity"]) => diagnostics.filter((d) => d.severity === severity).length;
  return {
    planName: plan.name,
    periods: consolidation.periods,
    total: consolidation.totals.total,
    agencies: consolidation.sections.reduce((n, section) => n + section.agencies.length, 0),
    files: input.files.length,
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
    byAgency: agencySlices(slices("agency"), consolidation.totals.total),
    byPeriod: slices("period"),
    bySource: slices("source"),
    byGroup: slices("group"),
    diagnostics,
    fileAgencies: fileAgencies(consolidation),
    roster: input.roster,
  };
}

/** The agencies each file gave figures for, in the appendix's order. */
function fileAgencies(consolidation: Consolidation): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const section of consolidation.sections)
    for (const agency of section.agencies)
      for (const { file } of agency.sources) {
        const names = byFile.get(file) ?? [];
        if (!names.includes(agency.name)) names.push(agency.name);
        byFile.set(file, names);
      }
  return byFile;
}

/** All the agencies in the appendix's order, or, when there are many, the largest first and the rest as one. */
function agencySlices(all: readonly ReportSlice[], total: Money): AgencySlices {
  if (all.length <= ALL_AGENCIES_UP_TO) return { slices: all, others: undefined };
  const largest = [...all].sort((a, b) => b.amount.comparedTo(a.amount)).slice(0, SHOWN_AGENCIES);
  return { slices: largest, others: { count: all.length - largest.length, amount: total.minus(sum(largest.map((slice) => slice.amount))) } };
}
