import { describe, expect, it } from "vitest";
import { type BudgetDiff, diffConsolidations, type FigureChange } from "../../src/aggregate/diff.js";
import { Money } from "../../src/data/money.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { runFiles } from "../../src/run/run-files.js";

/**
 * Sở Khoa học và Công nghệ's form of seed 000 (28.000: 2025 16.000, 2026 12.000) and its second version
 * (scripts/fixtures/form-versions.ts): 5.1 asks 12.000 instead of 10.000 in 2026, `4,5` is renumbered
 * 5.5, and 5.6 asks 800 in 2025: 30.800 (2025 16.800, 2026 14.000).
 */
const FIRST = "fixtures/versions/05-so-khcn-lan-1.xlsx";
const SECOND = "fixtures/versions/05-so-khcn-lan-2.xlsx";

async function diffOf(before: string, after: string, minimum = "0"): Promise<BudgetDiff> {
  const plan = defaultPlan();
  const [a, b] = await Promise.all([runFiles([before], plan, { workers: 0 }), runFiles([after], plan, { workers: 0 })]);
  return diffConsolidations(a.consolidation, b.consolidation, new Money(minimum));
}

function plain(changes: readonly FigureChange[]): string[][] {
  return changes.map((c) => [c.period, c.source, c.before.toFixed(), c.after.toFixed(), c.change.toFixed()]);
}

describe("diffConsolidations: two versions of one agency's form (issue 17)", () => {
  it("finds the changed amount, the added item and the renumbered one, and nothing else", async () => {
    const diff = await diffOf(FIRST, SECOND);
    expect(diff.changed).toBe(true);
    expect(diff.agencies).toHaveLength(1);
    const [agency] = diff.agencies;
    expect(agency?.name).toBe("Sở Khoa học và Công nghệ");
    expect([agency?.before.toFixed(), agency?.after.toFixed(), agency?.change.toFixed()]).toEqual(["28000", "30800", "2800"]);
    const changed = (agency?.items ?? []).filter((item) => item.status !== "unchanged");
    expect(
      changed.map((item) => [item.status, item.before?.code ?? null, item.after?.code ?? null, item.renumbered, item.renamed, plain(item.changes)]),
    ).toEqual([
      ["changed", "5.1", "5.1", false, false, [["2026", "", "10000", "12000", "2000"]]],
      ["changed", "4,5", "5.5", true, false, []],
      ["added", null, "5.6", false, false, [["2025", "", "0", "800", "800"]]],
    ]);
    // 5.2, 5.3, 5.4 and the two sub-items of 4,5 are aligned and the same.
    expect(agency?.items.filter((item) => item.status === "unchanged").map((item) => item.after?.code)).toEqual(["5.2", "5.3", "5.4", "(1)", "(2)"]);
    expect(plain(agency?.changes ?? [])).toEqual([
      ["2025", "", "16000", "16800", "800"],
      ["2026", "", "12000", "14000", "2000"],
    ]);
    expect([diff.total.before.toFixed(), diff.total.after.toFixed(), diff.total.change.toFixed()]).toEqual(["28000", "30800", "2800"]);
    expect(diff.periods).toEqual(["2025", "2026"]);
  });

  it("the items' own changes add up to the agency's change: 2.000 + 800 = 2.800", async () => {
    const diff = await diffOf(FIRST, SECOND);
    const sum = (diff.agencies[0]?.items ?? []).flatMap((item) => item.changes).reduce((total, c) => total.plus(c.change), new Money(0));
    expect(sum.toFixed()).toBe("2800");
  });

  it("read the other way, the added item is removed and the figures change sign", async () => {
    const diff = await diffOf(SECOND, FIRST);
    const changed = (diff.agencies[0]?.items ?? []).filter((item) => item.status !== "unchanged");
    expect(changed.map((item) => [item.status, item.before?.code ?? null, item.after?.code ?? null, plain(item.changes)])).toEqual([
      ["changed", "5.1", "5.1", [["2026", "", "12000", "10000", "-2000"]]],
      ["changed", "5.5", "4,5", []],
      ["removed", "5.6", null, [["2025", "", "800", "0", "-800"]]],
    ]);
    expect(diff.total.change.toFixed()).toBe("-2800");
  });

  it("--min 1000 keeps the 2.000 change, hides the 800 one and the renumbering, and still counts them in the totals", async () => {
    const diff = await diffOf(FIRST, SECOND, "1000");
    const listed = (diff.agencies[0]?.items ?? []).filter((item) => item.material);
    expect(listed.map((item) => item.after?.code)).toEqual(["5.1"]);
    expect(diff.total.change.toFixed()).toBe("2800");
    expect((await diffOf(FIRST, SECOND, "2001")).changed).toBe(false);
  });

  it("a form against itself: nothing changed", async () => {
    const diff = await diffOf(FIRST, FIRST);
    expect(diff.changed).toBe(false);
    expect(diff.agencies[0]?.status).toBe("unchanged");
    expect(diff.total.changes).toEqual([]);
  });

  it("folders: agencies paired by name, the other four unchanged, the grand total 148.165 → 150.965", async () => {
    const plan = defaultPlan();
    const [a, b] = await Promise.all([
      runFiles(["fixtures/forms"], plan, { workers: 0 }),
      runFiles(["fixtures/forms/01-van-phong-tinh-uy.xlsx", "fixtures/forms/02-chi-cuc-kiem-lam.xlsx", "fixtures/forms/03-so-noi-vu.xlsx", SECOND], plan, {
        workers: 0,
      }),
    ]);
    const diff = diffConsolidations(a.consolidation, b.consolidation);
    expect(diff.agencies.map((agency) => [agency.name, agency.status])).toEqual([
      ["Văn phòng Tỉnh ủy", "unchanged"],
      ["Sở Nội vụ", "unchanged"],
      ["Sở Khoa học và Công nghệ", "changed"],
      ["Chi cục Kiểm lâm", "unchanged"],
      ["Sở Tư pháp", "removed"],
    ]);
    // Sở Tư pháp's 1.000 (2026) is gone: 148.165 + 2.800 − 1.000.
    expect([diff.total.before.toFixed(), diff.total.after.toFixed()]).toEqual(["148165", "149965"]);
    expect(plain(diff.total.changes)).toEqual([
      ["2025", "", "65562", "66362", "800"],
      ["2026", "", "82603", "83603", "1000"],
    ]);
    const removed = diff.agencies[4]?.items ?? [];
    expect(removed.map((item) => [item.status, item.before?.code, plain(item.changes)])).toEqual([["removed", "4.1", [["2026", "", "1000", "0", "-1000"]]]]);
  });
});
