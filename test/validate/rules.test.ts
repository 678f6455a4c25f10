import { describe, expect, it } from "vitest";
import type { DiagnosticCode } from "../../src/data/diagnostic-codes.js";
import type { Grid } from "../../src/data/grid.js";
import { diagnosticMessage } from "../../src/write/diagnostic-message.js";
import { checkGrids, type FormRow, formGrid, reviewGrid, VALID_ROWS, withCells } from "./form-grid.js";
import { CASES, NOI_VU, one, planWith, REVIEWED, REVIEWED_1_1 } from "./rule-cases.js";

describe("rules, table-driven", () => {
  for (const rule of CASES) {
    it(`${rule.code}: stays silent on valid rows`, () => {
      for (const grids of rule.valid) expect(checkGrids(grids, rule.plan, rule.versions, rule.approved?.valid).map((d) => [d.code, d.cell ?? ""])).toEqual([]);
    });
    it(`${rule.code}: reports ${rule.found.map(([code, cell]) => `${code}@${cell || "sheet"}`).join(", ")}`, () => {
      const found = checkGrids(rule.invalid, rule.plan, rule.versions, rule.approved?.invalid).map((d) => [d.code, d.cell ?? ""]);
      expect(found.sort()).toEqual([...rule.found].sort());
    });
  }
});

describe("what the checks put in a finding", () => {
  const only = (grids: readonly Grid[], code: DiagnosticCode) => checkGrids(grids).filter((d) => d.code === code);

  it("BC211 names the stated total as actual and the sum of the years as expected", () => {
    const [finding] = only(one(withCells({ G7: 100, G5: 100 })), "BC211").filter((d) => d.cell === "D7");
    expect(finding).toMatchObject({
      severity: "error",
      sheet: "Biểu mẫu",
      row: 7,
      rowCode: "1.2",
      rowName: "Phần mềm một cửa điện tử",
      actual: "200",
      expected: "180",
    });
  });

  it("BC215 compares the group amounts of one framework with the row's total", () => {
    const [finding] = only(one(withCells({ H6: 60, I6: 30 })), "BC215");
    expect(finding).toMatchObject({
      cell: "H6",
      row: 6,
      rowCode: "1.1",
      expected: "100",
      actual: "90",
      args: { framework: "Kế hoạch số 02/KH-BCĐTW ngày 19/6/2025" },
    });
  });

  it("BC414–BC417 name the item, the agency and both figures; BC414 points at the form, the others at the review workbook", () => {
    const review = reviewGrid([
      ["Sở Tư pháp", "1.1", "Số hóa tài liệu lưu trữ", 100, 120, "", "1.1", 80],
      ["Sở Tư pháp", "1.3", "Đào tạo kỹ năng số", 50, 50, "Đồng ý như đề xuất", "1.3"],
    ]);
    const found = checkGrids(one(VALID_ROWS), undefined, undefined, review).filter((d) => ["BC414", "BC415", "BC416", "BC417"].includes(d.code));
    expect(found).toEqual([
      {
        code: "BC416",
        severity: "error",
        file: "tham-dinh.xlsx",
        sheet: "Thẩm định",
        cell: "F7",
        row: 7,
        expected: "100",
        actual: "120",
        args: { item: "1.1 Số hóa tài liệu lưu trữ", agency: "Sở Tư pháp" },
      },
      {
        code: "BC417",
        severity: "warning",
        file: "tham-dinh.xlsx",
        sheet: "Thẩm định",
        cell: "F7",
        row: 7,
        expected: "80",
        actual: "100",
        args: { item: "1.1 Số hóa tài liệu lưu trữ", agency: "Sở Tư pháp" },
      },
      {
        code: "BC414",
        severity: "warning",
        file: "so-tu-phap.xlsx",
        sheet: "Biểu mẫu",
        cell: "A7",
        rowCode: "1.2",
        rowName: "Phần mềm một cửa điện tử",
        actual: "200",
      },
      {
        code: "BC415",
        severity: "warning",
        file: "tham-dinh.xlsx",
        sheet: "Thẩm định",
        cell: "F8",
        row: 8,
        actual: "50",
        args: { item: "1.3 Đào tạo kỹ năng số", agency: "Sở Tư pháp" },
      },
    ]);
    // The figures as the workbook states them: nothing to report.
    expect(checkGrids(one(VALID_ROWS), undefined, undefined, reviewGrid(REVIEWED))).toEqual([]);
  });

  it("BC407 with a review workbook: the approved total against the ceilings for the whole plan, not those for a year", () => {
    // Requested 300 (2025: 180); approved 90 + 200 = 290; every ceiling below both.
    const plan = planWith({
      total: 250,
      agencies: [
        { agency: "Sở Tư pháp", amount: 250 },
        { agency: "Sở Tư pháp", year: 2025, amount: 100 },
      ],
    });
    const approved = checkGrids(one(VALID_ROWS), plan, undefined, reviewGrid(REVIEWED)).filter((d) => d.code === "BC407" && d.args?.phase === "approved");
    expect(approved.map((d) => [d.args?.scope, d.actual, d.expected, d.file, d.sheet])).toEqual([
      ["total", "290", "250", "so-tu-phap.xlsx", "Biểu mẫu"],
      ["agency", "290", "250", "so-tu-phap.xlsx", "Biểu mẫu"],
    ]);
    expect(approved.map((d) => diagnosticMessage(d, "vi"))).toEqual([
      "Toàn bộ kế hoạch: tổng thẩm định 290 vượt mức trần 250.",
      'Đơn vị "Sở Tư pháp": tổng thẩm định 290 vượt mức trần 250.',
    ]);
    // The requests' own BC407 stay as they were, worded as before.
    const requested = checkGrids(one(VALID_ROWS), plan).filter((d) => d.code === "BC407");
    expect(requested.map((d) => diagnosticMessage(d, "vi"))).toContain('Đơn vị "Sở Tư pháp" năm 2025: tổng 180 vượt mức trần 100.');
    // Lowered to 90 + 150 = 240, the approved figures are within the ceilings.
    const lowered = reviewGrid([REVIEWED_1_1, ["Sở Tư pháp", "1.2", "Phần mềm một cửa điện tử", 200, 150, "", "1.2"]]);
    expect(checkGrids(one(VALID_ROWS), plan, undefined, lowered).filter((d) => d.args?.phase === "approved")).toEqual([]);
  });

  it("BC402 states the period as written and the plan's years", () => {
    const [finding] = only(one(withCells({ C7: "2022 - 2023" })), "BC402");
    expect(finding).toMatchObject({ severity: "warning", cell: "C7", actual: "2022 - 2023", expected: "2025–2026" });
  });

  it("BC404 points at the later task and names the agency, file and cell of the first", () => {
    const [finding] = only([formGrid(VALID_ROWS), formGrid(NOI_VU("Số hóa tài liệu lưu trữ"), { file: "so-noi-vu.xlsx" })], "BC404");
    expect(finding).toMatchObject({
      file: "so-noi-vu.xlsx",
      cell: "A6",
      rowName: "Số hóa tài liệu lưu trữ",
      args: { other: "Sở Tư pháp", otherFile: "so-tu-phap.xlsx", otherCell: "A6" },
    });
  });

  it("BC405 reports an agency once per later file, by its official name", () => {
    const again = formGrid(withCells({ B5: "STP" }, NOI_VU("Đào tạo kỹ năng số")), { file: "stp-bo-sung.xlsx" });
    const found = checkGrids([formGrid(VALID_ROWS), again], undefined, "all").filter((d) => d.code === "BC405");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "stp-bo-sung.xlsx", cell: "A5", args: { agency: "Sở Tư pháp", otherFile: "so-tu-phap.xlsx" } });
  });

  it("BC409 is a note in the older file, naming the agency, the file used and why it is newer", () => {
    const again = formGrid(withCells({ B5: "STP" }, NOI_VU("Đào tạo kỹ năng số")), { file: "stp-bo-sung.xlsx" });
    expect(only([formGrid(VALID_ROWS), again], "BC409")).toEqual([
      expect.objectContaining({
        severity: "info",
        file: "so-tu-phap.xlsx",
        sheet: "Biểu mẫu",
        cell: "A5",
        rowName: "Sở Tư pháp",
        args: { agency: "Sở Tư pháp", newer: "stp-bo-sung.xlsx", by: "name" },
      }),
    ]);
  });

  it("BC406 names the agency as written", () => {
    const [finding] = only(one(withCells({ B5: "Trung tâm Dữ liệu tỉnh" })), "BC406");
    expect(finding).toMatchObject({ cell: "A5", rowName: "Trung tâm Dữ liệu tỉnh", actual: "Trung tâm Dữ liệu tỉnh" });
  });

  it("a form without agency rows is checked against the registry through its title or file name", () => {
    const rows: FormRow[] = [["1", "Số hóa tài liệu lưu trữ", "2025", 100, "CTX", 100, null, "x", null]];
    expect(only([formGrid(rows, { file: "phong-van-thu.xlsx" })], "BC406").map((d) => [d.cell, d.actual])).toEqual([[undefined, "phong-van-thu"]]);
  });
});
