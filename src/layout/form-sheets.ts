import type { Finding } from "../data/diagnostic.js";
import type { Grid, GridSheet } from "../data/grid.js";
import { foldText } from "../data/text.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { findLayout, type SheetLayout } from "./find-layout.js";
import { numberConvention } from "./number-convention.js";

/** The form sheets of a workbook, and the findings made finding them. */
export interface FormSheets {
  readonly layouts: readonly SheetLayout[];
  readonly findings: readonly Finding[];
}

/**
 * Finds the sheet(s) of a workbook that hold a form, by content: every sheet whose header band and
 * required columns are found. Other sheets with content are named in one BC109 note. With `sheetName`
 * (the `--sheet` option; matched without case or diacritics) only that sheet is read, and a missing
 * one is a BC101 naming the sheets there are. When no sheet holds a form, the problem of the sheet
 * that came closest is reported (a missing column before a missing header).
 */
export function findFormSheets(grid: Grid, index: PlanIndex, sheetName?: string): FormSheets {
  if (sheetName !== undefined) {
    const wanted = grid.sheets.find((sheet) => sheet.name === sheetName) ?? grid.sheets.find((sheet) => foldText(sheet.name) === foldText(sheetName));
    if (!wanted) {
      const names = grid.sheets.map((sheet) => `"${sheet.name}"`).join(", ");
      return { layouts: [], findings: [{ file: grid.file, code: "BC101", args: { reason: `sheet-not-found, "${sheetName}" ∉ [${names}]` } }] };
    }
    const result = findLayout(grid.file, wanted, index);
    return { layouts: result.layout ? [result.layout] : [], findings: result.findings };
  }
  const layouts: SheetLayout[] = [];
  const findings: Finding[] = [];
  const skipped: string[] = [];
  let closest: readonly Finding[] | undefined;
  for (const sheet of grid.sheets) {
    const result = findLayout(grid.file, sheet, index);
    if (result.layout) {
      layouts.push(result.layout);
      findings.push(...result.findings);
      continue;
    }
    if (hasContent(sheet)) skipped.push(sheet.name);
    const headerFound = result.findings.some((finding) => finding.code !== "BC102");
    if (!closest || (headerFound && closest.every((finding) => finding.code === "BC102"))) closest = result.findings;
  }
  if (layouts.length === 0) return { layouts, findings: closest ?? [{ file: grid.file, code: "BC102" }] };
  if (skipped.length > 0) findings.push({ file: grid.file, code: "BC109", args: { sheets: skipped.join(", ") } });
  if (layouts.length === 1) return { layouts, findings };
  // The evidence for how numbers are written is the whole file's, not one sheet's.
  const convention = numberConvention(layouts.flatMap((layout) => layout.rows));
  return { layouts: layouts.map((layout) => ({ ...layout, numberConvention: convention })), findings };
}

function hasContent(sheet: GridSheet): boolean {
  return sheet.rows.some((row) => row?.some((cell) => cell !== undefined));
}
