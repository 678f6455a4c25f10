import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { largeHealthyXlsx } from "../../scripts/hostile-zips.js";
import {
  beyondLimitsXlsx,
  bigCellXlsx,
  FORM_SHEET,
  FORM_TOTAL,
  formXlsx,
  junkColumnsXlsx,
  manySheetsXlsx,
  patchXlsx,
  sharedStringsXlsx,
  spacedCellsXlsx,
  wholeGridDimensionXlsx,
} from "../../scripts/hostile-sheets.js";
import { pivot } from "../../src/aggregate/pivot.js";
import { pivotFacts } from "../../src/aggregate/pivot-facts.js";
import type { RunResult } from "../../src/run/run-files.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { EXCEL_MAX_TEXT } from "../../src/data/text.js";
import { appendixAsXlsx } from "../../src/write/appendix-as-workbook.js";
import { codes, runBytes } from "./hostile-run.js";

/** Each file is read in this thread (no worker bounds): these limits are the tool's own. */
const BOUND_MS = 10_000;

function expectFormRead(run: RunResult): void {
  expect(run.consolidation.totals.total.toFixed()).toBe(FORM_TOTAL);
  expect([...run.consolidation.totals.byYear].map(([year, value]) => [year, value.toFixed()])).toEqual([[2025, "180"], [2026, "120"]]);
}

describe("hostile sheets, read in this thread: bounded, and the form still read right", () => {
  it("a sheet declaring A1:XFD1048576 with a few real cells is read from the cells it has", async () => {
    const { run, ms } = await runBytes("whole-grid.xlsx", wholeGridDimensionXlsx());
    expectFormRead(run);
    expect(run.diagnostics).toEqual([]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("cells beyond XFD1048576 (even at row 999,999,999) are left out and reported once, BC110 outside-grid", async () => {
    const { run, ms } = await runBytes("beyond.xlsx", beyondLimitsXlsx());
    expectFormRead(run);
    expect(run.diagnostics).toEqual([
      expect.objectContaining({ code: "BC110", severity: "warning", sheet: FORM_SHEET, cell: "XFE8", args: { reason: "outside-grid", count: "5", cells: "XFE8, ZZZZ9, A1048577, XFD1048577, A999999999" } }),
    ]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("5,000 junk columns beside the form: one BC104 info per labelled junk column, totals right, in seconds", async () => {
    const { run, ms } = await runBytes("junk-columns.xlsx", junkColumnsXlsx(5_000));
    expectFormRead(run);
    expect(new Set(codes(run.diagnostics))).toEqual(new Set(["BC104"]));
    expect(run.diagnostics.every((d) => d.severity === "info")).toBe(true);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("100,000 shared strings on a second sheet: the form is found and the other sheet skipped (BC109)", async () => {
    const { run, ms } = await runBytes("shared-strings.xlsx", sharedStringsXlsx(100_000));
    expectFormRead(run);
    expect(run.diagnostics).toEqual([expect.objectContaining({ code: "BC109", args: { sheets: "Dữ liệu" } })]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("a 1 MB cell is cut to Excel's 32,767 characters (BC110 text-too-long), so the appendix stays a valid workbook", async () => {
    const { run, ms } = await runBytes("big-cell.xlsx", bigCellXlsx(1024 * 1024));
    expectFormRead(run);
    expect(run.diagnostics).toEqual([expect.objectContaining({ code: "BC110", cell: "B6", args: { reason: "text-too-long", count: "1", cells: "B6" } })]);
    const task = run.consolidation.sections[0]?.agencies[0]?.items[0];
    // Cut at 32,767 characters, then cleaned (runs of spaces squashed).
    expect(task?.name.length).toBeGreaterThan(32_000);
    expect(task?.name.length).toBeLessThanOrEqual(EXCEL_MAX_TEXT);
    expect(task?.name.startsWith("Nhiệm vụ ")).toBe(true);
    expect(ms).toBeLessThan(BOUND_MS);

    const files = run.files.map((f) => ({ ...f, diagnostics: 1 }));
    const bytes = await appendixAsXlsx(run.consolidation, defaultPlan(), run.diagnostics, files, { lang: "vi" });
    const longest = Math.max(...XLSX.read(bytes, { dense: true }).SheetNames.flatMap((name) => textLengths(XLSX.read(bytes, { dense: true }).Sheets[name])));
    expect(longest).toBeGreaterThan(32_000);
    expect(longest).toBeLessThanOrEqual(EXCEL_MAX_TEXT);
  });

  it("texts of 16,000 spaces between digits, dashes, `và`, `đồng` and parentheses in every column are read in linear time", async () => {
    const { run, ms } = await runBytes("spaced-cells.xlsx", spacedCellsXlsx(16_000));
    expect(run.consolidation.totals.total.toFixed()).toBe(FORM_TOTAL);
    expect(pivot(pivotFacts(run.consolidation, defaultPlan()), ["agency", "period", "source", "year"]).total.toFixed()).toBe(FORM_TOTAL);
    expect(new Set(codes(run.diagnostics))).toEqual(new Set(["BC201", "BC401", "BC302", "BC406"].filter((code) => codes(run.diagnostics).includes(code))));
    expect(codes(run.diagnostics)).toContain("BC201");
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("50 sheets of which one is the form: the form is read and the 49 others named in one BC109", async () => {
    const { run, ms } = await runBytes("fifty-sheets.xlsx", manySheetsXlsx(50, 37));
    expectFormRead(run);
    expect(run.files.map((f) => f.sheets)).toEqual([[FORM_SHEET]]);
    expect(run.diagnostics).toHaveLength(1);
    expect(run.diagnostics[0]?.code).toBe("BC109");
    expect(run.diagnostics[0]?.args?.sheets?.split(", ")).toHaveLength(49);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe("workbooks SheetJS reads slowly unless told otherwise", () => {
  it("a workbook without styles (no fills) costs no exception per cell: 20,000 rows × 12 cells in seconds", async () => {
    const { run, ms } = await runBytes("no-styles.xlsx", largeHealthyXlsx(20_000));
    expect(codes(run.diagnostics)).toEqual(["BC102"]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("hidden rows of an .xlsx are still found without SheetJS's cellStyles (BC108), by r and by position", async () => {
    const bytes = patchXlsx(formXlsx(), (name, text) => (name === "xl/worksheets/sheet1.xml" ? text.replace('<row r="6"', '<row r="6" hidden="1"').replace('<row r="7"', '<row hidden="true"') : text));
    const { run } = await runBytes("hidden.xlsx", bytes);
    expectFormRead(run);
    expect(run.diagnostics.map((d) => [d.code, d.cell, d.args?.rows])).toEqual([["BC108", "A6", "6–7"]]);
  });
});

function textLengths(sheet: XLSX.WorkSheet | undefined): number[] {
  return (sheet?.["!data"] ?? []).flatMap((row) => (row ?? []).map((cell) => (typeof cell?.v === "string" ? cell.v.length : 0)));
}
