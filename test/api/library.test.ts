import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appendixWorkbook, check, consolidate, loadPlan, type NamedBytes, type RunProgress, rollup, totals, totalsDocument } from "../../src/index.js";
import { budget } from "../cli/plan-cli-runner.js";

const FORMS = "fixtures/forms";

function inMemory(folder: string): NamedBytes[] {
  return readdirSync(folder)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) }));
}

describe("library: totals", () => {
  it("reproduces the seed totals from paths: 148165 = 2025 65562 + 2026 82603; seed 004 52538", async () => {
    const forms = await totals([FORMS]);
    expect(forms.consolidation.totals.total.toFixed()).toBe("148165");
    expect(forms.consolidation.totals.byPeriod.get("2025")?.toFixed()).toBe("65562");
    expect(forms.consolidation.totals.byPeriod.get("2026")?.toFixed()).toBe("82603");
    expect(forms.pivot).toBeUndefined();
    const appendix = await totals(["fixtures/appendix"]);
    expect(appendix.consolidation.totals.total.toFixed()).toBe("52538");
    expect(appendix.consolidation.totals.byCombination.get("CTX, NST")?.toFixed()).toBe("26838");
    expect(appendix.consolidation.totals.byCombination.get("NSNN")?.toFixed()).toBe("25700");
  });

  it("reads files given as bytes, in this thread and in workers, with the same totals and file names", async () => {
    for (const workers of [0, 2]) {
      const result = await totals(inMemory(FORMS), { workers });
      expect(result.consolidation.totals.total.toFixed(), `workers ${workers}`).toBe("148165");
      expect(result.files.map((f) => f.file)).toEqual([
        "01-van-phong-tinh-uy.xlsx",
        "02-chi-cuc-kiem-lam.xlsx",
        "03-so-noi-vu.xlsx",
        "04-so-tu-phap.xlsx",
        "05-so-khoa-hoc-va-cong-nghe.xlsx",
      ]);
      expect(result.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256 ?? ""))).toBe(true);
    }
  });

  it("pivots along `by`, every level adding up to the total", async () => {
    const { pivot } = await totals([FORMS], { by: ["year", "section"] });
    expect(pivot?.total.toFixed()).toBe("148165");
    expect(pivot?.nodes.map((n) => [n.key, n.total.toFixed(), n.children.map((c) => [c.key, c.total.toFixed()])])).toEqual([
      [
        "2025",
        "65562",
        [
          ["I", "39000"],
          ["II", "26562"],
        ],
      ],
      [
        "2026",
        "82603",
        [
          ["I", "40000"],
          ["II", "42603"],
        ],
      ],
    ]);
  });

  it("reports progress once per file, in order of completion, up to the total", async () => {
    const seen: RunProgress[] = [];
    await totals([FORMS], { workers: 0, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => [p.done, p.total])).toEqual([1, 2, 3, 4, 5].map((done) => [done, 5]));
    expect(seen.at(-1)?.file).toBe(`${FORMS}/05-so-khoa-hoc-va-cong-nghe.xlsx`);
  });

  it("turns bad bytes into a BC101 finding, never an exception", async () => {
    const result = await totals([{ name: "hong.xlsx", bytes: new TextEncoder().encode("%PDF-1.7 not a workbook") }, "no/such/folder"]);
    expect(result.diagnostics.map((d) => [d.file, d.code, d.args?.reason])).toEqual([
      ["no/such/folder", "BC101", "not-found"],
      ["hong.xlsx", "BC101", "not-a-spreadsheet, PDF"],
    ]);
    expect(result.consolidation.totals.total.toFixed()).toBe("0");
  });
});

describe("library: consolidate and the appendix workbook", () => {
  it("gives the workbook as .xlsx bytes that read back to the same totals", async () => {
    const result = await consolidate([FORMS]);
    const bytes = await appendixWorkbook(result, { lang: "en" });
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const back = await totals([{ name: "phu-luc.xlsx", bytes }], { readOwnOutputs: true });
    expect(back.consolidation.totals.total.toFixed()).toBe("148165");
    // Unless asked, our own appendix is skipped: among forms its figures would count twice.
    const skipped = await totals([{ name: "phu-luc.xlsx", bytes }]);
    expect(skipped.consolidation.totals.total.toFixed()).toBe("0");
    expect(skipped.diagnostics.map((d) => [d.code, d.args?.kind])).toEqual([["BC113", "appendix"]]);
  });
});

describe("library: check", () => {
  it("returns what budget check reports: the same summary, files and findings in the same order", async () => {
    const result = await check(["fixtures/faulty"]);
    const cli = JSON.parse((await budget("check", "fixtures/faulty", "--format", "json")).stdout) as {
      summary: unknown;
      files: unknown;
      diagnostics: Array<{ code: string; file: string; cell: string | null }>;
    };
    expect(result.summary).toEqual(cli.summary);
    expect(result.files).toEqual(cli.files);
    expect(result.diagnostics.map((d) => [d.code, d.file, d.cell ?? null])).toEqual(cli.diagnostics.map((d) => [d.code, d.file, d.cell]));
    expect(result.files.find((f) => f.file.endsWith("BC212-parent-not-sum.xlsx"))).toMatchObject({ status: "error", errors: 1 });
    const bc212 = result.diagnostics.find((d) => d.code === "BC212");
    expect([bc212?.cell, bc212?.expected, bc212?.actual]).toEqual(["E11", "150", "200"]);
  });

  it("selects codes with only/ignore (BC101 always kept), and refuses a code that does not exist", async () => {
    const only = await check(["fixtures/faulty"], { only: ["BC2*"] });
    expect(new Set(only.diagnostics.map((d) => d.code.slice(0, 3)))).toEqual(new Set(["BC2", "BC1"]));
    expect(only.diagnostics.filter((d) => d.code.startsWith("BC1")).every((d) => d.code === "BC101")).toBe(true);
    await expect(check([FORMS], { ignore: "BC999" })).rejects.toThrow(RangeError);
  });
});

describe("library: rollup", () => {
  it("rolls consolidations in hand up year by year, one line per input", async () => {
    const forms = await totals([FORMS]);
    const appendix = await totals(["fixtures/appendix"]);
    const result = await rollup(
      [
        { label: "de-xuat", consolidation: forms.consolidation },
        { label: "skhcn", consolidation: appendix.consolidation },
      ],
      { by: ["input"] },
    );
    expect(result.ok).toBe(true);
    expect(result.pivot?.total.toFixed()).toBe("200703");
    expect(result.pivot?.nodes.map((n) => [n.label, n.total.toFixed(), n.byColumn.get("2025")?.toFixed(), n.byColumn.get("2026")?.toFixed()])).toEqual([
      ["de-xuat", "148165", "65562", "82603"],
      ["skhcn", "52538", "52538", undefined],
    ]);
  });

  it("reads a totals JSON export given as bytes", async () => {
    const forms = await totals([FORMS]);
    const json = new TextEncoder().encode(JSON.stringify(totalsDocument(forms.consolidation, forms.diagnostics)));
    const result = await rollup([{ name: "tong-2025.json", bytes: json }], { by: ["agency"] });
    expect(result.ok && result.pivot.byColumn.get("2026")?.toFixed()).toBe("82603");
    expect(result.inputs.map((i) => i.label)).toEqual(["tong-2025"]);
  });

  it("gives inputs it cannot use as problems, and no pivot", async () => {
    const result = await rollup([
      "no/such.json",
      { name: "other.json", bytes: new TextEncoder().encode('{"total": 1}') },
      { name: "notes.txt", bytes: new TextEncoder().encode("hello") },
    ]);
    expect(result.ok).toBe(false);
    expect(result.pivot).toBeUndefined();
    expect(result.problems.map((p) => [p.file, p.reason])).toEqual([
      ["no/such.json", "not-found"],
      ["other.json", "wrong-export"],
      ["notes.txt", "not-an-export"],
    ]);
    expect(result.problems[1]?.keys).toContain("schemaVersion");
  });
});

describe("library: loadPlan", () => {
  it("loads the embedded default, and gives the problems of a plan that cannot be used", async () => {
    const loaded = await loadPlan();
    expect(loaded.ok && loaded.plan.years).toEqual([2025, 2026]);
    const missing = await loadPlan("no/such-plan.yaml", "en");
    expect(missing).toEqual({ ok: false, file: "no/such-plan.yaml", problems: [{ at: "", message: "plan file not found" }] });
  });
});
