import { describe, expect, it } from "vitest";
import { ceilingBreaches } from "../../src/aggregate/ceilings.js";
import { DEFAULT_PLAN } from "../../src/plan/default-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";
import { validatePlan } from "../../src/plan/plan-text.js";
import type { Plan } from "../../src/plan/schema.js";
import { runFiles } from "../../src/run/run-files.js";
import { diagnosticMessage } from "../../src/write/diagnostic-message.js";

function planWith(ceilings: object, unit?: string): Plan {
  const result = validatePlan({ ...DEFAULT_PLAN, ...(unit ? { unit } : {}), ceilings });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

describe("ceilings", () => {
  it("warns (BC407) when an agency's total is above its ceiling, showing both figures", async () => {
    const plan = planWith({
      agencies: [
        { agency: "Sở Nội vụ", amount: 30000 },
        { agency: "VPTU", year: 2026, amount: "50000" },
      ],
    });
    const { diagnostics } = await runFiles(["fixtures/forms"], plan, { workers: 0 });
    const above = diagnostics.filter((d) => d.code === "BC407");
    expect(above).toHaveLength(1);
    expect(above[0]).toMatchObject({ severity: "warning", file: "fixtures/forms/03-so-noi-vu.xlsx", expected: "30000", actual: "39075" });
    expect(above.map((d) => diagnosticMessage(d, "vi"))).toEqual(['Đơn vị "Sở Nội vụ": tổng 39.075 vượt mức trần 30.000.']);
    expect(above.map((d) => diagnosticMessage(d, "en"))).toEqual(['Agency "Sở Nội vụ": total 39,075 is above the ceiling 30,000.']);
  });

  it("checks a year's total of an agency found through an alias", async () => {
    const plan = planWith({ agencies: [{ agency: "VPTU", year: 2026, amount: 39999.5 }] });
    const { diagnostics } = await runFiles(["fixtures/forms"], plan, { workers: 0 });
    expect(diagnostics.filter((d) => d.code === "BC407").map((d) => diagnosticMessage(d, "vi"))).toEqual([
      'Đơn vị "Văn phòng Tỉnh ủy" năm 2026: tổng 40.000 vượt mức trần 39.999,5.',
    ]);
  });

  it("checks a funding source's total, an item of `CTX, NST` counting under each code", async () => {
    const plan = planWith({
      sources: [
        { source: "NSNN", amount: "25000" },
        { source: "NS tỉnh", amount: 26838 },
        { source: "CTX", year: 2025, amount: 26000 },
      ],
    });
    const { consolidation } = await runFiles(["fixtures/appendix"], plan, { workers: 0 });
    expect(ceilingBreaches(consolidation, new PlanIndex(plan)).map((b) => [b.scope, b.subject, b.year, b.actual.toFixed(), b.ceiling.toFixed()])).toEqual([
      ["source", "NSNN", undefined, "25700", "25000"],
      ["source", "CTX", 2025, "26838", "26000"],
    ]);
  });

  it("reads ceilings in the plan's unit: 148 tỷ đồng is 148.000 triệu, under the seed-000 total", async () => {
    const plan = planWith({ total: 148 }, "tỷ đồng");
    const { diagnostics } = await runFiles(["fixtures/forms"], plan, { workers: 0 });
    expect(diagnostics.filter((d) => d.code === "BC407").map((d) => diagnosticMessage(d, "vi"))).toEqual([
      "Toàn bộ kế hoạch: tổng 148.165 vượt mức trần 148.000.",
    ]);
  });

  it("says nothing when every total is within its ceiling", async () => {
    const plan = planWith({ total: "148165", agencies: [{ agency: "Sở Tư pháp", amount: 1000 }] });
    const { diagnostics } = await runFiles(["fixtures/forms"], plan, { workers: 0 });
    expect(diagnostics.filter((d) => d.code === "BC407")).toEqual([]);
  });
});
