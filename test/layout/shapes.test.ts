import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/data/diagnostic.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";
import { readGrid } from "../../src/read/read-file.js";
import { submissionsOf } from "../../src/run/parse-file.js";
import { codesAt, readFixture } from "../read/read-fixture.js";

const DIR = "fixtures/formats/shape";

describe("header band", () => {
  it("is found below a title block, notes and blank rows, one row deep, with a funding-source column", async () => {
    const read = await readFixture(`${DIR}/header-deep.xlsx`);
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    expect([...read.result.consolidation.totals.bySource.keys()]).toEqual(["CTX", "NST"]);
    expect(read.diagnostics).toEqual([]);
  });

  it("matches synonyms without diacritics: Số TT, Tên nhiệm vụ, Dự toán, Nguồn kinh phí, Trong đó: 2025", async () => {
    const read = await readFixture(`${DIR}/header-synonyms.xlsx`);
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    expect([...read.result.consolidation.totals.bySource.keys()]).toEqual(["NSTW"]);
    expect(read.diagnostics).toEqual([]);
  });

  it("reports a column it does not know (BC104), and still reads the rest", async () => {
    const read = await readFixture(`${DIR}/unknown-column.xlsx`);
    expect(read.total).toBe("300");
    expect(read.diagnostics).toMatchObject([{ code: "BC104", sheet: "Biểu mẫu", cell: "F3", severity: "info", args: { label: "Người phụ trách" } }]);
  });

  it("names the sheet and the missing required column (BC103)", async () => {
    const read = await readFixture(`${DIR}/missing-amount.xlsx`);
    expect(read.diagnostics).toMatchObject([
      { code: "BC104", cell: "D3", args: { label: "Ghi chú" } },
      { code: "BC103", sheet: "Biểu mẫu", cell: "A3", severity: "error", args: { columns: "amount" } },
    ]);
  });
});

describe("several sheets", () => {
  it("finds the form sheet by content and notes the others that have content (BC109)", async () => {
    const read = await readFixture(`${DIR}/several-sheets.xlsx`);
    expect(read.total).toBe("300");
    expect(read.submissions.map((s) => s.sheet)).toEqual(["Biểu mẫu"]);
    expect(read.diagnostics).toEqual([{ file: `${DIR}/several-sheets.xlsx`, code: "BC109", severity: "info", args: { sheets: "Hướng dẫn" } }]);
  });

  it("reads the sheet --sheet names, matched without case or diacritics", async () => {
    const grid = await readGrid(`${DIR}/two-forms.xlsx`);
    if (!grid.ok) throw new Error("fixture unreadable");
    const findings: Finding[] = [];
    const chosen = submissionsOf(grid.grid, new PlanIndex(defaultPlan()), findings, "nam 2025");
    expect(chosen.map((s) => s.sheet)).toEqual(["Năm 2025"]);
    expect(chosen[0]?.statedTotal?.amount?.value.toFixed()).toBe("300");
    expect(findings).toEqual([]);
    const draft = submissionsOf(grid.grid, new PlanIndex(defaultPlan()), findings, "Bản nháp");
    expect(draft[0]?.statedTotal?.amount?.value.toFixed()).toBe("600");
  });

  it("says which sheets there are when --sheet names none of them", async () => {
    const grid = await readGrid(`${DIR}/two-forms.xlsx`);
    if (!grid.ok) throw new Error("fixture unreadable");
    const findings: Finding[] = [];
    expect(submissionsOf(grid.grid, new PlanIndex(defaultPlan()), findings, "Tổng hợp")).toEqual([]);
    expect(findings).toEqual([{ file: `${DIR}/two-forms.xlsx`, code: "BC101", args: { reason: 'sheet-not-found, "Tổng hợp" ∉ ["Năm 2025", "Bản nháp"]' } }]);
  });
});

describe("unit line", () => {
  it.each(["unit-dong.xlsx", "unit-nghin-dong.xlsx", "unit-ty-dong.xlsx"])("%s converts exactly to triệu đồng", async (file) => {
    const read = await readFixture(`${DIR}/${file}`);
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    expect(read.diagnostics).toEqual([]);
  });
});

describe("rows", () => {
  it.each(["hidden-rows.xlsx", "hidden-rows.xls", "hidden-rows.ods"])("reads hidden rows and says so (BC108): %s", async (file) => {
    const read = await readFixture(`${DIR}/${file}`);
    expect(read.total).toBe("300");
    expect(read.submissions[0]?.agencies[0]?.items.map((item) => item.code.text)).toEqual(["1.1", "1.2"]);
    expect(read.diagnostics).toEqual([
      { file: `${DIR}/${file}`, sheet: "Biểu mẫu", cell: "A7", row: 7, code: "BC108", severity: "info", args: { count: "1", rows: "7" } },
    ]);
  });

  it("ignores blank rows and the notes and signatures under the table", async () => {
    const read = await readFixture(`${DIR}/blank-rows-notes.xlsx`);
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    expect(codesAt(read)).toEqual([]);
  });

  it("joins one agency split across two files, when told they are parts (--versions all)", async () => {
    const read = await readFixture(`${DIR}/split-part-1.xlsx`, `${DIR}/split-part-2.xlsx`);
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    const agencies = read.result.consolidation.sections.flatMap((section) => section.agencies);
    expect(agencies.map((agency) => [agency.name, agency.items.map((item) => item.code.text)])).toEqual([["Sở Tư pháp", ["1.1", "1.2"]]]);
  });
});
