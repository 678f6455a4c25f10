import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { appendixWorkbook, consolidate } from "../../src/api/consolidate.js";
import { loadPlan } from "../../src/plan/load-plan.js";
import { budget, tempFolder } from "../cli/plan-cli-runner.js";

// The documents' printed figures (fixtures/seeds/seed002-phu-luc.json, seed003-table-vii.json).
const SEED002_XLSX = "fixtures/plans/seed002-phu-luc.xlsx";
const SEED002_CSV = "fixtures/plans/seed002-phu-luc.csv";
const SEED002_PLAN = "fixtures/plans/seed002-plan.yaml";
const SEED003 = "fixtures/plans/seed003-table-vii.xlsx";
const SEED003_PLAN = "fixtures/plans/seed003-plan.yaml";

interface TotalsJson {
  readonly schemaVersion: number;
  readonly years: number[];
  readonly periods: string[];
  readonly total: string;
  readonly byYear: Record<string, string>;
  readonly byPeriod: Record<string, string>;
  readonly bySource: Record<string, string>;
  readonly byCombination: Array<{ sources: string[]; amount: string }>;
  readonly byPeriodCombination: Array<{ period: string; sources: string[]; amount: string }>;
}

interface CheckJson {
  readonly diagnostics: Array<{ code: string; cell?: string }>;
}

async function totals(...args: string[]): Promise<TotalsJson> {
  const run = await budget("totals", ...args, "--format", "json");
  return JSON.parse(run.stdout) as TotalsJson;
}

async function findings(...args: string[]): Promise<string[]> {
  const run = await budget("check", ...args, "--format", "json");
  return (JSON.parse(run.stdout) as CheckJson).diagnostics.map((d) => `${d.code} ${d.cell ?? ""}`.trim());
}

describe("periods: a year or a range, never a range spread over its years", () => {
  it.each([SEED002_XLSX, SEED002_CSV])("reads seed 002's `2026 - 2030` column as its own period (%s)", async (file) => {
    const document = await totals(file, "--plan", SEED002_PLAN);
    expect(document.schemaVersion).toBe(2);
    expect(document.total).toBe("104750");
    expect(document.periods).toEqual(["2024", "2025", "2026-2030"]);
    expect(document.byPeriod).toEqual({ "2024": "10400", "2025": "28100", "2026-2030": "66250" });
    // byYear keeps the single years only: the range is not a year and is never spread over 2026…2030.
    expect(document.years).toEqual([2024, 2025]);
    expect(document.byYear).toEqual({ "2024": "10400", "2025": "28100" });
  });

  it("finds no false BC211 on seed 002: each row's three periods add up to its total", async () => {
    const found = await findings(SEED002_XLSX, "--plan", SEED002_PLAN);
    expect(found.filter((f) => f.startsWith("BC211"))).toEqual([]);
    expect(found.filter((f) => f.startsWith("BC408"))).toEqual([]);
  });

  it("names a range column outside the plan's periods (BC408) at its header cell", async () => {
    const found = await findings(SEED002_XLSX);
    // The default plan is 2025–2026: 2024 and 2026–2030 are not its periods; 2025 is.
    expect(found.filter((f) => f.startsWith("BC408"))).toEqual(["BC408 C6", "BC408 E6"]);
  });

  it("gives seed 003's amounts the period of their row's cell, not the title's: 2021 7.000, 2021–2025 20.800", async () => {
    const document = await totals(SEED003, "--plan", SEED003_PLAN);
    expect(document.total).toBe("27800");
    expect(document.byPeriod).toEqual({ "2021": "7000", "2021-2025": "20800" });
    expect(document.byYear).toEqual({ "2021": "7000" });
    expect((await findings(SEED003, "--plan", SEED003_PLAN)).filter((f) => /^BC(211|402|408)/.test(f))).toEqual([]);
  });

  it("cuts `totals --by period` along years and ranges alike, in CSV", async () => {
    const run = await budget("totals", SEED002_XLSX, "--plan", SEED002_PLAN, "--by", "period", "--format", "csv");
    const lines = run.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe("kind,level,period,amount");
    expect(lines.slice(1, 4).map((line) => line.split(",").slice(2))).toEqual([
      ["2024", "10400"],
      ["2025", "28100"],
      ["2026–2030", "66250"],
    ]);
  });
});

/** The plan's stated split (seed 002, lines ~573–592), by period then source. */
const SEED002_SPLIT = [
  { period: "2024", sources: ["CTX"], amount: "6400" },
  { period: "2024", sources: ["ĐTPT"], amount: "4000" },
  { period: "2025", sources: ["CTX"], amount: "8100" },
  { period: "2025", sources: ["ĐTPT"], amount: "20000" },
  { period: "2026-2030", sources: ["CTX"], amount: "30450" },
  { period: "2026-2030", sources: ["ĐTPT"], amount: "35800" },
];

describe("sources: by period, over two cells, unknown", () => {
  it.each([SEED002_XLSX, SEED002_CSV])("gives item 5's 2026–2030 money its own source line (%s): the stated split exactly", async (file) => {
    const document = await totals(file, "--plan", SEED002_PLAN);
    expect(document.bySource).toEqual({ CTX: "44950", ĐTPT: "59800" });
    expect(document.byCombination).toEqual([
      { sources: ["CTX"], amount: "44950" },
      { sources: ["ĐTPT"], amount: "59800" },
    ]);
    expect(document.byPeriodCombination).toEqual(SEED002_SPLIT);
  });

  it("reads seed 003's source over two cells (Chi thường xuyên | NS tỉnh) as one combination: all 27.800 CTX, NST", async () => {
    const document = await totals(SEED003, "--plan", SEED003_PLAN);
    expect(document.byCombination).toEqual([{ sources: ["CTX", "NST"], amount: "27800" }]);
    expect(document.bySource).toEqual({ CTX: "27800", NST: "27800" });
  });

  it("counts the money of a source the plan does not know under `?`, never under a code made from the text", async () => {
    // A plan knowing only CTX and NST: every ĐTPT line (item 5's 2026–2030 one too) is unknown, BC401 at its cell.
    const plan = join(tempFolder(), "ctx-only.yaml");
    writeFileSync(
      plan,
      "name: CTX only\nyears: [2024, 2025]\nperiods: [2026-2030]\nfundingSources:\n  - { code: CTX, name: Chi thường xuyên, dimension: type }\n  - { code: NST, name: Ngân sách tỉnh, dimension: level }\n",
    );
    const document = await totals(SEED002_XLSX, "--plan", plan);
    expect(document.bySource).toEqual({ CTX: "44950", "?": "59800" });
    expect(document.byPeriodCombination.filter((line) => line.period === "2026-2030")).toEqual([
      { period: "2026-2030", sources: ["CTX"], amount: "30450" },
      { period: "2026-2030", sources: ["?"], amount: "35800" },
    ]);
    expect((await findings(SEED002_XLSX, "--plan", plan)).filter((f) => f.startsWith("BC401"))).toContain("BC401 G12");
  });

  it("lays the appendix out with one column per period and `Tổng hợp` by period × source", async () => {
    const loaded = await loadPlan(SEED002_PLAN);
    if (!loaded.ok) throw new Error("plan");
    const bytes = await appendixWorkbook(await consolidate([SEED002_XLSX], { workers: 0, plan: loaded.plan }));
    const book = XLSX.read(bytes);
    const rows = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name] ?? {}, { header: 1, raw: true });
    const header = rows("Phụ lục").find((row) => row.includes("Năm 2024")) ?? [];
    expect(header.filter((cell) => typeof cell === "string" && /^(Năm|Giai đoạn) /.test(cell))).toEqual(["Năm 2024", "Năm 2025", "Giai đoạn 2026–2030"]);
    const summary = rows("Tổng hợp");
    const headings = summary.find((row) => row.includes("Tổng")) ?? [];
    const total = summary.find((row) => row.includes("TỔNG CỘNG")) ?? [];
    const at = (heading: string) => total[headings.indexOf(heading)];
    expect([at("Năm 2024: CTX"), at("Năm 2024: ĐTPT"), at("Năm 2025: CTX"), at("Năm 2025: ĐTPT")]).toEqual([6400, 4000, 8100, 20000]);
    expect([at("Giai đoạn 2026–2030: CTX"), at("Giai đoạn 2026–2030: ĐTPT"), at("Giai đoạn 2026–2030")]).toEqual([30450, 35800, 66250]);
  });
});

describe("phases: requested, estimate, approved, outturn never add up", () => {
  const PHASES_FORM = "fixtures/plans/phases-2025-2026.xlsx";

  it("keeps the 2025 estimate and outturn beside the 2026 request, each its own total", async () => {
    const document = (await totals(PHASES_FORM)) as TotalsJson & { byPhase: Record<string, string>; byPhasePeriod: Record<string, Record<string, string>> };
    expect(document.total).toBe("650");
    expect(document.byPeriod).toEqual({ "2026": "650" });
    expect(document.byPhase).toEqual({ requested: "650", estimate: "350", outturn: "320" });
    expect(document.byPhasePeriod).toEqual({ estimate: { "2025": "350" }, outturn: { "2025": "320" } });
    // Each phase adds up on its own: no BC211/BC212/BC213/BC214 from mixing them.
    expect(await findings(PHASES_FORM)).toEqual([]);
  });

  it("cuts `totals --by phase` phase first, the grand total the requested figures", async () => {
    const run = await budget("totals", PHASES_FORM, "--by", "agency,phase", "--format", "csv");
    const lines = run.stdout.trim().split(/\r?\n/);
    expect(lines).toEqual([
      "kind,level,phase,agency,amount",
      "subtotal,1,Đề xuất,,650",
      "line,2,Đề xuất,Sở Nội vụ,150",
      "line,2,Đề xuất,Sở Tư pháp,500",
      "subtotal,1,Dự toán,,350",
      "line,2,Dự toán,Sở Nội vụ,50",
      "line,2,Dự toán,Sở Tư pháp,300",
      "subtotal,1,Thực hiện,,320",
      "line,2,Thực hiện,Sở Nội vụ,50",
      "line,2,Thực hiện,Sở Tư pháp,270",
      "total,0,,,650",
    ]);
  });
});

describe("stated splits: the plan's own figures against the consolidation", () => {
  it("finds seed 002's Phụ lục equal to every figure its text states (lines ~573–592)", async () => {
    expect((await findings(SEED002_XLSX, "--plan", SEED002_PLAN)).filter((f) => f.startsWith("BC410"))).toEqual([]);
    expect((await findings(SEED002_CSV, "--plan", SEED002_PLAN)).filter((f) => f.startsWith("BC410"))).toEqual([]);
  });

  it("names both figures when one differs (2025 CTX stated 8.200, consolidated 8.100)", async () => {
    const plan = join(tempFolder(), "seed002-8200.yaml");
    writeFileSync(
      plan,
      readFileSync(SEED002_PLAN, "utf8").replace("{ period: 2025, source: CTX, amount: 8100 }", "{ period: 2025, source: CTX, amount: 8200 }"),
    );
    const run = await budget("check", SEED002_XLSX, "--plan", plan, "--format", "json");
    const report = JSON.parse(run.stdout) as { diagnostics: Array<{ code: string; expected?: string; actual?: string; args?: Record<string, string> }> };
    expect(report.diagnostics.filter((d) => d.code === "BC410").map((d) => [d.expected, d.actual, d.args])).toEqual([
      ["8200", "8100", { period: "2025", source: "CTX" }],
    ]);
  });
});

describe("rollup: periods aligned, no change between a year and a range", () => {
  it("puts seed 002 (2024, 2025, 2026–2030) beside the forms (2025, 2026): a year an input lacks is —, never −100 %", async () => {
    const folder = tempFolder();
    const seed002 = join(folder, "seed002.json");
    const forms = join(folder, "forms.json");
    writeFileSync(seed002, (await budget("totals", SEED002_XLSX, "--plan", SEED002_PLAN, "--format", "json")).stdout);
    writeFileSync(forms, (await budget("totals", "fixtures/forms", "--format", "json")).stdout);
    const run = await budget("rollup", seed002, forms, "--by", "input", "--format", "json");
    const document = JSON.parse(run.stdout) as {
      years: string[];
      nodes: Array<{ label: string; byYear: Record<string, string>; changes: Array<{ from: string; to: string; change?: string; percent?: string }> }>;
    };
    expect(document.years).toEqual(["2024", "2025", "2026", "2026-2030"]);
    const [first, second] = document.nodes;
    expect(first?.byYear).toEqual({ "2024": "10400", "2025": "28100", "2026-2030": "66250" });
    // 2024→2025 and 2025→2026 only: 2026→2026–2030 compares a year with a range, so it is never computed.
    expect(first?.changes).toEqual([
      { from: "2024", to: "2025", change: "17700", percent: "170.19" },
      { from: "2025", to: "2026" },
    ]);
    expect(second?.changes).toEqual([
      { from: "2024", to: "2025" },
      { from: "2025", to: "2026", change: "17041", percent: "25.99" },
    ]);
  });
});

describe("a seeded fault in seed 002 (one year cell changed)", () => {
  it("is found at its row and in the column's total, and against the plan's stated split", async () => {
    // Item I.2's 2025 cell (D9) typed 2.500.000.000 đồng instead of 2.000.000.000.
    const faulty = join(tempFolder(), "seed002-fault.csv");
    const csv = readFileSync(SEED002_CSV, "utf8").split("\n");
    csv[8] = (csv[8] ?? "").replace(",2.000.000.000,2.000.000.000,12.000.000.000,", ",2.000.000.000,2.500.000.000,12.000.000.000,");
    writeFileSync(faulty, csv.join("\n"));
    const run = await budget("check", faulty, "--plan", SEED002_PLAN, "--format", "json");
    const report = JSON.parse(run.stdout) as { diagnostics: Array<{ code: string; cell?: string | null; expected?: string; actual?: string }> };
    expect(report.diagnostics.map((d) => [d.code, d.cell ?? "", d.expected, d.actual])).toEqual([
      ["BC410", "", "28100", "28600"],
      ["BC410", "", "8100", "8600"],
      ["BC211", "F9", "16500", "16000"],
      ["BC214", "D28", "28600", "28100"],
    ]);
  });
});
