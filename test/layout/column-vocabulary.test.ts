import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { columnsDoc } from "../../scripts/columns-doc.js";
import { COLUMN_FIELDS } from "../../src/data/column-fields.js";
import { COLUMN_VOCABULARY, PERIOD_WORDS, PHASE_VOCABULARY } from "../../src/data/column-vocabulary.js";
import { columnMatch } from "../../src/layout/column-match.js";
import { classifyColumn } from "../../src/layout/columns.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";
import { tempFile } from "../cli/plan-cli-runner.js";
import { readFixture } from "../read/read-fixture.js";

const index = new PlanIndex(defaultPlan());
const fieldOf = (...labels: string[]) => {
  const role = classifyColumn(labels, index);
  return role.kind === "field" ? role.field : role.kind;
};

describe("the column vocabulary", () => {
  it("has one entry per field, in any order", () => {
    expect(COLUMN_VOCABULARY.map((entry) => entry.field).sort()).toEqual([...COLUMN_FIELDS].sort());
  });

  it("reads labels with or without diacritics, in any case, Vietnamese or English", () => {
    expect(["Tổng kinh phí", "TONG KINH PHI", "tong kinh phi (trieu dong)", "Thành tiền", "Total", "Total cost"].map((label) => fieldOf(label))).toEqual(
      Array(6).fill("amount"),
    );
    expect(["Tên nhiệm vụ", "TEN NHIEM VU", "Nội dung", "Đơn vị", "Task", "Province"].map((label) => fieldOf(label))).toEqual(Array(6).fill("name"));
    expect(["Đơn vị tính", "Đơn vị chủ trì", "Đơn vị: triệu đồng", "Cơ quan, đơn vị", "Văn bản có liên quan"].map((label) => fieldOf(label))).toEqual([
      "measureUnit",
      "leadUnit",
      "unknown",
      "name",
      "legalBasis",
    ]);
    // A total under a parent is the parent's: recurrent spending's under `Chi thường xuyên`, `Recurrent`.
    expect([fieldOf("Chi thường xuyên", "Tổng số"), fieldOf("Recurrent spending", "Total"), fieldOf("Ngân sách", "Tổng")]).toEqual([
      "recurrentTotal",
      "recurrentTotal",
      "amount",
    ]);
    // Word for word: `Thành tiền (đồng)` holds `tien do` but is no schedule.
    expect(fieldOf("Thành tiền (đồng)")).toBe("amount");
    expect(fieldOf("Tiến độ")).toBe("period");
  });

  it("reads the phase and period words of a period column, Vietnamese or English", () => {
    const period = (...labels: string[]) => {
      const role = classifyColumn(labels, index);
      return role.kind === "period" ? role.key : role.kind;
    };
    expect([period("Ước thực hiện năm 2025"), period("Năm 2025", "Đánh giá thực hiện"), period("Kinh phí được giao 2025"), period("Giáo dục", "2025")]).toEqual(
      ["2025#outturn", "2025#outturn", "2025#approved", "2025"],
    );
    expect([period("Year 2026"), period("2025", "Actual"), period("Approved 2025"), period("Of which: 2026"), period("Period 2026-2030")]).toEqual([
      "2026",
      "2025#outturn",
      "2025#approved",
      "2026",
      "2026-2030",
    ]);
  });

  it("lets a label of the plan's `columns` win over the built-in ones, and says so", () => {
    const plan = defaultPlan();
    const extended = new PlanIndex({ ...plan, columns: { ...plan.columns, objective: ["Danh mục"] } });
    expect(classifyColumn(["Danh mục"], extended)).toEqual({ kind: "field", field: "objective" });
    expect(classifyColumn(["Danh mục"], index)).toEqual({ kind: "field", field: "name" });
    const column = { col: 1, label: "Danh mục", role: classifyColumn(["Danh mục"], extended) };
    expect(columnMatch(column, extended)).toEqual({ by: "plan", label: "Danh mục" });
    expect(columnMatch({ ...column, role: classifyColumn(["Danh mục"], index) }, index)).toEqual({ by: "built-in", label: "Danh mục" });
  });

  it("reads a table headed in English: No. | Task | Lead unit | Total | 2025 | 2026 | Funding source", async () => {
    const read = await readFixture("fixtures/english/english-headers.csv");
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    expect([...read.result.consolidation.totals.bySource.keys()]).toEqual(["NSTW"]);
    // The unit line `Unit: million VND` is read as triệu đồng: no finding at all.
    expect(read.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([]);
    const roles = ["No.", "Task", "Lead unit", "Total", "2025", "2026", "Funding source"].map((label) => fieldOf(label));
    expect(roles).toEqual(["code", "name", "leadUnit", "amount", "period", "period", "fundingSource"]);
  });

  it("knows an English total row (`Total`, `Grand total`) and checks it, but not a task whose name starts so", async () => {
    const table = (total: number) =>
      `Unit: million VND\nNo.,Task,Total\n1,Sở Tư pháp,300\n1.1,Total quality management system,120\n1.2,Archives,180\n,Grand total,${total}\n`;
    const right = await readFixture(tempFile("total.csv", table(300)));
    expect(right.total).toBe("300");
    expect(right.submissions[0]?.statedTotal?.amount?.value.toFixed()).toBe("300");
    expect(right.submissions[0]?.agencies[0]?.items.map((item) => item.name)).toEqual(["Total quality management system", "Archives"]);
    expect(right.diagnostics.map((d) => d.code)).toEqual([]);
    const wrong = await readFixture(tempFile("total.csv", table(310)));
    expect(wrong.diagnostics.filter((d) => d.code === "BC214").map((d) => [d.cell, d.expected, d.actual])).toEqual([["C6", "300", "310"]]);
  });

  it("is listed in docs/COLUMNS.md, which is current (npm run build && npm run docs)", () => {
    expect(readFileSync("docs/COLUMNS.md", "utf8")).toBe(columnsDoc(COLUMN_VOCABULARY, PHASE_VOCABULARY, PERIOD_WORDS));
  });
});
