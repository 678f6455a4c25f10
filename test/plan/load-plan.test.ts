import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { DEFAULT_PLAN } from "../../src/plan/default-plan.js";
import { defaultPlan, keyPath, loadPlan } from "../../src/plan/load-plan.js";
import { parsePlanText, validatePlan } from "../../src/plan/plan-text.js";
import { PlanSchema } from "../../src/plan/schema.js";
import { runFiles } from "../../src/run/run-files.js";

function planFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "budget-plan-")), name);
  writeFileSync(path, text);
  return path;
}

describe("the embedded default plan", () => {
  it("validates and keeps the Quảng Ngãi 2025–2026 vocabulary", () => {
    const plan = defaultPlan();
    expect(plan.years).toEqual([2025, 2026]);
    expect(plan.fundingSources.map((s) => s.code)).toEqual(["CĐT", "CTX", "NSTW", "NST", "NSĐP", "NSNN", "ODA", "XHH"]);
    expect(plan.fundingSources.find((s) => s.code === "NST")?.aliases).toContain("NS tỉnh");
    expect(plan.fundingSources.find((s) => s.code === "NSĐP")?.aliases).toContain("NSDP");
    expect(plan.taskGroups).toHaveLength(10);
    expect(plan.agencies[0]?.name).toBe("Văn phòng Tỉnh ủy");
    expect(plan.ceilings).toEqual({ agencies: [], sources: [] });
  });

  it("is what loadPlan() returns without a path", async () => {
    const loaded = await loadPlan();
    expect(loaded).toMatchObject({ ok: true, plan: defaultPlan(), file: undefined });
    // …with its index built once, over that same plan.
    expect(loaded.ok && loaded.index.plan).toBe(loaded.ok && loaded.plan);
    expect(loaded.ok && loaded.index.agency("VPTU")?.name).toBe("Văn phòng Tỉnh ủy");
  });

  it("is written complete: validating it changes nothing, not even the order of keys (so it serves without zod)", () => {
    expect(JSON.stringify(PlanSchema.parse(DEFAULT_PLAN))).toBe(JSON.stringify(DEFAULT_PLAN));
  });

  it("is a fresh copy each time", () => {
    const first = defaultPlan();
    first.years.push(2099);
    expect(defaultPlan().years).toEqual([2025, 2026]);
  });
});

describe("loading a plan file", () => {
  it("reads the same plan from JSON and from YAML", async () => {
    const json = await loadPlan(planFile("plan.json", JSON.stringify(DEFAULT_PLAN)));
    const yaml = await loadPlan(planFile("plan.yaml", stringify(DEFAULT_PLAN)));
    expect(json).toMatchObject({ ok: true, plan: defaultPlan() });
    expect(yaml).toMatchObject({ ok: true, plan: defaultPlan() });
  });

  it("names the key path of each broken field, in Vietnamese by default", async () => {
    const broken = { ...DEFAULT_PLAN, fundingSources: [...DEFAULT_PLAN.fundingSources.slice(0, 3), { code: 7, name: "X", dimension: "level" }] };
    const result = await loadPlan(planFile("plan.json", JSON.stringify(broken)));
    expect(result).toEqual({
      ok: false,
      file: expect.stringMatching(/plan\.json$/),
      problems: [{ at: "fundingSources[3].code", message: 'phải là chữ (mã nguồn vốn), không phải số 7; hãy viết trong dấu nháy: "7"' }],
    });
  });

  it("reports unknown keys, missing fields and wrong choices in English on request", () => {
    const result = validatePlan(
      { name: "Kế hoạch 2027", years: [2027], fundingSources: [{ code: "NST", name: "Ngân sách tỉnh", dimension: "cấp" }], agencie: [] },
      "en",
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { at: "fundingSources[0].dimension", message: 'the funding-source dimension must be one of "level", "type", "other", not "cấp"' },
        { at: "agencie", message: 'this key is not allowed here (Did you mean "agencies"?)' },
      ],
    });
  });

  it("reports references to things the plan does not define", () => {
    const plan = {
      ...DEFAULT_PLAN,
      agencies: [...(DEFAULT_PLAN.agencies ?? []), { name: "Sở Mới", section: "IX" }, { name: "Sở Khác", aliases: ["STP"], section: "II" }],
      ceilings: { sources: [{ source: "NS huyện", amount: 100 }], agencies: [{ agency: "Sở Tư pháp", year: 2030, amount: "50" }] },
    };
    const result = validatePlan(plan, "vi");
    expect(result.ok ? [] : result.problems).toEqual([
      { at: "agencies[20].section", message: '"IX" không có trong các phần (sections) của kế hoạch' },
      { at: "agencies[21].aliases[0]", message: '"STP" đã dùng cho "Sở Tư pháp"' },
      { at: "ceilings.agencies[0].year", message: '"2030" không có trong các năm (years) của kế hoạch' },
      { at: "ceilings.sources[0].source", message: '"NS huyện" không có trong các nguồn vốn (fundingSources) của kế hoạch' },
    ]);
  });

  it("points at the line and column of a YAML syntax error, without a stack trace", async () => {
    const result = await loadPlan(planFile("plan.yaml", "name: Kế hoạch\nyears: [2025, 2026\nfundingSources: []\n"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.at).toMatch(/^\d+:\d+$/);
    expect(result.problems[0]?.message).toMatch(/^YAML: /);
    expect(result.problems.map((p) => p.message).join("\n")).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("reports a duplicate key in JSON instead of keeping the last one silently", () => {
    const result = parsePlanText('{"name": "A", "name": "B", "years": [2025]}', "json", "en");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toEqual({ at: "1:15", message: "JSON: this key is already written above in the same entry; write each key once" });
  });

  it("refuses a YAML alias bomb instead of expanding it", () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 30; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    const result = parsePlanText(`${lines.join("\n")}\nname: *a29\n`, "yaml", "en");
    expect(result).toEqual({ ok: false, problems: [{ at: "", message: "YAML: the file uses too many YAML aliases (* and &)" }] });
  });

  it("says why a plan file cannot be read", async () => {
    expect(await loadPlan(join(tmpdir(), "no-such-plan.yaml"), "en")).toEqual({
      ok: false,
      file: join(tmpdir(), "no-such-plan.yaml"),
      problems: [{ at: "", message: "plan file not found" }],
    });
  });

  it("orders the registry by `order`, agencies without one at their place in the list", () => {
    const result = validatePlan({
      ...DEFAULT_PLAN,
      agencies: [
        { name: "A", section: "I" },
        { name: "B", section: "I", order: 0 },
        { name: "C", section: "I" },
      ],
    });
    expect(result.ok && result.plan.agencies.map((a) => a.name)).toEqual(["B", "A", "C"]);
  });

  it("writes key paths the way people read them", () => {
    expect(keyPath(["fundingSources", 3, "code"])).toBe("fundingSources[3].code");
    expect(keyPath(["ceilings", "agencies", 0, "amount"])).toBe("ceilings.agencies[0].amount");
    expect(keyPath([])).toBe("");
  });
});

describe("a custom plan changes what the run accepts", () => {
  const plan2027 = {
    name: "Kế hoạch chuyển đổi số 2026–2027",
    years: [2026, 2027],
    fundingSources: [
      { code: "NSTW", name: "Ngân sách trung ương", dimension: "level" },
      { code: "NSĐP", name: "Ngân sách địa phương", dimension: "level", aliases: ["NSDP", "NST", "NS tỉnh"] },
      { code: "CTX", name: "Chi thường xuyên", dimension: "type" },
    ],
    sections: [{ code: "II", name: "Cơ quan chuyên môn" }],
    agencies: [{ name: "Sở Khoa học và Công nghệ", section: "II" }],
  };

  it("accepts the plan's years: seed 004's periods (2025, 2024-2025) fall outside 2026–2027", async () => {
    const loaded = await loadPlan(planFile("plan-2027.yaml", stringify(plan2027)));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const { consolidation, diagnostics } = await runFiles(["fixtures/appendix"], loaded.plan);
    const outside = diagnostics.filter((d) => d.code === "BC402");
    expect(outside).toHaveLength(28);
    expect(outside[0]).toMatchObject({ actual: "2025", expected: "2026–2027" });
    // The 2025 money is kept, not dropped: the appendix gets its column besides the plan's years.
    expect(consolidation.periods).toEqual(["2025", "2026", "2027"]);

    const { consolidation: withDefault, diagnostics: defaultDiagnostics } = await runFiles(["fixtures/appendix"], defaultPlan());
    expect(defaultDiagnostics.filter((d) => d.code === "BC402")).toEqual([]);
    expect(withDefault.periods).toEqual(["2025", "2026"]);
  });

  it("reads funding sources through the plan's vocabulary: NST is an alias, NSNN is unknown (counted under `?`)", async () => {
    const loaded = await loadPlan(planFile("plan-2027.json", JSON.stringify(plan2027)));
    if (!loaded.ok) throw new Error("plan did not load");
    const { consolidation, diagnostics } = await runFiles(["fixtures/appendix"], loaded.plan);
    expect(Object.fromEntries([...consolidation.totals.byCombination].map(([k, v]) => [k, v.toFixed()]))).toEqual({ "NSĐP, CTX": "26838", "?": "25700" });
    expect(diagnostics.filter((d) => d.code === "BC401").map((d) => d.actual)).toEqual(
      Array(diagnostics.filter((d) => d.code === "BC401").length).fill("NSNN"),
    );
    expect(diagnostics.some((d) => d.code === "BC401")).toBe(true);

    const { diagnostics: withDefault } = await runFiles(["fixtures/appendix"], defaultPlan());
    expect(withDefault.some((d) => d.code === "BC401")).toBe(false);
  });
});
