import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
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
import { largeHealthyXlsx } from "../../scripts/hostile-zips.js";
import { pivot } from "../../src/aggregate/pivot.js";
import { pivotFacts } from "../../src/aggregate/pivot-facts.js";
import { EXCEL_MAX_TEXT } from "../../src/data/text.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import type { RunResult } from "../../src/run/run-files.js";
import { appendixAsXlsx } from "../../src/write/appendix-as-workbook.js";
import { codes, type GridSize, gridSize, runBytes } from "./hostile-run.js";

/**
 * Each file is read in this thread (no worker bounds): the bounds are the tool's own. They are bounds
 * on work, the size of the grid layout and parse walk (`gridSize`); a hang is caught by the test
 * timeout, and the time of each file is measured by `npm run bench` (scripts/bench/hostile-inputs.ts).
 */
let form: GridSize;
beforeAll(async () => {
  form = await gridSize("form.xlsx", formXlsx());
});

/** The grid holds the form and at most `extra` cells more, and no row spans more than ten empty slots. */
function expectGridOf(size: GridSize, extra: number): void {
  expect(size.cells).toBeLessThanOrEqual(form.cells + extra);
  expect(size.slots - size.cells).toBeLessThanOrEqual(size.rows * 10);
}

function expectFormRead(run: RunResult): void {
  expect(run.consolidation.totals.total.toFixed()).toBe(FORM_TOTAL);
  expect([...run.consolidation.totals.byPeriod].map(([year, value]) => [year, value.toFixed()])).toEqual([
    ["2025", "180"],
    ["2026", "120"],
  ]);
}

describe("hostile sheets, read in this thread: bounded, and the form still read right", () => {
  it("a sheet declaring A1:XFD1048576 with a few real cells is read from the cells it has", async () => {
    const bytes = wholeGridDimensionXlsx();
    const { run } = await runBytes("whole-grid.xlsx", bytes);
    expectFormRead(run);
    expect(run.diagnostics).toEqual([]);
    // 17 billion cells declared; the grid is the form's own.
    expect(await gridSize("whole-grid.xlsx", bytes)).toEqual(form);
  });

  it("cells beyond XFD1048576 (even at row 999,999,999) are left out and reported once, BC110 outside-grid", async () => {
    const bytes = beyondLimitsXlsx();
    const { run } = await runBytes("beyond.xlsx", bytes);
    expectFormRead(run);
    expect(run.diagnostics).toEqual([
      expect.objectContaining({
        code: "BC110",
        severity: "warning",
        sheet: FORM_SHEET,
        cell: "XFE8",
        args: { reason: "outside-grid", count: "5", cells: "XFE8, ZZZZ9, A1048577, XFD1048577, A999999999" },
      }),
    ]);
    expect(await gridSize("beyond.xlsx", bytes)).toEqual(form);
  });

  it("5,000 junk columns beside the form: one BC104 info per labelled junk column, totals right, a grid of its cells only", async () => {
    const bytes = junkColumnsXlsx(5_000);
    const { run } = await runBytes("junk-columns.xlsx", bytes);
    expectFormRead(run);
    expect(new Set(codes(run.diagnostics))).toEqual(new Set(["BC104"]));
    expect(run.diagnostics.every((d) => d.severity === "info")).toBe(true);
    expectGridOf(await gridSize("junk-columns.xlsx", bytes), form.rows * 5_000);
  });

  it("100,000 shared strings on a second sheet: the form is found and the other sheet skipped (BC109)", async () => {
    const bytes = sharedStringsXlsx(100_000);
    const { run } = await runBytes("shared-strings.xlsx", bytes);
    expectFormRead(run);
    expect(run.diagnostics).toEqual([expect.objectContaining({ code: "BC109", args: { sheets: "Dữ liệu" } })]);
    expectGridOf(await gridSize("shared-strings.xlsx", bytes), 100_000);
  });

  it("a 1 MB cell is cut to Excel's 32,767 characters (BC110 text-too-long), so the appendix stays a valid workbook", async () => {
    const input = bigCellXlsx(1024 * 1024);
    const { run } = await runBytes("big-cell.xlsx", input);
    expectFormRead(run);
    expect(run.diagnostics).toEqual([expect.objectContaining({ code: "BC110", cell: "B6", args: { reason: "text-too-long", count: "1", cells: "B6" } })]);
    const task = run.consolidation.sections[0]?.agencies[0]?.items[0];
    // Cut at 32,767 characters, then cleaned (runs of spaces squashed).
    expect(task?.name.length).toBeGreaterThan(32_000);
    expect(task?.name.length).toBeLessThanOrEqual(EXCEL_MAX_TEXT);
    expect(task?.name.startsWith("Nhiệm vụ ")).toBe(true);
    expect(await gridSize("big-cell.xlsx", input)).toEqual(form);

    const files = run.files.map((f) => ({ ...f, diagnostics: 1 }));
    const bytes = await appendixAsXlsx(run.consolidation, defaultPlan(), run.diagnostics, files, { lang: "vi" });
    const longest = Math.max(...XLSX.read(bytes, { dense: true }).SheetNames.flatMap((name) => textLengths(XLSX.read(bytes, { dense: true }).Sheets[name])));
    expect(longest).toBeGreaterThan(32_000);
    expect(longest).toBeLessThanOrEqual(EXCEL_MAX_TEXT);
  });

  it("texts of 16,000 spaces between digits, dashes, `và`, `đồng` and parentheses in every column are read in linear time", async () => {
    // Linear time has no counter to show: a backtracking pattern would hang past the test timeout.
    const { run } = await runBytes("spaced-cells.xlsx", spacedCellsXlsx(16_000));
    expect(run.consolidation.totals.total.toFixed()).toBe(FORM_TOTAL);
    expect(pivot(pivotFacts(run.consolidation, defaultPlan()), ["agency", "period", "source", "year"]).total.toFixed()).toBe(FORM_TOTAL);
    expect(new Set(codes(run.diagnostics))).toEqual(new Set(["BC201", "BC401", "BC302", "BC406"].filter((code) => codes(run.diagnostics).includes(code))));
    expect(codes(run.diagnostics)).toContain("BC201");
  });

  it("50 sheets of which one is the form: the form is read and the 49 others named in one BC109", async () => {
    const bytes = manySheetsXlsx(50, 37);
    const { run } = await runBytes("fifty-sheets.xlsx", bytes);
    expectFormRead(run);
    expect(run.files.map((f) => f.sheets)).toEqual([[FORM_SHEET]]);
    expect(run.diagnostics).toHaveLength(1);
    expect(run.diagnostics[0]?.code).toBe("BC109");
    expect(run.diagnostics[0]?.args?.sheets?.split(", ")).toHaveLength(49);
    // Each of the 49 other sheets is two rows of two cells.
    expectGridOf(await gridSize("fifty-sheets.xlsx", bytes), 49 * 4);
  });
});

describe("workbooks SheetJS reads slowly unless told otherwise", () => {
  it("a workbook without styles (no fills) costs no exception per cell: 20,000 rows × 12 cells, a grid of those cells", async () => {
    const bytes = largeHealthyXlsx(20_000);
    const { run } = await runBytes("no-styles.xlsx", bytes);
    expect(codes(run.diagnostics)).toEqual(["BC102"]);
    // The grid is the 240,000 cells the sheet has, each visited once by the header search at most.
    const size = await gridSize("no-styles.xlsx", bytes);
    expect([size.rows, size.cells, size.slots]).toEqual([20_000, 240_000, 240_000]);
  });

  it("hidden rows of an .xlsx are still found without SheetJS's cellStyles (BC108), by r and by position", async () => {
    const bytes = patchXlsx(formXlsx(), (name, text) =>
      name === "xl/worksheets/sheet1.xml" ? text.replace('<row r="6"', '<row r="6" hidden="1"').replace('<row r="7"', '<row hidden="true"') : text,
    );
    const { run } = await runBytes("hidden.xlsx", bytes);
    expectFormRead(run);
    expect(run.diagnostics.map((d) => [d.code, d.cell, d.args?.rows])).toEqual([["BC108", "A6", "6–7"]]);
  });
});

function textLengths(sheet: XLSX.WorkSheet | undefined): number[] {
  return (sheet?.["!data"] ?? []).flatMap((row) => (row ?? []).map((cell) => (typeof cell?.v === "string" ? cell.v.length : 0)));
}
