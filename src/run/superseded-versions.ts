import { newestFirst } from "../aggregate/file-versions.js";
import type { AgencyBlock, BudgetRow, Submission } from "../data/budget-row.js";
import type { Diagnostic, Finding } from "../data/diagnostic.js";
import type { FileVersion } from "../data/file-report.js";
import { addsNothing } from "../parse/parse-sheet.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { fileModifiedTimes } from "../read/file-times.js";
import { agencyLocation } from "../validate/agencies.js";
import { agencyIdentity, hasContent } from "../validate/agency-registry.js";
import { classify } from "../validate/validate.js";
import type { FileResult } from "./parse-file.js";
import type { VersionsMode } from "./run-options.js";

/** An agency with figures in more than one file: its name, and each file's first block of it, in input order. */
interface SharedAgency {
  readonly agency: string;
  readonly blocks: ReadonlyMap<string, { readonly submission: Submission; readonly block: AgencyBlock }>;
}

/** The agencies with figures in more than one file, by identity key (BC405's test: a blank block adds nothing, so it is no version). */
function sharedAgencies(submissions: readonly Submission[], index: PlanIndex): Map<string, SharedAgency> {
  const all = new Map<string, { agency: string; blocks: Map<string, { submission: Submission; block: AgencyBlock }> }>();
  for (const submission of submissions) {
    for (const block of submission.agencies) {
      if (!hasContent(block) || addsNothing(block)) continue;
      const identity = agencyIdentity(block.name, index);
      const entry = all.get(identity.key) ?? { agency: identity.name, blocks: new Map() };
      if (!entry.blocks.has(submission.file)) entry.blocks.set(submission.file, { submission, block });
      all.set(identity.key, entry);
    }
  }
  return new Map([...all].filter(([, entry]) => entry.blocks.size > 1));
}

/** Which agencies of which files are superseded, where each file stands, and the notes that say so. */
export interface VersionChoice {
  /** Per file, where it stands for each agency it shares with another file. */
  readonly versions: ReadonlyMap<string, readonly FileVersion[]>;
  /** Per file, the identity keys of the agencies whose blocks in it are superseded. */
  readonly superseded: ReadonlyMap<string, ReadonlySet<string>>;
  /** One BC409 note per superseded file and agency, at the agency's row in that file. */
  readonly findings: readonly Finding[];
}

/**
 * Decides, for every agency with figures in several files, which file is used (`newestFirst`, from
 * the files' `times`; a file without one, given in memory, makes the names and the input order
 * decide), and makes the notes of the files it supersedes. With `all`, nothing is superseded and
 * the files are only marked `summed`.
 */
export function chooseVersions(submissions: readonly Submission[], index: PlanIndex, times: ReadonlyMap<string, Date>, mode: VersionsMode): VersionChoice {
  const versions = new Map<string, FileVersion[]>();
  const superseded = new Map<string, Set<string>>();
  const findings: Finding[] = [];
  const note = (file: string, version: FileVersion) => versions.set(file, [...(versions.get(file) ?? []), version]);
  for (const [key, { agency, blocks }] of sharedAgencies(submissions, index)) {
    const files = [...blocks.keys()];
    if (mode === "all") {
      for (const file of files) note(file, { agency, role: "summed", others: files.filter((other) => other !== file), by: undefined });
      continue;
    }
    const { ordered, by } = newestFirst(files.map((file) => ({ file, time: times.get(file) })));
    const used = ordered[0]?.file ?? "";
    note(used, { agency, role: "used", others: files.filter((file) => file !== used), by });
    for (const file of files.filter((other) => other !== used)) {
      note(file, { agency, role: "superseded", others: [used], by });
      superseded.set(file, (superseded.get(file) ?? new Set()).add(key));
      const place = blocks.get(file);
      if (place) findings.push({ code: "BC409", ...agencyLocation(place.submission, place.block), args: { agency, newer: used, by } });
    }
  }
  return { versions, superseded, findings };
}

/** The submission without the blocks of the given agencies (by identity key). */
export function withoutAgencies(submission: Submission, keys: ReadonlySet<string>, index: PlanIndex): Submission {
  return { ...submission, agencies: submission.agencies.filter((block) => !keys.has(agencyIdentity(block.name, index).key)) };
}

/**
 * Keeps one file per agency (see `chooseVersions`), once every file is read and before anything is
 * added up, so totals, the check's counts and the appendix agree. A file every agency of which is
 * superseded keeps its place and facts, with its notes in place of its rows and findings (as a
 * skipped copy does: a version nobody will use fails no run); a file superseded for some of its
 * agencies only loses those blocks and the findings on their rows. Every file that shares an agency gets
 * its `versions`. Modification times are looked up only for the files concerned; `inMemory` names
 * the files given as bytes, which have none.
 */
export async function supersedeOlderVersions(
  results: readonly FileResult[],
  index: PlanIndex,
  mode: VersionsMode,
  inMemory: ReadonlySet<string>,
): Promise<FileResult[]> {
  const submissions = results.flatMap((result) => result.submissions);
  const shared = sharedAgencies(submissions, index);
  if (shared.size === 0) return [...results];
  const concerned = new Set([...shared.values()].flatMap((entry) => [...entry.blocks.keys()]));
  const times = mode === "all" ? new Map<string, Date>() : await fileModifiedTimes([...concerned].filter((file) => !inMemory.has(file)));
  const choice = chooseVersions(submissions, index, times, mode);
  return results.map((result): FileResult => {
    const { file } = result.facts;
    const versions = choice.versions.get(file);
    if (versions === undefined) return result;
    const facts = { ...result.facts, versions };
    const keys = choice.superseded.get(file);
    if (keys === undefined) return { ...result, facts };
    const notes = classify(choice.findings.filter((finding) => finding.file === file));
    const kept = result.submissions.map((submission) => withoutAgencies(submission, keys, index));
    const wholly = kept.every((submission) => submission.agencies.every((block) => !hasContent(block) || addsNothing(block)));
    if (wholly) return { facts, submissions: [], diagnostics: notes };
    const spans = result.submissions.flatMap((submission) =>
      submission.agencies.filter((block) => keys.has(agencyIdentity(block.name, index).key)).map((block) => ({ sheet: submission.sheet, ...rowSpan(block) })),
    );
    const inSpan = (d: Diagnostic) =>
      d.row !== undefined && spans.some((span) => d.sheet === span.sheet && d.row !== undefined && d.row >= span.first && d.row <= span.last);
    return { facts, submissions: kept, diagnostics: [...result.diagnostics.filter((d) => !inSpan(d)), ...notes] };
  });
}

/** The first and last sheet rows (1-based, as findings give them) of an agency block: its agency row, its items and everything under them. */
function rowSpan(block: AgencyBlock): { first: number; last: number } {
  const rows: number[] = block.row ? [block.row.row + 1] : [];
  const visit = (row: BudgetRow) => {
    rows.push(row.row + 1);
    for (const child of row.children) visit(child);
  };
  for (const item of block.items) visit(item);
  return { first: Math.min(...rows), last: Math.max(...rows) };
}
