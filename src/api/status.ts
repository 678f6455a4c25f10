import { type Roster, roster } from "../aggregate/roster.js";
import { defaultPlan } from "../plan/load-plan.js";
import { indexOf } from "../plan/plan-index.js";
import { fileModifiedTimes } from "../read/file-times.js";
import { otherFilesIn } from "../read/other-files.js";
import type { Input } from "../run/input.js";
import { type ConsolidateResult, consolidate } from "./consolidate.js";
import type { ReadOptions } from "./read-options.js";

/** Options of `status`: how to read, and the deadline. */
export interface StatusOptions extends ReadOptions {
  /** `YYYY-MM-DD`: a form received on a later day (local time) is late. */
  readonly deadline?: string | undefined;
}

/** The run a roster was made from, and the roster. */
export interface StatusResult extends ConsolidateResult {
  readonly roster: Roster;
}

/**
 * Who has sent what (`budget status`): reads the inputs as `consolidate` does, takes each file's
 * modification time as when it was received, and builds the roster of the plan's registry; the
 * files in the folders given that are not spreadsheets (a PDF) are listed apart. Every file of an
 * agency is read with its own figures (`versions` is always `all` here); the roster marks the older
 * ones superseded by the rule `consolidate` applies. Never throws on bad input.
 */
export async function status(inputs: readonly Input[], options: StatusOptions = {}): Promise<StatusResult> {
  const index = indexOf(options.plan ?? defaultPlan());
  // Every file of an agency is read and added (`all`): the roster shows each one's own figures and
  // tells the superseded ones itself, by the same decision a consolidation makes (`newestFirst`).
  const result = await consolidate(inputs, { ...options, plan: index, versions: "all" });
  // A file given in memory has no time: its name is not a path to look at.
  const inMemory = new Set(inputs.flatMap((input) => (typeof input === "string" ? [] : [input.name])));
  const times = await fileModifiedTimes(result.files.map((report) => report.file).filter((file) => !inMemory.has(file)));
  const otherFiles = await otherFilesIn(inputs.filter((input) => typeof input === "string"));
  const { consolidation, files, diagnostics } = result;
  return { ...result, roster: roster({ consolidation, files, diagnostics, index, times, deadline: options.deadline, otherFiles }) };
}
