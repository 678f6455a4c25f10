import type { Diagnostic } from "../data/diagnostic.js";
import type { FileReport } from "../data/file-report.js";
import { type Money, ZERO } from "../data/money.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { countedNodes } from "./appendix-tree.js";
import type { AgencyTotal, Consolidation } from "./consolidate.js";
import { newestFirst } from "./file-versions.js";

/**
 * Where an agency stands in the intake loop: no file yet (`missing`), its newest file has errors
 * (`errors`), came in after the deadline (`late`), or is clean (`valid`). A file replaced by a newer
 * one of the same agency is `superseded`.
 */
export type SubmissionState = "missing" | "errors" | "late" | "valid" | "superseded";

/** One file an agency sent: when it came in, its findings and what it asks for that agency. */
export interface RosterFile {
  readonly file: string;
  /** The file's modification time; undefined for a file given in memory. */
  readonly received: Date | undefined;
  readonly errors: number;
  readonly warnings: number;
  /** The agency's total in this file alone (triệu đồng): its items read from it that count. */
  readonly total: Money;
  /** `superseded` for an older file of the agency, else the state it gives the agency. */
  readonly state: Exclude<SubmissionState, "missing">;
}

/** One agency of the roster: the registry's, or one found in the files that the registry lacks. */
export interface RosterLine {
  /** The registry's official name, or the name as written when `known` is false. */
  readonly agency: string;
  readonly known: boolean;
  /** The plan section's code (`""` when the form gives none). */
  readonly section: string;
  readonly state: SubmissionState;
  /** The newest file of the agency, whose findings and total are the agency's; undefined while missing. */
  readonly current: RosterFile | undefined;
  /** Its older files, newest first: replaced by `current`, not counted. */
  readonly superseded: readonly RosterFile[];
}

/**
 * Why a file is listed apart from the roster: the tool's own output (BC113), a copy of another input
 * (BC114), unreadable (BC101), a blank form (BC111: a template left in the folder is no submission, and
 * never supersedes the agency's real form), read but without a form, or not a spreadsheet at all (a PDF
 * in the folder, not read).
 */
export type NotFormKind = "own-output" | "copy" | "unreadable" | "blank" | "no-form" | "not-spreadsheet";

/** A file that holds no form: the tool's own output, a copy of another input, unreadable, something else, or not a spreadsheet. */
export interface NotFormFile {
  readonly file: string;
  readonly kind: NotFormKind;
  /** The diagnostic that says why (BC113, BC114, BC101, BC102…), when there is one. */
  readonly reason: Diagnostic | undefined;
}

/** The plan section a run of roster lines belongs to, in the appendix's order; `known` false for the agencies the registry lacks. */
export interface RosterSection {
  readonly code: string;
  readonly name: string;
  readonly known: boolean;
  readonly lines: readonly RosterLine[];
}

/** The counts of the summary line. */
export interface RosterSummary {
  /** Agencies in the plan's registry. */
  readonly registry: number;
  /** Registry agencies with at least one form. */
  readonly submitted: number;
  readonly missing: number;
  /** Agencies (of the registry or not) whose newest file has errors. */
  readonly withErrors: number;
  /** Agencies whose newest file came in after the deadline (and has no errors). */
  readonly late: number;
  readonly superseded: number;
  /** Agencies found in the files that the registry lacks. */
  readonly unknown: number;
  readonly notForms: number;
  /** What the agencies' newest files ask for together (triệu đồng). */
  readonly total: Money;
}

/** Who has sent what (`budget status`): the agencies in the appendix's order, the files that are not forms, the summary. */
export interface Roster {
  readonly sections: readonly RosterSection[];
  readonly notForms: readonly NotFormFile[];
  readonly summary: RosterSummary;
  /** The deadline (`YYYY-MM-DD`, a day in local time) files were judged against, when given. */
  readonly deadline: string | undefined;
}

/** What the roster is made from: one run's results, the files' times and the deadline. */
export interface RosterInput {
  readonly consolidation: Consolidation;
  readonly files: readonly FileReport[];
  readonly diagnostics: readonly Diagnostic[];
  readonly index: PlanIndex;
  /** Each file's modification time, by the file's name in the run. */
  readonly times: ReadonlyMap<string, Date>;
  /** `YYYY-MM-DD`: a file received on a later day (local time) is late. */
  readonly deadline?: string | undefined;
  /** Files in the folders given that the run did not read, not being spreadsheets (a PDF). */
  readonly otherFiles?: readonly string[] | undefined;
}

/**
 * The roster of a run: every agency of the registry (missing or not) and every agency found that the
 * registry lacks, sorted as the appendix is (sections in the plan's order, registry order within; the
 * unknown ones after, in order of appearance). An agency's state and figures are its newest file's
 * (`newestFirst`, the decision a consolidation makes: modification time, then a version mark in the
 * name, then input order); its older files are `superseded`. BC405 (the same
 * agency in two files) is not counted against a file: the roster shows that case as superseding.
 */
export function roster(input: RosterInput): Roster {
  const { consolidation, index, deadline } = input;
  const plan = index.plan;
  const counts = countsByFile(input.diagnostics);
  const found = new Map<string, AgencyTotal>();
  for (const section of consolidation.sections) for (const agency of section.agencies) found.set(agency.name, agency);
  const position = new Map(input.files.map((report, i) => [report.file, i]));
  const blank = new Set(input.diagnostics.filter((d) => d.code === "BC111").map((d) => d.file));

  const lineOf = (name: string, known: boolean, section: string): RosterLine => {
    const agency = found.get(name);
    const files = agency ? [...new Set(agency.sources.map((s) => s.file))].filter((file) => !blank.has(file)) : [];
    const candidates = files.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)).map((file) => ({ file, time: input.times.get(file) }));
    const sent = newestFirst(candidates).ordered.map(({ file, time: received }, i): RosterFile => {
      const { errors, warnings } = counts.get(file) ?? { errors: 0, warnings: 0 };
      const total = agency ? fileTotal(agency, file) : ZERO;
      const late = deadline !== undefined && received !== undefined && localDay(received) > deadline;
      const state = i > 0 ? "superseded" : errors > 0 ? "errors" : late ? "late" : "valid";
      return { file, received, errors, warnings, total, state };
    });
    const [current, ...superseded] = sent;
    return { agency: name, known, section, state: current?.state ?? "missing", current, superseded };
  };

  const registry = plan.agencies.flatMap((a) => {
    const entry = index.agency(a.name);
    return entry ? [entry] : [];
  });
  const sectionCodes = [...plan.sections.map((s) => s.code)];
  for (const entry of registry) if (!sectionCodes.includes(entry.section)) sectionCodes.push(entry.section);
  const sections: RosterSection[] = sectionCodes
    .map((code) => ({
      code,
      name: plan.sections.find((s) => s.code === code)?.name ?? "",
      known: true,
      lines: registry
        .filter((entry) => entry.section === code)
        .sort((a, b) => a.order - b.order)
        .map((entry) => lineOf(entry.name, true, entry.section)),
    }))
    .filter((section) => section.lines.length > 0);
  const unknown = [...found.values()]
    .filter((agency) => !agency.known && agency.sources.some((source) => !blank.has(source.file)))
    .map((agency) => lineOf(agency.name, false, agency.section));
  if (unknown.length > 0) sections.push({ code: "", name: "", known: false, lines: unknown });

  const notForms = [
    ...input.files.filter((report) => report.sheets.length === 0 || blank.has(report.file)).map((report) => notForm(report, input.diagnostics)),
    ...(input.otherFiles ?? []).map((file): NotFormFile => ({ file, kind: "not-spreadsheet", reason: undefined })),
  ];
  const lines = sections.flatMap((s) => s.lines);
  const known = lines.filter((line) => line.known);
  const summary: RosterSummary = {
    registry: known.length,
    submitted: known.filter((line) => line.current !== undefined).length,
    missing: known.filter((line) => line.current === undefined).length,
    withErrors: lines.filter((line) => line.state === "errors").length,
    late: lines.filter((line) => line.state === "late").length,
    superseded: lines.reduce((n, line) => n + line.superseded.length, 0),
    unknown: unknown.length,
    notForms: notForms.length,
    total: lines.reduce((sum, line) => sum.plus(line.current?.total ?? ZERO), ZERO),
  };
  return { sections, notForms, summary, deadline };
}

/** The calendar day of a time, in local time, as `YYYY-MM-DD`. */
export function localDay(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

/** The agency's total from one file: its counted nodes read from that file. */
function fileTotal(agency: AgencyTotal, file: string): Money {
  let total = ZERO;
  for (const node of countedNodes(agency.children)) if (node.source.file === file) total = total.plus(node.totals.total);
  return total;
}

/** Errors and warnings per file, without BC405 (an agency in two files), which the roster shows as superseding. */
function countsByFile(diagnostics: readonly Diagnostic[]): Map<string, { errors: number; warnings: number }> {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const d of diagnostics) {
    if (d.code === "BC405" || d.severity === "info") continue;
    const count = counts.get(d.file) ?? { errors: 0, warnings: 0 };
    if (d.severity === "error") count.errors++;
    else count.warnings++;
    counts.set(d.file, count);
  }
  return counts;
}

function notForm(report: FileReport, diagnostics: readonly Diagnostic[]): NotFormFile {
  const own = diagnostics.filter((d) => d.file === report.file);
  const find = (code: string) => own.find((d) => d.code === code);
  const skipped = find("BC113");
  if (skipped || report.ownOutput !== undefined) return { file: report.file, kind: "own-output", reason: skipped };
  const copy = find("BC114");
  if (copy) return { file: report.file, kind: "copy", reason: copy };
  const unreadable = find("BC101");
  if (unreadable) return { file: report.file, kind: "unreadable", reason: unreadable };
  const empty = find("BC111");
  if (empty) return { file: report.file, kind: "blank", reason: empty };
  return { file: report.file, kind: "no-form", reason: own.find((d) => d.severity === "error") ?? own[0] };
}
