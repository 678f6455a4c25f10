import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import type { Diagnostic } from "../../src/data/diagnostic.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { gridFromBytes } from "../../src/read/read-file.js";
import { type RunResult, runFiles } from "../../src/run/run-files.js";
import type { RunOptions } from "../../src/run/run-options.js";

/** A fresh temporary folder. */
export function tempFolder(prefix = "budget-hostile-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes named files into a fresh temporary folder and returns their paths, in the order given. */
export function writeInputs(files: ReadonlyArray<readonly [string, Uint8Array | string]>, folder = tempFolder()): string[] {
  return files.map(([name, bytes]) => {
    const path = join(folder, name);
    writeFileSync(path, bytes);
    return path;
  });
}

/** The SHA-256 of every file of a folder, by name: to show a run changed no input. */
export function folderHashes(folder: string): Map<string, string> {
  return new Map(
    readdirSync(folder)
      .sort()
      .map((name) => [
        name,
        createHash("sha256")
          .update(readFileSync(join(folder, name)))
          .digest("hex"),
      ]),
  );
}

/** A run of some files. No time is kept: a unit test bounds work, and `npm run bench` measures time. */
export interface InputsRun {
  readonly run: RunResult;
}

/** Runs files through the whole pipeline with the default plan (in this thread unless `options.workers` says otherwise). */
export async function runInputs(files: readonly string[], options: RunOptions = { workers: 0 }): Promise<InputsRun> {
  return { run: await runFiles(files, defaultPlan(), options) };
}

/** Writes one file and runs it in this thread, where no time or heap bound protects the run. */
export async function runBytes(name: string, bytes: Uint8Array): Promise<InputsRun> {
  return runInputs(writeInputs([[name, bytes]]), { workers: 0 });
}

/** What a read grid holds: sheets, rows, cells, and the slots its rows span (the cells and the gaps between them). */
export interface GridSize {
  readonly sheets: number;
  readonly rows: number;
  readonly cells: number;
  readonly slots: number;
}

/**
 * The size of the grid some bytes are read into. Layout and parse visit every slot of it, so it bounds
 * the work a run does on a hostile file far better than a wall-clock time on a busy machine.
 */
export async function gridSize(name: string, bytes: Uint8Array): Promise<GridSize> {
  const read = await gridFromBytes(name, bytes);
  if (!read.ok) throw new Error(`${name}: ${read.finding.args?.reason ?? read.finding.code}`);
  let rows = 0;
  let cells = 0;
  let slots = 0;
  for (const sheet of read.grid.sheets) {
    rows += sheet.rows.length;
    for (const row of sheet.rows) {
      slots += row?.length ?? 0;
      for (const cell of row ?? []) if (cell !== undefined) cells++;
    }
  }
  return { sheets: read.grid.sheets.length, rows, cells, slots };
}

/** The codes of some diagnostics, in order. */
export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}

/** The names every object inherits: a prototype-pollution test asserts they are still all there is. */
export const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Asserts that nothing was added to or changed on `Object.prototype`. */
export function expectPrototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  const probe: Record<string, unknown> = {};
  for (const key of ["polluted", "isAdmin", "0", "t", "v", "f"]) expect(probe[key], key).toBeUndefined();
}
