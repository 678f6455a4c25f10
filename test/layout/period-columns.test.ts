import { describe, expect, it } from "vitest";
import type { GridSheet } from "../../src/data/grid.js";
import { findLayout } from "../../src/layout/find-layout.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";
import { sheetOf } from "../validate/form-grid.js";

const index = new PlanIndex(defaultPlan());

/** The period columns a header gives, as `[key, phase]`, and the codes of the findings made on the way. */
function periodColumns(header: ReadonlyArray<ReadonlyArray<string | null>>): { columns: string[][]; codes: string[] } {
  const sheet: GridSheet = sheetOf("Sheet1", [["DANH MỤC NHIỆM VỤ"], ["Đơn vị tính: triệu đồng"], ...header, ["1", "Số hóa hồ sơ", 100, 100, 100, 100]]);
  const { layout, findings } = findLayout("a.xlsx", sheet, index);
  const columns = (layout?.columns ?? []).flatMap((c) => (c.role.kind === "period" ? [[c.role.key, c.role.phase]] : []));
  return { columns, codes: findings.map((f) => `${f.code} ${f.cell ?? ""}`) };
}

describe("period columns: the period and phase their labels name", () => {
  it("reads years and ranges from the lowest label: 2025, Năm 2026, 2026 - 2030, Giai đoạn 2031-2035", () => {
    const { columns, codes } = periodColumns([["STT", "Tên nhiệm vụ", "Tổng kinh phí", "2025", "Năm 2026", "2026 - 2030"]]);
    expect(columns).toEqual([
      ["2025", "requested"],
      ["2026", "requested"],
      ["2026-2030", "requested"],
    ]);
    expect(codes).toEqual(["BC408 F3"]);
  });

  it("gives each phase of one year its own key when a table holds several: Năm 2025 › Dự toán | Đánh giá thực hiện", () => {
    const { columns } = periodColumns([
      ["STT", "Tên nhiệm vụ", "Tổng kinh phí", "Năm 2025", null, "Ước thực hiện năm 2026"],
      [null, null, null, "Dự toán HĐND quyết định", "Đánh giá thực hiện", null],
    ]);
    expect(columns).toEqual([
      ["2025#estimate", "estimate"],
      ["2025#outturn", "outturn"],
      ["2026#outturn", "outturn"],
    ]);
  });

  it("keys a table of one phase by its periods alone: its figures are the table's total", () => {
    const { columns } = periodColumns([
      ["STT", "Tên nhiệm vụ", "Tổng kinh phí", "Dự toán kinh phí", null, null],
      [null, null, null, "2025", "2026", "2027"],
    ]);
    expect(columns).toEqual([
      ["2025", "estimate"],
      ["2026", "estimate"],
      ["2027", "estimate"],
    ]);
  });

  it("reports a range written backwards (BC116) and reads no period from it", () => {
    const { columns, codes } = periodColumns([["STT", "Tên nhiệm vụ", "Tổng kinh phí", "2025", "2026", "2030 - 2026"]]);
    expect(columns).toEqual([
      ["2025", "requested"],
      ["2026", "requested"],
    ]);
    expect(codes).toEqual(["BC116 F3"]);
  });
});
