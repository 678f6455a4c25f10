import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import type { ItemNode } from "../../src/aggregate/appendix-tree.js";
import { consolidate } from "../../src/api/consolidate.js";
import { ZERO } from "../../src/data/money.js";

const SCIENCE = "fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx";

/** The value of a cell of the fixture's form sheet as SheetJS reads it, as text. */
function cellText(file: string, address: string): string | undefined {
  const value: unknown = XLSX.read(readFileSync(file)).Sheets["Biểu mẫu"]?.[address]?.v;
  return value === undefined ? undefined : String(value);
}

function* nodes(items: readonly ItemNode[]): Iterable<ItemNode> {
  for (const item of items) {
    yield item;
    yield* nodes(item.children);
  }
}

describe("the appendix tree consolidate builds", async () => {
  const { consolidation } = await consolidate(["fixtures/forms"], { workers: 0 });
  const agencies = consolidation.sections.flatMap((section) => section.agencies);

  it("has the printed totals, and its counted nodes add up to them", () => {
    expect(consolidation.totals.total.toFixed()).toBe("148165");
    expect([...consolidation.totals.byPeriod].map(([year, value]) => [year, value.toFixed()])).toEqual([
      ["2025", "65562"],
      ["2026", "82603"],
    ]);
    const counted = agencies.flatMap((agency) => [...nodes(agency.children)].filter((node) => node.inTotal));
    expect(counted.reduce((sum, node) => sum.plus(node.totals.total), ZERO).toFixed()).toBe("148165");
  });

  it("numbers an agency within its section, with its totals and the cell its agency row was read from", () => {
    // The fixture's agency row: `5` in A9, 28.000 in total, 16.000 in 2025 and 12.000 in 2026.
    expect([cellText(SCIENCE, "A9"), cellText(SCIENCE, "E9"), cellText(SCIENCE, "H9"), cellText(SCIENCE, "I9")]).toEqual(["5", "28000", "16000", "12000"]);
    const science = consolidation.sections.find((section) => section.code === "II")?.agencies.find((agency) => agency.name === "Sở Khoa học và Công nghệ");
    expect(science).toMatchObject({ code: "2", originalCode: "5", depth: 1, inTotal: false, source: { file: SCIENCE, sheet: "Biểu mẫu", cell: "A9" } });
    expect(science?.totals.total.toFixed()).toBe("28000");
    expect(Object.fromEntries([...(science?.totals.byPeriod ?? [])].map(([year, value]) => [year, value.toFixed()]))).toEqual({ 2025: "16000", 2026: "12000" });
    expect(science?.children.map((item) => item.code)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5"]);
  });

  it("renumbers an item under its agency, keeps its sub-items' codes, and sums them", () => {
    // The item written `4,5` in A14 (15.000 in E14), with sub-items (1) 5.000 in A15 and (2) 10.000 in A16.
    expect([cellText(SCIENCE, "A14"), cellText(SCIENCE, "E14"), cellText(SCIENCE, "A15"), cellText(SCIENCE, "A16")]).toEqual(["4,5", "15.000", "(1)", "(2)"]);
    const science = agencies.find((agency) => agency.name === "Sở Khoa học và Công nghệ");
    const item = science?.children[4];
    expect(item).toMatchObject({ level: "item", code: "2.5", originalCode: "4,5", depth: 2, sumsChildren: true, inTotal: false, fundingSources: [] });
    expect(item?.source).toEqual({ file: SCIENCE, sheet: "Biểu mẫu", cell: "A14" });
    expect(item?.totals.total.toFixed()).toBe("15000");
    expect(item?.children.map((child) => [child.level, child.code, child.depth, child.inTotal, child.totals.total.toFixed(), child.source.cell])).toEqual([
      ["sub-item", "(1)", 3, true, "5000", "A15"],
      ["sub-item", "(2)", 3, true, "10000", "A16"],
    ]);
  });
});
