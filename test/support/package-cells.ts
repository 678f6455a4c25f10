import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { Cell, Grid } from "../../src/data/grid.js";
import { readGrid } from "../../src/read/read-file.js";
import { unpackZip } from "../../src/read/zip/zip-guard.js";

/** The parts of an Excel package file, by name, as text. */
export function packageTexts(file: string): Map<string, string> {
  const unpacked = unpackZip(readFileSync(file));
  if ("problem" in unpacked) throw new Error(`${file}: ${unpacked.problem.kind}`);
  return new Map(unpacked.entries.map((entry) => [entry.name, new TextDecoder().decode(entry.data)]));
}

async function gridOf(file: string): Promise<Grid> {
  const read = await readGrid(file);
  if (!read.ok) throw new Error(`${file} unreadable`);
  return read.grid;
}

/** A cell as compared: no format and `General` are the same (an .xls text cell has none, the .xlsx built from it says General). */
function shown(cell: Cell | undefined): string {
  return cell === undefined ? "" : JSON.stringify({ value: cell.value, formula: cell.formula, format: cell.format === "General" ? undefined : cell.format });
}

/**
 * Every cell of every sheet of `original`, as the tool reads it (value, formula, number format), is in
 * the sheet of `returned` named `sheetName(name)`, the same; so are the merged ranges and the hidden
 * rows. Returns how many cells were compared.
 */
export async function expectSameCells(original: string, returned: string, sheetName: (name: string) => string = (name) => name): Promise<number> {
  const before = await gridOf(original);
  const after = await gridOf(returned);
  let compared = 0;
  for (const sheet of before.sheets) {
    const twin = after.sheets.find((s) => s.name === sheetName(sheet.name));
    expect(twin, `sheet ${sheet.name}`).toBeDefined();
    if (!twin) continue;
    sheet.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (cell === undefined) return;
        expect(shown(twin.rows[r]?.[c]), `${sheet.name} row ${r + 1} col ${c + 1}`).toBe(shown(cell));
        compared++;
      });
    });
    expect(twin.merges).toEqual(sheet.merges);
    expect([...twin.hiddenRows]).toEqual([...sheet.hiddenRows]);
  }
  return compared;
}
