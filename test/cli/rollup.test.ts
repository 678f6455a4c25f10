import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { rollup, yearChanges } from "../../src/aggregate/rollup.js";
import { factsOfConsolidation, factsOfExport } from "../../src/aggregate/rollup-inputs.js";
import { Money } from "../../src/data/money.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";
import { runFiles } from "../../src/run/run-files.js";
import { budget, tempFile, tempFolder } from "./plan-cli-runner.js";

/** Seed 000 (2025–2026: 65.562 + 82.603) and seed 004 (2025: 52.538) rolled together. */
const ROLLED = { "2025": "118100", "2026": "82603" };

let folder = "";
let appendix000 = "";
let appendix004 = "";

beforeAll(async () => {
  folder = tempFolder();
  appendix000 = join(folder, "phu-luc-seed000.xlsx");
  appendix004 = join(folder, "phu-luc-seed004.xlsx");
  expect((await budget("consolidate", "fixtures/forms", "-o", appendix000, "--format", "none")).code).toBe(0);
  expect((await budget("consolidate", "fixtures/appendix", "-o", appendix004, "--format", "none")).code).toBe(0);
});

describe("rollup (library)", () => {
  it("adds seed 000 and seed 004 year by year, agencies matched by registry name", async () => {
    const plan = defaultPlan();
    const seed000 = await runFiles(["fixtures/forms"], plan, { workers: 0 });
    const seed004 = await runFiles(["fixtures/appendix"], plan, { workers: 0 });
    const result = rollup(
      [
        { file: "a", label: "seed000", facts: factsOfConsolidation(seed000.consolidation, plan) },
        { file: "b", label: "seed004", facts: factsOfConsolidation(seed004.consolidation, plan) },
      ],
      new PlanIndex(plan),
      ["agency"],
    );
    expect(result.columns.map((c) => c.key)).toEqual(["2025", "2026"]);
    expect(Object.fromEntries([...result.byColumn].map(([k, v]) => [k, v.toFixed()]))).toEqual(ROLLED);
    expect(result.total.toFixed()).toBe("200703");
    const skhcn = result.nodes.find((n) => n.key === "Sở Khoa học và Công nghệ");
    expect([skhcn?.byColumn.get("2025")?.toFixed(), skhcn?.byColumn.get("2026")?.toFixed()]).toEqual(["68538", "12000"]);
  });

  it("computes the change between consecutive years, with no ratio from zero", () => {
    const changes = yearChanges(
      new Map([
        ["2025", new Money(118100)],
        ["2026", new Money(82603)],
      ]),
      ["2025", "2026"],
    );
    expect(changes.map((c) => [c.from, c.to, c.change?.toFixed(), c.ratio?.toDecimalPlaces(4).toFixed()])).toEqual([["2025", "2026", "-35497", "-0.3006"]]);
    // A year the line has no figure for is no fall to zero: no change, no ratio (shown as —).
    expect(yearChanges(new Map([["2026", new Money(1000)]]), ["2025", "2026"])[0]).toEqual({ from: "2025", to: "2026", change: undefined, ratio: undefined });
    // A year and a range are never compared.
    expect(
      yearChanges(
        new Map([
          ["2025", new Money(1000)],
          ["2026-2030", new Money(5000)],
        ]),
        ["2025", "2026-2030"],
      ),
    ).toEqual([]);
  });

  it("matches agencies through registry aliases and sources through the vocabulary", () => {
    const facts = factsOfExport({
      kind: "pivot",
      schemaVersion: 1,
      unit: "triệu đồng",
      by: ["agency", "year", "source"],
      rows: [
        { keys: { agency: "Sở KH&CN", year: "2026", source: "NSDP, CTX" }, amount: "100" },
        { keys: { agency: "Sở Khoa học và Công nghệ", year: "2027", source: "CTX, NSĐP" }, amount: "150.5" },
      ],
    });
    if (!facts.ok) throw new Error(facts.problems.join("\n"));
    const result = rollup([{ file: "x.json", label: "x", facts: facts.facts }], new PlanIndex(defaultPlan()), ["agency", "source"]);
    expect(result.nodes.map((n) => [n.key, n.children.map((c) => [c.key, c.total.toFixed()])])).toEqual([
      ["Sở Khoa học và Công nghệ", [["CTX, NSĐP", "250.5"]]],
    ]);
  });
});

describe("budget rollup", () => {
  it("rolls two appendix workbooks up: per-year totals, the change, as JSON", async () => {
    const { code, stdout } = await budget("rollup", appendix000, appendix004, "--by", "agency", "--format", "json");
    expect(code).toBe(0);
    const document: unknown = JSON.parse(stdout);
    expect(document).toMatchObject({
      kind: "rollup",
      years: ["2025", "2026"],
      amount: "200703",
      byYear: ROLLED,
      changes: [{ from: "2025", to: "2026", change: "-35497", percent: "-30.06" }],
      inputs: [{ label: "phu-luc-seed000" }, { label: "phu-luc-seed004" }],
    });
    expect(document).toHaveProperty("nodes.0", {
      dimension: "agency",
      key: "Văn phòng Tỉnh ủy",
      label: "Văn phòng Tỉnh ủy",
      amount: "79000",
      byYear: { "2025": "39000", "2026": "40000" },
      changes: [{ from: "2025", to: "2026", change: "1000", percent: "2.56" }],
    });
  });

  it("gives the same per-year totals from our JSON exports, with or without --by", async () => {
    const plain = join(folder, "seed000.json");
    const pivoted = join(folder, "seed004.json");
    writeFileSync(plain, (await budget("totals", "fixtures/forms", "--format", "json")).stdout);
    writeFileSync(pivoted, (await budget("totals", "fixtures/appendix", "--by", "agency,year,source", "--format", "json")).stdout);
    const { code, stdout, stderr } = await budget("rollup", plain, pivoted, "--by", "input,source", "--format", "csv");
    expect(code).toBe(0);
    // Seed 000's forms and seed 004 both fund Sở KH&CN in 2025: added, with a warning.
    expect(stderr).toBe(
      `${pivoted}: cảnh báo: cùng có số liệu với ${plain} cho 1 đơn vị (Sở Khoa học và Công nghệ) năm 2025; các số này được cộng cả hai. Kiểm tra xem có gộp trùng một đề xuất không.\n`,
    );
    expect(stdout.split("\n")).toEqual([
      "kind,level,input,source,2025,2026,total,change_2025_2026,percent_2025_2026",
      "subtotal,1,seed000,,65562,82603,148165,17041,25.99",
      "line,2,seed000,Không ghi nguồn,65562,82603,148165,17041,25.99",
      "subtotal,1,seed004,,52538,0,52538,,",
      'line,2,seed004,"CTX, NST",26838,0,26838,,',
      "line,2,seed004,NSNN,25700,0,25700,,",
      "total,0,,,118100,82603,200703,-35497,-30.06",
      "",
    ]);
  });

  it("writes a workbook whose cells hold the yearly totals, the total and the change as formulas", async () => {
    const output = join(folder, "tong-hop.xlsx");
    const { code } = await budget("rollup", appendix000, appendix004, "--by", "source", "-o", output);
    expect(code).toBe(0);
    const workbook = XLSX.read(readFileSync(output), { cellFormula: true });
    expect(workbook.SheetNames).toEqual(["Tổng hợp nhiều năm", "Nguồn"]);
    const sheet = workbook.Sheets["Tổng hợp nhiều năm"];
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet ?? {}, { header: 1, raw: true });
    expect(rows.find((row) => row[0] === "Nguồn vốn")).toEqual(["Nguồn vốn", "Năm 2025", "Năm 2026", "Tổng", "Tăng, giảm 2026 so với 2025", "Tỷ lệ"]);
    const total = rows.findIndex((row) => row[0] === "TỔNG CỘNG");
    expect(rows[total]?.slice(1, 5)).toEqual([118100, 82603, 200703, -35497]);
    expect(sheet?.[`D${total + 1}`]?.f).toBe(`SUM(B${total + 1}:C${total + 1})`);
    expect(sheet?.[`E${total + 1}`]?.f).toBe(`C${total + 1}-B${total + 1}`);
  });

  it("reads seed 001's excerpt as 2025 money (its title says KINH PHÍ NĂM 2025)", async () => {
    const { code, stdout } = await budget("rollup", appendix000, "fixtures/seeds/seed001-skhcn-excerpt.xlsx", "--by", "input", "--format", "csv");
    expect(code).toBe(0);
    expect(stdout.split("\n")).toEqual([
      "kind,level,input,2025,2026,total,change_2025_2026,percent_2025_2026",
      "line,1,phu-luc-seed000,65562,82603,148165,17041,25.99",
      "line,1,seed001-skhcn-excerpt,27519,0,27519,,",
      "total,0,,93081,82603,175684,-10478,-11.26",
      "",
    ]);
  });

  it("keeps money an input does not split by year in its own column", async () => {
    const yearless = tempFile(
      "yearless.json",
      JSON.stringify({
        schemaVersion: 1,
        unit: "triệu đồng",
        sections: [{ code: "II", agencies: [{ name: "Sở Y tế", section: "II", total: "27519", byYear: {}, byCombination: [] }] }],
      }),
    );
    const { code, stdout } = await budget("rollup", appendix000, yearless, "--by", "input", "--format", "csv");
    expect(code).toBe(0);
    expect(stdout.split("\n")).toEqual([
      "kind,level,input,2025,2026,unsplit,total,change_2025_2026,percent_2025_2026",
      "line,1,phu-luc-seed000,65562,82603,0,148165,17041,25.99",
      "line,1,yearless,0,0,27519,27519,,",
      "total,0,,65562,82603,27519,175684,17041,25.99",
      "",
    ]);
  });

  it("says when a totals export cannot be split by both year and source", async () => {
    const mixed = tempFile(
      "mixed.json",
      JSON.stringify({
        schemaVersion: 1,
        unit: "triệu đồng",
        sections: [
          {
            code: "II",
            agencies: [
              {
                name: "Sở Y tế",
                section: "II",
                total: "30",
                byYear: { "2025": "10", "2026": "20" },
                byCombination: [
                  { sources: ["CTX"], amount: "12" },
                  { sources: ["NST"], amount: "18" },
                ],
              },
            ],
          },
        ],
      }),
    );
    const { code, stdout, stderr } = await budget("rollup", mixed, "--by", "source", "--format", "csv");
    expect(code).toBe(0);
    expect(stderr).toContain('"Sở Y tế" có nhiều năm và nhiều nguồn');
    expect(stdout).toContain('line,1,"(nhiều nguồn, không tách theo năm)",10,20,30,10,100');
  });

  it("exits 2 on an input that is not one of ours, or missing, and writes nothing", async () => {
    const stranger = tempFile("other.json", JSON.stringify({ hello: "world" }));
    const output = join(folder, "never.xlsx");
    const { code, stdout, stderr } = await budget("rollup", stranger, join(folder, "missing.xlsx"), "-o", output);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${stranger}: không phải JSON của budget totals (thiếu hoặc sai: schemaVersion, unit, sections).`);
    expect(stderr).toContain("missing.xlsx: không tìm thấy.");
    expect(() => readFileSync(output)).toThrow();
  });
});
