import type { Finding } from "../data/diagnostic.js";
import type { Grid } from "../data/grid.js";
import { ruleFor } from "./registry.js";

/** The 0-based column of an A1 address's letters (`E11` → 4), or undefined when it has none. */
function columnOf(address: string): number | undefined {
  const letters = /^([A-Z]+)\d+$/u.exec(address)?.[1];
  if (letters === undefined) return undefined;
  let col = 0;
  for (const letter of letters) col = col * 26 + (letter.charCodeAt(0) - 64);
  return col - 1;
}

/**
 * Names the formula of each finding's cell (`args.formula`) where its rule has a hint for formulas
 * (the sums, BC211–BC215): a stated total that is a formula and disagrees with its rows is a cached
 * value nothing recalculated (a form filled by a script), and its hint says so. The checks see only
 * the parsed rows, so the grid they came from is asked here, in the same thread.
 */
export function withCellFormulas(findings: Iterable<Finding>, grid: Grid): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const formula = ruleFor(finding.code).formulaHint && finding.args?.formula === undefined ? formulaAt(grid, finding) : undefined;
    out.push(formula === undefined ? finding : { ...finding, args: { ...finding.args, formula } });
  }
  return out;
}

function formulaAt(grid: Grid, finding: Finding): string | undefined {
  const col = finding.cell === undefined ? undefined : columnOf(finding.cell);
  if (finding.row === undefined || col === undefined) return undefined;
  const sheet = grid.sheets.find((s) => s.name === finding.sheet);
  return sheet?.rows[finding.row - 1]?.[col]?.formula;
}
