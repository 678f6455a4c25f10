import { describe, expect, it } from "vitest";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { runFiles } from "../../src/run/run-files.js";

/** Published figures of seed 000 (Biểu mẫu đề xuất, Quảng Ngãi 2025): agency → total, 2025, 2026. */
const SEED000_AGENCIES: ReadonlyArray<readonly [string, string, string, string]> = [
  ["Văn phòng Tỉnh ủy", "79000", "39000", "40000"],
  ["Chi cục Kiểm lâm", "1090", "1090", "0"],
  ["Sở Nội vụ", "39075", "9472", "29603"],
  ["Sở Tư pháp", "1000", "0", "1000"],
  ["Sở Khoa học và Công nghệ", "28000", "16000", "12000"],
];

describe("seed 000: the official proposal form", () => {
  for (const [label, inputs] of [
    ["one form per agency", ["fixtures/forms"]],
    ["the whole form in one file, with its Tổng cộng row", ["fixtures/seeds/seed000-form.xlsx"]],
  ] as const) {
    it(`reproduces the published totals from ${label}`, async () => {
      const { consolidation } = await runFiles(inputs, defaultPlan());
      expect(consolidation.totals.total.toFixed()).toBe("148165");
      expect(consolidation.totals.byPeriod.get("2025")?.toFixed()).toBe("65562");
      expect(consolidation.totals.byPeriod.get("2026")?.toFixed()).toBe("82603");
      const agencies = consolidation.sections.flatMap((s) => s.agencies);
      for (const [name, total, y2025, y2026] of SEED000_AGENCIES) {
        const agency = agencies.find((a) => a.name === name);
        expect(agency?.totals.total.toFixed(), name).toBe(total);
        expect(agency?.totals.byPeriod.get("2025")?.toFixed() ?? "0", `${name} 2025`).toBe(y2025);
        expect(agency?.totals.byPeriod.get("2026")?.toFixed() ?? "0", `${name} 2026`).toBe(y2026);
      }
    });
  }

  it("places agencies in the plan's sections: Văn phòng Tỉnh ủy under I, the others under II", async () => {
    const { consolidation } = await runFiles(["fixtures/forms"], defaultPlan());
    expect(consolidation.sections.map((s) => [s.code, s.agencies.length, s.totals.total.toFixed()])).toEqual([
      ["I", 1, "79000"],
      ["II", 4, "69165"],
    ]);
  });

  it("totals the task groups: an x counts the whole item, a number counts itself", async () => {
    const { consolidation } = await runFiles(["fixtures/forms"], defaultPlan());
    // du_lieu: item 1.3 marked x (50.000) + Sở Nội vụ's 31.575 and 7.500 written as amounts.
    expect(consolidation.totals.byGroup.get("du_lieu")?.toFixed()).toBe("89075");
    // ha_tang: item 1.2 (14.000) and Chi cục Kiểm lâm's 2.1 (1.090), both marked x.
    expect(consolidation.totals.byGroup.get("ha_tang")?.toFixed()).toBe("15090");
  });

  it("reads item 4,5 under agency 5 as 5.5, by position, with a BC303 warning at its cell", async () => {
    const { diagnostics, consolidation } = await runFiles(["fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx"], defaultPlan());
    expect(diagnostics.filter((d) => d.code !== "BC403").map((d) => [d.code, d.severity, d.cell, d.actual, d.expected])).toEqual([
      ["BC303", "warning", "A14", "4,5", "5.5"],
    ]);
    // The form has task-group columns, and none of agency 5's items is marked in one.
    expect(diagnostics.filter((d) => d.code === "BC403").map((d) => d.cell)).toEqual(["A10", "A11", "A12", "A13", "A14"]);
    const items = consolidation.sections.flatMap((s) => s.agencies)[0]?.items ?? [];
    expect(items.map((item) => [item.code.text, item.children.length])).toEqual([
      ["5.1", 0],
      ["5.2", 0],
      ["5.3", 0],
      ["5.4", 0],
      ["4,5", 2],
    ]);
  });
});

describe("seed 004: an appendix with lead unit, period and funding sources", () => {
  it("reproduces 52.538, split CTX, NST 26.838 and NSNN 25.700", async () => {
    const { consolidation, diagnostics } = await runFiles(["fixtures/appendix/seed004-skhcn-2025.xlsx"], defaultPlan());
    expect(diagnostics).toEqual([]);
    expect(consolidation.totals.total.toFixed()).toBe("52538");
    expect(Object.fromEntries([...consolidation.totals.byCombination].map(([k, v]) => [k, v.toFixed()]))).toEqual({ "CTX, NST": "26838", NSNN: "25700" });
    expect(Object.fromEntries([...consolidation.totals.bySource].map(([k, v]) => [k, v.toFixed()]))).toEqual({ CTX: "26838", NST: "26838", NSNN: "25700" });
    // The amount column is headed "Kinh phí năm 2025": the whole amount is 2025 money.
    expect(consolidation.totals.byPeriod.get("2025")?.toFixed()).toBe("52538");
  });

  it("finds the agency in the title block and matches it to the registry", async () => {
    const { consolidation } = await runFiles(["fixtures/appendix"], defaultPlan());
    const agencies = consolidation.sections.flatMap((s) => s.agencies.map((a) => [s.code, a.name, a.known, a.items.length]));
    expect(agencies).toEqual([["II", "Sở Khoa học và Công nghệ", true, 28]]);
  });
});

describe("seed 001: Phụ lục 2 of the 2025 plan, Sở Khoa học và Công nghệ's block", () => {
  it("reads the seed-001 layout (TT | Cơ quan, đơn vị | Kinh phí (triệu đồng) | Nguồn vốn | Văn bản) to the published 27.519", async () => {
    const { consolidation, diagnostics } = await runFiles(["fixtures/seeds/seed001-skhcn-excerpt.xlsx"], defaultPlan());
    // The stated agency row and TỔNG (27.519 as printed) agree with the items: no finding at all.
    expect(diagnostics).toEqual([]);
    expect(consolidation.totals.total.toFixed()).toBe("27519");
    // No year column: the title "… VÀ KINH PHÍ NĂM 2025" makes it 2025 money.
    expect(consolidation.totals.byPeriod.get("2025")?.toFixed()).toBe("27519");
    const [agency] = consolidation.sections.flatMap((s) => s.agencies);
    expect([agency?.name, agency?.section, agency?.items.length]).toEqual(["Sở Khoa học và Công nghệ", "II", 27]);
    expect(agency?.items[0]?.legalBasis).toBe("Kế hoạch số 223/KH-UBND ngày 15/11/2024");
    expect([...consolidation.totals.byCombination].map(([k, v]) => [k, v.toFixed()])).toEqual([["CTX, NST", "27519"]]);
  });

  it("reconciles with seed 004 as seed 004 states: 27.519 − 681 + 14.000 + 11.700 = 52.538", async () => {
    const seed001 = await runFiles(["fixtures/seeds/seed001-skhcn-excerpt.xlsx"], defaultPlan());
    const seed004 = await runFiles(["fixtures/appendix"], defaultPlan());
    const reconciled = seed001.consolidation.totals.total.minus(681).plus(14000).plus(11700);
    expect(reconciled.equals(seed004.consolidation.totals.total)).toBe(true);
  });
});
