import { describe, expect, it } from "vitest";
import { budget } from "../cli/plan-cli-runner.js";

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
