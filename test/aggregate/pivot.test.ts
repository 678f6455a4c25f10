import { describe, expect, it } from "vitest";
import { type PivotNode, parseDimensions, pivot } from "../../src/aggregate/pivot.js";
import { PIVOT_DIMENSIONS, type PivotDimension, type PivotFacts, pivotFacts } from "../../src/aggregate/pivot-facts.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { runFiles } from "../../src/run/run-files.js";

type Marginals = Readonly<Record<PivotDimension, Readonly<Record<string, string>>>>;

/**
 * Seed 000 along every dimension. Agencies and years are the published figures; sections add the
 * agencies up (I = Văn phòng Tỉnh ủy); groups and periods add up the items of the seed table:
 * ha_tang = 1.2 (14.000) + 2.1 (1.090); du_lieu = 1.3 (50.000, x) + 3.1 (31.575) + 3.2 (7.500);
 * periods are the periods figures are stated for (the year columns here, so the years; a row's
 * "Thời gian thực hiện" says how long the task runs, not when its money is spent). The form has no
 * lead-unit column: all of it is under no lead unit.
 */
const SEED000: Marginals = {
  agency: { "Văn phòng Tỉnh ủy": "79000", "Chi cục Kiểm lâm": "1090", "Sở Nội vụ": "39075", "Sở Tư pháp": "1000", "Sở Khoa học và Công nghệ": "28000" },
  year: { "2025": "65562", "2026": "82603" },
  source: { "": "148165" },
  group: { ha_tang: "15090", du_lieu: "89075", "": "44000" },
  section: { I: "79000", II: "69165" },
  period: { "2025": "65562", "2026": "82603" },
  phase: { requested: "148165" },
  lead: { "": "148165" },
};

/** Seed 004 (Phụ lục, Sở KH&CN 2025): 52.538 = CTX, NST 26.838 + NSNN 25.700, all in 2025. */
const SEED004_SOURCES = { "CTX, NST": "26838", NSNN: "25700" };

function marginal(nodes: readonly PivotNode[], depth: number): Record<string, string> {
  const totals = new Map<string, ReturnType<PivotNode["total"]["plus"]>>();
  const visit = (node: PivotNode, level: number) => {
    if (level === depth) totals.set(node.key, totals.get(node.key)?.plus(node.total) ?? node.total);
    else
      node.children.forEach((child) => {
        visit(child, level + 1);
      });
  };
  nodes.forEach((node) => {
    visit(node, 0);
  });
  return Object.fromEntries([...totals].map(([key, value]) => [key, value.toFixed()]));
}

function expectChildrenAddUp(node: PivotNode): void {
  if (node.children.length === 0) return;
  const total = node.children.reduce((acc, child) => acc.plus(child.total), node.total.minus(node.total));
  expect(total.toFixed(), `${node.dimension} ${node.key}`).toBe(node.total.toFixed());
  node.children.forEach(expectChildrenAddUp);
}

describe("pivot of seed 000 (five agency forms)", async () => {
  const plan = defaultPlan();
  const { consolidation } = await runFiles(["fixtures/forms"], plan);
  const facts: PivotFacts = pivotFacts(consolidation, plan);

  for (const first of PIVOT_DIMENSIONS) {
    for (const second of PIVOT_DIMENSIONS) {
      if (first === second) continue;
      it(`--by ${first},${second} agrees with the seed figures on both dimensions`, () => {
        const result = pivot(facts, [first, second]);
        expect(result.total.toFixed()).toBe("148165");
        expect(marginal(result.nodes, 0)).toEqual(SEED000[first]);
        expect(marginal(result.nodes, 1)).toEqual(SEED000[second]);
        result.nodes.forEach(expectChildrenAddUp);
      });
    }
  }

  it("sorts agencies in registry order within sections and years ascending", () => {
    const result = pivot(facts, ["section", "agency", "year"]);
    expect(result.nodes.map((n) => n.label)).toEqual(["I. Cơ quan Khối Đảng", "II. Cơ quan chuyên môn thuộc UBND tỉnh; Hội đoàn thể"]);
    expect(result.nodes[1]?.children.map((n) => n.key)).toEqual(["Sở Nội vụ", "Sở Khoa học và Công nghệ", "Sở Tư pháp", "Chi cục Kiểm lâm"]);
    expect(result.nodes[0]?.children[0]?.children.map((n) => [n.key, n.total.toFixed()])).toEqual([
      ["2025", "39000"],
      ["2026", "40000"],
    ]);
  });

  it("splits Sở Nội vụ's item 3.1 (31.575 under Dữ liệu) across its two years exactly", () => {
    const result = pivot(facts, ["agency", "group", "year"]);
    const noiVu = result.nodes.find((n) => n.key === "Sở Nội vụ");
    expect(noiVu?.children.map((g) => [g.label, g.children.map((y) => [y.key, y.total.toFixed()])])).toEqual([
      [
        "KH02: Dữ liệu",
        [
          ["2025", "9472"],
          ["2026", "29603"],
        ],
      ],
    ]);
  });

  it("nests three dimensions in the order given", () => {
    const result = pivot(facts, ["year", "section", "agency"]);
    expect(result.nodes.map((n) => n.key)).toEqual(["2025", "2026"]);
    expect(result.nodes[0]?.children.map((n) => [n.key, n.total.toFixed()])).toEqual([
      ["I", "39000"],
      ["II", "26562"],
    ]);
    expect(result.nodes[1]?.children[1]?.children.map((n) => [n.key, n.total.toFixed()])).toEqual([
      ["Sở Nội vụ", "29603"],
      ["Sở Khoa học và Công nghệ", "12000"],
      ["Sở Tư pháp", "1000"],
    ]);
  });
});

describe("pivot of seed 004 (an appendix with funding sources)", () => {
  it("splits 52.538 into CTX, NST 26.838 and NSNN 25.700, all in 2025", async () => {
    const plan = defaultPlan();
    const { consolidation } = await runFiles(["fixtures/appendix"], plan);
    const result = pivot(pivotFacts(consolidation, plan), ["source", "year"]);
    expect(result.total.toFixed()).toBe("52538");
    expect(marginal(result.nodes, 0)).toEqual(SEED004_SOURCES);
    expect(marginal(result.nodes, 1)).toEqual({ "2025": "52538" });
    expect(result.nodes.map((n) => n.label)).toEqual(["CTX, NST", "NSNN"]);
  });
});

describe("parseDimensions", () => {
  it("reads dimensions in the order given, in English or Vietnamese", () => {
    expect(parseDimensions("year, Agency")).toEqual({ ok: true, by: ["year", "agency"] });
    expect(parseDimensions("nguon,nam,don-vi")).toEqual({ ok: true, by: ["source", "year", "agency"] });
  });

  it("names unknown and repeated words", () => {
    expect(parseDimensions("agency,colour,agency")).toEqual({ ok: false, unknown: ["colour"], repeated: ["agency"] });
    expect(parseDimensions(" , ")).toEqual({ ok: false, unknown: [], repeated: [] });
  });
});
