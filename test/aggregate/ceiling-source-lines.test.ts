import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN } from "../../src/plan/default-plan.js";
import { validatePlan } from "../../src/plan/plan-text.js";
import { checkGrids, formGrid, withCells } from "../validate/form-grid.js";

describe("a ceiling on a source for one year follows a row's source line for that year", () => {
  it("counts task 1.2's 2026 money (120) under NSTW, its line for 2026, against an NSTW 2026 ceiling of 100", () => {
    const plan = validatePlan({ ...DEFAULT_PLAN, ceilings: { sources: [{ source: "NSTW", year: 2026, amount: 100 }] } });
    if (!plan.ok) throw new Error("plan");
    // 1.2: CTX in 2025 (80), NSTW in 2026 (120), as `- CTX` / `- NSTW (2026)` says.
    const grid = formGrid(withCells({ E7: "- CTX\n- NSTW (2026)" }));
    const found = checkGrids([grid], plan.plan).filter((d) => d.code === "BC407");
    expect(found.map((d) => [d.expected, d.actual, d.args?.subject, d.args?.year])).toEqual([["100", "120", "NSTW", "2026"]]);
  });
});
