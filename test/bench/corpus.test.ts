import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { type CorpusSpec, ensureCorpus } from "../../scripts/bench/corpus.js";
import { halvesToVietnamese } from "../../scripts/bench/form-data.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanSchema } from "../../src/plan/schema.js";
import { runFiles } from "../../src/run/run-files.js";

// The generator switches SheetJS to Node's zlib, whose deprecated `bytesRead` SheetJS then reads when
// this file reads the corpus back: that warning (DEP0108) says nothing about the code under test.
process.noDeprecation = true;

const FORMS: CorpusSpec = { name: "test-4x12", files: 4, agenciesPerFile: 1, itemsPerAgency: 12 };
const ONE_FILE: CorpusSpec = { name: "test-1x3x10", files: 1, agenciesPerFile: 3, itemsPerAgency: 10 };

function sheetOf(file: string): XLSX.WorkSheet {
  const workbook = XLSX.read(readFileSync(file), { cellFormula: true });
  const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ""];
  if (!sheet) throw new Error(`no sheet in ${file}`);
  return sheet;
}

describe("the benchmark's corpus generator", () => {
  const root = mkdtempSync(join(tmpdir(), "bench-corpus-"));

  it("writes the same bytes from the same spec, and reuses a corpus whose hash is unchanged", () => {
    const first = ensureCorpus(FORMS, root);
    const again = ensureCorpus(FORMS, mkdtempSync(join(tmpdir(), "bench-corpus-")));
    expect(again.hash).toBe(first.hash);
    expect(again.expected).toEqual(first.expected);
    for (const [i, name] of first.files.entries()) {
      expect(readFileSync(join(again.formsDir, again.files[i] ?? "")).equals(readFileSync(join(first.formsDir, name))), name).toBe(true);
    }
    expect(ensureCorpus(FORMS, root)).toEqual(first);
    expect(first.files).toHaveLength(4);
    expect(first.items).toBe(48);
  });

  it("writes the official layout: merged header band, unit line, agency row, items, SUM formulas with cached values", () => {
    const manifest = ensureCorpus(FORMS, root);
    const sheets = manifest.files.map((name) => sheetOf(join(manifest.formsDir, name)));
    const first = sheets[0] ?? {};
    expect(first.A5?.v).toBe("STT");
    expect(first.H8?.v).toBe("2025");
    expect(first.R3?.v).toBe("Đơn vị tính: triệu đồng");
    expect(first["!merges"]).toContainEqual({ s: { r: 4, c: 0 }, e: { r: 7, c: 0 } });
    expect(first.A9?.v).toBe("1");
    expect(first.A10?.v).toBe("1.1");
    const cells = sheets.flatMap((sheet) =>
      Object.values(sheet).filter((cell): cell is XLSX.CellObject => typeof cell === "object" && cell !== null && "t" in cell),
    );
    const formulas = cells.filter((cell) => typeof cell.f === "string" && cell.f.startsWith("SUM("));
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.every((cell) => typeof cell.v === "number")).toBe(true);
    expect(cells.some((cell) => cell.t === "s" && /^\d{1,3}(\.\d{3})+(,5)?$/.test(String(cell.v)))).toBe(true);
    expect(cells.some((cell) => cell.v === "(1)")).toBe(true);
  });

  it("writes a plan whose registry lists the corpus's agencies, each once", () => {
    const manifest = ensureCorpus(FORMS, root);
    const plan = PlanSchema.parse(JSON.parse(readFileSync(manifest.planFile, "utf8")));
    expect(plan.agencies.map((a) => a.name)).toEqual(["Văn phòng Tỉnh ủy", "Sở Tài chính", "Sở Nội vụ", "Sở Khoa học và Công nghệ"]);
    expect(plan.agencies.map((a) => a.section)).toEqual(["I", "II", "II", "II"]);
  });

  it("writes Vietnamese number text: dots group thousands, a comma marks the half", () => {
    expect(halvesToVietnamese(63150)).toBe("31.575");
    expect(halvesToVietnamese(1)).toBe("0,5");
    expect(halvesToVietnamese(2_000_001)).toBe("1.000.000,5");
  });

  for (const spec of [FORMS, ONE_FILE]) {
    it(`${spec.name}: the tool reads the generator's totals exactly, with no errors`, async () => {
      const manifest = ensureCorpus(spec, root);
      // In a worker, whose SheetJS is not the one the generator switched to zlib.
      const { consolidation, diagnostics } = await runFiles([manifest.formsDir], defaultPlan(), { workers: 1 });
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(consolidation.totals.total.toFixed()).toBe(manifest.expected.total);
      expect(consolidation.totals.byPeriod.get("2025")?.toFixed()).toBe(manifest.expected.byYear["2025"]);
      expect(consolidation.totals.byPeriod.get("2026")?.toFixed()).toBe(manifest.expected.byYear["2026"]);
    });
  }

  it("the floor script reads every file and sums the numbers of column E", () => {
    const manifest = ensureCorpus(ONE_FILE, root);
    const printed: unknown = JSON.parse(execFileSync("node", ["dist/scripts/bench/floor.js", manifest.formsDir], { encoding: "utf8" }));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheetOf(join(manifest.formsDir, manifest.files[0] ?? "")), { header: 1, raw: true });
    const numbers = rows.map((row) => row[4]).filter((value): value is number => typeof value === "number");
    expect(printed).toEqual({ files: 1, cells: numbers.length, sum: numbers.reduce((a, b) => a + b, 0) });
  });
});
