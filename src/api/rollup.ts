import { basename, extname } from "node:path";
import type { Consolidation } from "../aggregate/consolidate.js";
import type { Pivot } from "../aggregate/pivot.js";
import { type RollupDimension, type RollupInput, rollup as rollUp } from "../aggregate/rollup.js";
import { type OverlappingInputs, overlappingInputs, repeatedInputs } from "../aggregate/rollup-duplicates.js";
import { factsOfConsolidation, factsOfExport } from "../aggregate/rollup-inputs.js";
import type { Diagnostic } from "../data/diagnostic.js";
import { defaultPlan } from "../plan/load-plan.js";
import { indexOf, type PlanIndex } from "../plan/plan-index.js";
import type { Plan } from "../plan/schema.js";
import { type AppendixProblem, openRollupInput, rollupInputFromBytes } from "../read/read-appendix.js";
import { expandRunInputs, type Input, inputName } from "../run/input.js";
import { runFiles } from "../run/run-files.js";

/** The dimensions a rollup's rows can be cut by (years are always the columns). */
export type RollupRowDimension = Exclude<RollupDimension, "year">;

/** A consolidation already in hand (from `consolidate` or `totals`), named for the rollup's columns and rows. */
export interface LabelledConsolidation {
  readonly label: string;
  readonly consolidation: Consolidation;
}

/**
 * What a rollup reads: our appendix workbooks and our JSON exports (`budget totals --format json`,
 * with or without `--by`) as paths or `{ name, bytes }`, or consolidations already in hand.
 */
export type RollupSource = Input | LabelledConsolidation;

/** Options of `rollup`. */
export interface RollupOptions {
  /** The plan (or its index) whose registry and vocabulary match agencies and sources; the embedded default when absent. */
  readonly plan?: Plan | PlanIndex | undefined;
  /** The row dimensions, nested in this order; `["agency", "source"]` when absent. */
  readonly by?: readonly RollupRowDimension[] | undefined;
}

/**
 * Why an input could not be rolled up: it could not be read (`not-found`, `permission`, `too-large`…),
 * is not JSON or not one of our exports (`not-json`, `not-an-export`, `wrong-export` with the key
 * paths that are missing or wrong in `keys`), is a workbook with errors (`appendix-errors`), or has
 * exactly the figures of an earlier input, named in `detail` (`repeated`: the same file twice, a copy).
 */
export interface RollupProblem {
  readonly file: string;
  readonly reason: AppendixProblem | "wrong-export" | "appendix-errors" | "repeated";
  readonly detail?: string | undefined;
  readonly keys?: readonly string[] | undefined;
}

/** An agency of a plain totals export whose years and sources cannot be crossed: its years sit under source `*`. */
export interface UnsplitAgency {
  readonly file: string;
  readonly agency: string;
}

interface RollupRead {
  readonly inputs: readonly RollupInput[];
  readonly problems: readonly RollupProblem[];
  /** Warnings and errors from reading workbooks back. */
  readonly diagnostics: readonly Diagnostic[];
  readonly unsplit: readonly UnsplitAgency[];
  /** How many inputs were read (folders expanded). */
  readonly read: number;
  /** Pairs of inputs with money for the same agency in the same year: added together, maybe twice. */
  readonly overlaps: readonly OverlappingInputs[];
}

/**
 * A rollup: the pivot with one column per year, or, when any input could not be used (or there is
 * none), no pivot: a rollup missing a year would mislead.
 */
export type RollupResult = RollupRead & ({ readonly ok: true; readonly pivot: Pivot<RollupDimension> } | { readonly ok: false; readonly pivot: undefined });

/**
 * Rolls several consolidations up year by year (`budget rollup`): agencies matched through the plan's
 * registry, sources through its vocabulary, the change between consecutive years on every line.
 * Never throws on bad input: an input that cannot be used is a problem in the result.
 */
export async function rollup(sources: readonly RollupSource[], options: RollupOptions = {}): Promise<RollupResult> {
  const index = indexOf(options.plan ?? defaultPlan());
  const inputs: RollupInput[] = [];
  const problems: RollupProblem[] = [];
  const diagnostics: Diagnostic[] = [];
  const unsplit: UnsplitAgency[] = [];
  let read = 0;
  for (const source of sources) {
    if (typeof source !== "string" && "consolidation" in source) {
      inputs.push({ file: source.label, label: source.label, facts: factsOfConsolidation(source.consolidation, index.plan) });
      read++;
      continue;
    }
    const expanded = await expandRunInputs([source]);
    problems.push(...expanded.findings.map((f) => ({ file: f.file, reason: "not-found" as const })));
    for (const input of expanded.files) {
      read++;
      const outcome = await readInput(input, index);
      diagnostics.push(...outcome.diagnostics);
      if ("problem" in outcome) {
        problems.push(outcome.problem);
        continue;
      }
      const file = inputName(input);
      inputs.push({ file, label: basename(file, extname(file)), facts: outcome.facts });
      unsplit.push(...outcome.unsplit.map((agency) => ({ file, agency })));
    }
  }
  // The same consolidation twice would double every figure: refused, naming both.
  const repeated = repeatedInputs(inputs);
  problems.push(...repeated.map(({ file, other }) => ({ file, reason: "repeated" as const, detail: other })));
  const overlaps = repeated.length > 0 ? [] : overlappingInputs(inputs, index.plan);
  const base = { inputs, problems, diagnostics, unsplit, read, overlaps };
  if (problems.length > 0 || inputs.length === 0) return { ...base, ok: false, pivot: undefined };
  return { ...base, ok: true, pivot: rollUp(inputs, index, options.by ?? ["agency", "source"]) };
}

type InputOutcome =
  | { facts: RollupInput["facts"]; unsplit: readonly string[]; diagnostics: readonly Diagnostic[] }
  | { problem: RollupProblem; diagnostics: readonly Diagnostic[] };

async function readInput(input: Input, index: PlanIndex): Promise<InputOutcome> {
  const file = inputName(input);
  const opened = typeof input === "string" ? await openRollupInput(input) : rollupInputFromBytes(input.name, input.bytes);
  if (opened.kind === "problem") return { problem: { file, reason: opened.reason, detail: opened.detail }, diagnostics: [] };
  if (opened.kind === "json") {
    const facts = factsOfExport(opened.value);
    if (!facts.ok) return { problem: { file, reason: "wrong-export", keys: facts.problems }, diagnostics: [] };
    return { facts: facts.facts, unsplit: facts.notes, diagnostics: [] };
  }
  // Our own appendix is read back like any submission; notes about the sheets it skips are noise here.
  // In this thread only when its format bounds its own cost; else in a worker, bounded in time and heap.
  const run = await runFiles([input], index, { readOwnOutputs: true });
  const diagnostics = run.diagnostics.filter((d) => d.severity !== "info");
  if (run.diagnostics.some((d) => d.severity === "error")) return { problem: { file, reason: "appendix-errors" }, diagnostics };
  return { facts: factsOfConsolidation(run.consolidation, index.plan), unsplit: [], diagnostics };
}
