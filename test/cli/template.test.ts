import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { loadTruth, type TruthAgencyRecord, type TruthItem } from "../../scripts/fixtures/seed-truth.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { readZipEntry } from "../../src/read/zip/zip-lookup.js";
import { runFiles } from "../../src/run/run-files.js";
import { sourceChoices, templateColumns, templateRows } from "../../src/write/template-as-workbook.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

const plan = defaultPlan();
const cols = templateColumns(plan);
const ROWS = 30;
const rows = templateRows({ rows: ROWS });
const seed000 = loadTruth("fixtures/seeds/seed000-form.json");
const agencies = seed000.sections.flatMap((s) => s.agencies);

/** Fills a blank form the way an officer would: items renumbered under agency 1, formulas' results as Excel computes them. */
async function fill(template: string, target: string, agency: TruthAgencyRecord, options: { results: "published" | "stale"; source?: string }): Promise<void> {
  const workbook = XLSX.read(readFileSync(template), { cellFormula: true, cellNF: true, cellStyles: true });
  const sheet = workbook.Sheets["Biểu mẫu"];
  if (!sheet) throw new Error("no Biểu mẫu sheet");
  const set = (row: number, col: number, value: string | number) => {
    sheet[XLSX.utils.encode_cell({ r: row - 1, c: col - 1 })] = typeof value === "number" ? { t: "n", v: value } : { t: "s", v: value };
  };
  let r = rows.firstItem;
  const write = (item: TruthItem, code: string) => {
    const row = r++;
    set(row, cols.code, code);
    set(row, cols.name, item.name);
    if (item.objective) set(row, cols.objective, item.objective);
    if (item.period) set(row, cols.period, item.period);
    if (options.source) set(row, cols.source, options.source);
    if (item.amount !== null) set(row, cols.amount, Number(item.amount));
    if (item.recurrent_total) set(row, cols.recurrent, Number(item.recurrent_total));
    plan.years.forEach((year, i) => {
      const value = item.by_year?.[String(year)];
      if (value !== null && value !== undefined) set(row, cols.firstYear + i, Number(value));
    });
    plan.taskGroups.forEach((group, i) => {
      const mark = item.task_groups?.[group.key];
      if (mark !== undefined) set(row, cols.firstGroup + i, mark === "x" ? "x" : Number(mark));
    });
    item.children.forEach((child, j) => {
      write(child, child.code.startsWith("(") ? child.code : `${code}.${j + 1}`);
    });
  };
  agency.items.forEach((item, i) => {
    write(item, `1.${i + 1}`);
  });
  set(rows.agency, cols.name, agency.name);
  const published = agency.published;
  const results = new Map<number, number>([
    [cols.amount, Number(published?.amount ?? 0)],
    [cols.investment, 0],
    [cols.recurrent, Number(published?.recurrent_total ?? 0)],
    ...plan.years.map((year, i): [number, number] => [cols.firstYear + i, Number(published?.by_year?.[String(year)] ?? 0)]),
  ]);
  for (const r2 of [rows.agency, rows.total]) {
    for (const [col, value] of results) {
      const cell = sheet[XLSX.utils.encode_cell({ r: r2 - 1, c: col - 1 })];
      if (!cell?.f) throw new Error(`no formula at row ${r2}, column ${col}`);
      cell.v = options.results === "published" ? value : 0;
    }
  }
  const bytes: unknown = XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true });
  if (!(bytes instanceof Uint8Array)) throw new Error("SheetJS did not return bytes");
  writeFileSync(target, bytes);
}

let folder = "";
let blank = "";

beforeAll(async () => {
  folder = tempFolder();
  blank = join(folder, "bieu-mau.xlsx");
  const { code, stderr } = await budget("template", "-o", blank, "--rows", String(ROWS));
  expect(code, stderr).toBe(0);
});

describe("budget template", () => {
  it("writes the title block, the merged header with the plan's years and task groups, and the lists", () => {
    const workbook = XLSX.read(readFileSync(blank), { cellFormula: true });
    expect(workbook.SheetNames.map((name, i) => [name, workbook.Workbook?.Sheets?.[i]?.Hidden ?? 0])).toEqual([
      ["Biểu mẫu", 0],
      ["Danh mục", 1],
      ["Hướng dẫn", 0],
    ]);
    const sheet = workbook.Sheets["Biểu mẫu"];
    const cell = (row: number, col: number) => sheet?.[XLSX.utils.encode_cell({ r: row - 1, c: col - 1 })];
    expect(cell(1, 1)?.v).toBe("BIỂU MẪU ĐỀ XUẤT DỰ ÁN, NHIỆM VỤ CHUYỂN ĐỔI SỐ");
    expect(cell(3, cols.commitment - 2)?.v).toBe("Đơn vị tính: triệu đồng");
    expect(cell(8, cols.firstYear)?.v).toBe("2025");
    expect(cell(8, cols.firstYear + 1)?.v).toBe("2026");
    expect(cell(7, cols.firstGroup + 2)?.v).toBe("Nhóm nhiệm vụ về dữ liệu");
    expect(cell(6, cols.firstGroup)?.v).toBe("Kế hoạch số 02/KH-BCĐTW ngày 19/6/2025");
    expect(sheet?.["!merges"]?.map((m) => XLSX.utils.encode_range(m))).toContain("G5:J5");
    expect(cell(rows.total, cols.name)?.v).toBe("Tổng cộng");
    expect(cell(rows.agency, cols.amount)?.f).toBe('SUMPRODUCT(--(LEN($A$10:$A$39)-LEN(SUBSTITUTE($A$10:$A$39,".",""))=1),F10:F39)');
    expect(cell(rows.total, cols.firstYear)?.f).toBe("SUM(I9)");
    const xml = Buffer.from(readZipEntry(readFileSync(blank), "xl/worksheets/sheet1.xml") ?? new Uint8Array()).toString("utf8");
    expect(xml).toContain(`sqref="E${rows.firstItem}:E${rows.lastItem}"><formula1>'Danh mục'!$A$2:$A$21</formula1>`);
    expect(xml).toContain(`sqref="K${rows.firstItem}:T${rows.lastItem}"><formula1>&quot;x&quot;</formula1>`);
    expect(sourceChoices(plan)).toHaveLength(20);
    expect(sourceChoices(plan)).toContain("CTX, NST");
    expect(workbook.Sheets["Hướng dẫn"]?.A1?.v).toBe("HƯỚNG DẪN ĐIỀN BIỂU MẪU ĐỀ XUẤT DỰ ÁN, NHIỆM VỤ");
  });

  it("writes the agency's official name when given an alias, and refuses to overwrite without --force", async () => {
    const file = join(folder, "bieu-mau-stp.xlsx");
    expect((await budget("template", "-o", file, "--agency", "STP")).code).toBe(0);
    const sheet = XLSX.read(readFileSync(file)).Sheets["Biểu mẫu"];
    expect(sheet?.[XLSX.utils.encode_cell({ r: rows.agency - 1, c: cols.name - 1 })]?.v).toBe("Sở Tư pháp");
    const again = await budget("template", "-o", file);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
  });

  it("follows the plan: a custom plan's years become the year columns", async () => {
    const planFile = join(folder, "plan-2027.yaml");
    writeFileSync(planFile, "name: Kế hoạch 2027\nyears: [2027]\nfundingSources:\n  - { code: NST, name: Ngân sách tỉnh, dimension: level }\n");
    const file = join(folder, "bieu-mau-2027.xlsx");
    expect((await budget("template", "-o", file, "--plan", planFile)).code).toBe(0);
    const rowsRead = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(readFileSync(file)).Sheets["Biểu mẫu"] ?? {}, { header: 1 });
    expect(rowsRead[7]?.[cols.firstYear - 1]).toBe("2027");
    expect(rowsRead[4]?.[cols.firstYear]).toBe("Cam kết và thuyết minh về hiệu quả đầu tư");
  });
});

describe("a filled template round-trips", () => {
  it("five forms filled with the seed-000 items consolidate exactly to the published totals", async () => {
    const filled = join(folder, "filled");
    mkdirSync(filled);
    for (const [i, agency] of agencies.entries()) {
      await fill(blank, join(filled, `${i + 1}.xlsx`), agency, { results: "published", ...(i === 2 ? { source: "CTX, NST" } : {}) });
    }
    const { consolidation, diagnostics } = await runFiles([filled], plan, { workers: 0 });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(consolidation.totals.total.toFixed()).toBe("148165");
    expect([consolidation.totals.byPeriod.get("2025")?.toFixed(), consolidation.totals.byPeriod.get("2026")?.toFixed()]).toEqual(["65562", "82603"]);
    const byAgency = Object.fromEntries(consolidation.sections.flatMap((s) => s.agencies).map((a) => [a.name, a.totals.total.toFixed()]));
    expect(byAgency).toEqual({
      "Văn phòng Tỉnh ủy": "79000",
      "Sở Nội vụ": "39075",
      "Sở Khoa học và Công nghệ": "28000",
      "Sở Tư pháp": "1000",
      "Chi cục Kiểm lâm": "1090",
    });
    expect(consolidation.totals.byCombination.get("CTX, NST")?.toFixed()).toBe("39075");
    expect(consolidation.totals.byGroup.get("du_lieu")?.toFixed()).toBe("89075");
  });

  it("filled by a script that does not recalculate: the stale formula totals are named as such, not as 'use a SUM formula'", async () => {
    const agency = agencies.find((a) => a.name === "Sở Khoa học và Công nghệ");
    if (!agency) throw new Error("seed agency missing");
    const file = join(folder, "stale-check.xlsx");
    await fill(blank, file, agency, { results: "stale" });
    const vi = await budget("check", file, "--only", "BC213", "--format", "json");
    const report = JSON.parse(vi.stdout) as {
      diagnostics: Array<{ code: string; cell: string; expected: string; actual: string; hint: string; args: Record<string, string> }>;
    };
    const first = report.diagnostics[0];
    expect([vi.code, report.diagnostics.length, first?.cell, first?.expected, first?.actual]).toEqual([1, 4, `F${rows.agency}`, "28000", "0"]);
    expect(first?.args.formula).toMatch(/^SUMPRODUCT\(/);
    expect(first?.hint).toBe("Công thức chưa được tính lại: mở và lưu lại trong Excel; nếu vẫn lệch, sửa công thức cho cộng đủ các dòng.");
    const en = await budget("check", file, "--only", "BC213", "--lang", "en");
    expect(en.stdout).toContain("    → Formula not recalculated: open and save in Excel; if it still differs, fix the formula to add up every row.\n");
    expect(en.stdout).not.toContain("SUM formula");
    const noValue = await budget("check", "fixtures/faulty/BC205-formula-without-value.xlsx");
    expect(noValue.stdout).toContain("    → Công thức chưa được tính lại: mở và lưu lại trong Excel (giá trị lỗi như #REF! thì sửa công thức).\n");
  });

  const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((path) => existsSync(path));
  it.skipIf(!soffice)("its formulas, recalculated by LibreOffice, give the published agency figures", async () => {
    const stale = join(folder, "stale");
    mkdirSync(stale);
    const agency = agencies.find((a) => a.name === "Sở Khoa học và Công nghệ");
    if (!agency) throw new Error("seed agency missing");
    const source = join(stale, "skhcn.xlsx");
    await fill(blank, source, agency, { results: "stale" });
    const recalculated = recalculate(source, join(folder, "recalculated"));
    const sheet = XLSX.read(readFileSync(recalculated)).Sheets["Biểu mẫu"];
    const value = (col: number, row: number) => sheet?.[XLSX.utils.encode_cell({ c: col - 1, r: row - 1 })]?.v;
    expect([
      value(cols.amount, rows.agency),
      value(cols.recurrent, rows.agency),
      value(cols.firstYear, rows.agency),
      value(cols.firstYear + 1, rows.agency),
    ]).toEqual([28000, 28000, 16000, 12000]);
    expect(value(cols.amount, rows.total)).toBe(28000);
    const { consolidation, diagnostics } = await runFiles([recalculated], plan, { workers: 0 });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(consolidation.totals.total.toFixed()).toBe("28000");
  });
});

/** Opens a workbook in LibreOffice with recalculation on load forced, and saves it as .xlsx again. */
function recalculate(source: string, outdir: string): string {
  const profile = mkdtempSync(join(tmpdir(), "budget-lo-recalc-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n</oor:items>\n',
  );
  execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", "xlsx", "--outdir", outdir, source], {
    stdio: "ignore",
    timeout: 120_000,
  });
  return join(outdir, basename(source));
}
