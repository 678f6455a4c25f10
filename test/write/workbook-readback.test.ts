import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { budget, tempFolder } from "../cli/plan-cli-runner.js";
import {
  appendixColumns,
  figureColumns,
  figuresOf,
  formulaCells,
  GRAND_TOTAL,
  readWorkbook,
  recordsUnder,
  rowLabelled,
  type SheetRows,
  sheetRows,
} from "../support/appendix-sheet.js";

/** Seed 000 rows of `Phụ lục` (sections and agencies) with their published total, 2025 and 2026 amounts. */
const SEED_000_SUBTOTALS: ReadonlyArray<readonly [string | RegExp, number, number, number]> = [
  [GRAND_TOTAL, 148165, 65562, 82603],
  ["Cơ quan Khối Đảng", 79000, 39000, 40000],
  ["Cơ quan chuyên môn thuộc UBND tỉnh; Hội đoàn thể", 69165, 26562, 42603],
  ["Văn phòng Tỉnh ủy", 79000, 39000, 40000],
  ["Sở Nội vụ", 39075, 9472, 29603],
  ["Sở Khoa học và Công nghệ", 28000, 16000, 12000],
  ["Sở Tư pháp", 1000, 0, 1000],
  ["Chi cục Kiểm lâm", 1090, 1090, 0],
];

const PHU_LUC = "Phụ lục";

describe("the appendix workbook written by budget consolidate, read back with SheetJS", () => {
  let forms: XLSX.WorkBook;
  let appendix: XLSX.WorkBook;
  let formsBytes: Buffer;

  beforeAll(async () => {
    const folder = tempFolder();
    for (const [input, name] of [
      ["fixtures/forms", "forms.xlsx"],
      ["fixtures/appendix", "appendix.xlsx"],
    ] as const) {
      const run = await budget("consolidate", input, "-o", join(folder, name));
      expect(run.code, run.stderr).toBe(0);
    }
    formsBytes = readFileSync(join(folder, "forms.xlsx"));
    forms = readWorkbook(join(folder, "forms.xlsx"));
    appendix = readWorkbook(join(folder, "appendix.xlsx"));
  });

  it("has the sheets Phụ lục, Tổng hợp, (Nhóm nhiệm vụ,) Kiểm tra and Nguồn, in that order", () => {
    for (const workbook of [forms, appendix]) {
      const expected = ["Phụ lục", "Tổng hợp", "Nhóm nhiệm vụ", "Kiểm tra", "Nguồn"].filter(
        (name) => name !== "Nhóm nhiệm vụ" || workbook.SheetNames.includes(name),
      );
      expect(workbook.SheetNames).toEqual(expected);
    }
  });

  it("Phụ lục: every section, agency and grand total of seed 000 is a SUM formula whose cached value is the published figure", () => {
    const rows = sheetRows(forms, PHU_LUC);
    const columns = appendixColumns(rows);
    expect(columns.years.map(({ year }) => year)).toEqual(["2025", "2026"]);
    const formulas = new Map(formulaCells(forms, PHU_LUC).map((cell) => [`${cell.row}:${cell.column}`, cell]));
    for (const [label, ...figures] of SEED_000_SUBTOTALS) {
      const row = rowLabelled(rows, columns.label, label);
      const cells = figureColumns(columns).map((column) => formulas.get(`${row}:${column}`));
      expect(
        cells.map((cell) => cell?.formula.startsWith("SUM(")),
        String(label),
      ).toEqual([true, true, true]);
      expect(
        cells.map((cell) => cell?.cached),
        String(label),
      ).toEqual(figures);
    }
  });

  it("Phụ lục: every formula is a SUM whose cached value is the sum of the cells it names (seeds 000 and 004)", () => {
    for (const workbook of [forms, appendix]) {
      const rows = sheetRows(workbook, PHU_LUC);
      const cells = formulaCells(workbook, PHU_LUC);
      expect(cells.length).toBeGreaterThanOrEqual(9);
      expect(cells.map(({ address, formula, cached }) => ({ address, cached, sum: sumOf(rows, formula) }))).toEqual(
        cells.map(({ address, cached }) => ({ address, cached, sum: cached })),
      );
    }
  });

  it("Phụ lục: seed 004 totals the published 52.538, said in words as printed in the seed", () => {
    const rows = sheetRows(appendix, PHU_LUC);
    const columns = appendixColumns(rows);
    expect(figuresOf(rows, columns, GRAND_TOTAL)[0]).toBe(52538);
    expect(figuresOf(rows, columns, "Sở Khoa học và Công nghệ")[0]).toBe(52538);
    expect(inWords(rows)).toMatch(/^Bằng chữ: Năm mươi hai tỷ,? năm trăm ba mươi tám triệu đồng\.?\)?$/u);
    expect(inWords(sheetRows(forms, PHU_LUC))).toMatch(/^Bằng chữ: Một trăm bốn mươi tám tỷ,? một trăm sáu mươi lăm triệu đồng\.?\)?$/u);
  });

  it("Phụ lục: the title lines and the amount in words span the table; the header cells are merged over their rows", () => {
    for (const workbook of [forms, appendix]) {
      const rows = sheetRows(workbook, PHU_LUC);
      const columns = appendixColumns(rows);
      const merges = workbook.Sheets[PHU_LUC]?.["!merges"] ?? [];
      const last = lastColumn(rows[columns.header] ?? []);
      const titles = rows.slice(0, columns.header).flatMap((row, r) => (typeof row[0] === "string" && row[0].trim() !== "" ? [r] : []));
      expect(titles.length).toBeGreaterThanOrEqual(2);
      for (const r of [...titles, rows.findIndex((row) => String(row[0]).startsWith("Bằng chữ"))]) {
        expect(merges, `row ${r + 1}`).toContainEqual({ s: { r, c: 0 }, e: { r, c: last } });
      }
      const lastHeader = firstDataRow(rows, columns.header, columns.total) - 1;
      expect(lastHeader).toBeGreaterThan(columns.header);
      for (const c of [columns.label, columns.total]) expect(merges).toContainEqual({ s: { r: columns.header, c }, e: { r: lastHeader, c } });
      const years = columns.years.map(({ column }) => column);
      expect(merges).toContainEqual({ s: { r: columns.header, c: Math.min(...years) }, e: { r: columns.header, c: Math.max(...years) } });
    }
  });

  it("Phụ lục: its header rows are the print titles, repeated on every page of an A4 landscape print", () => {
    const rows = sheetRows(forms, PHU_LUC);
    const columns = appendixColumns(rows);
    const sheet = forms.SheetNames.indexOf(PHU_LUC);
    const printTitles = (forms.Workbook?.Names ?? []).filter((name) => name.Name === "_xlnm.Print_Titles" && name.Sheet === sheet);
    expect(printTitles).toEqual([
      { Name: "_xlnm.Print_Titles", Sheet: sheet, Ref: `'Phụ lục'!$${columns.header + 1}:$${firstDataRow(rows, columns.header, columns.total)}` },
    ]);
    const part = XLSX.CFB.find(XLSX.CFB.read(formsBytes, { type: "buffer" }), "/xl/worksheets/sheet1.xml");
    const pageSetup = /<pageSetup [^>]*>/u.exec(Buffer.from(part?.content ?? []).toString("utf8"))?.[0] ?? "";
    expect(pageSetup).toContain('paperSize="9"');
    expect(pageSetup).toContain('orientation="landscape"');
  });

  it("Tổng hợp: agency × year × funding source; seed 004 splits into CTX, NST 26.838 and NSNN 25.700", () => {
    const grandTotal = (workbook: XLSX.WorkBook) =>
      recordsUnder(sheetRows(workbook, "Tổng hợp"), "Cơ quan, đơn vị").find((record) => GRAND_TOTAL.test(String(record.get("Cơ quan, đơn vị"))));
    const seed004 = grandTotal(appendix);
    expect([under(seed004, /^Tổng/u), under(seed004, /2025$/u), under(seed004, /^CTX, NST$/u), under(seed004, /^NSNN$/u)]).toEqual([
      52538, 52538, 26838, 25700,
    ]);
    const seed000 = grandTotal(forms);
    expect([under(seed000, /^Tổng/u), under(seed000, /2025$/u), under(seed000, /2026$/u)]).toEqual([148165, 65562, 82603]);
    const agencies = recordsUnder(sheetRows(forms, "Tổng hợp"), "Cơ quan, đơn vị").filter((record) =>
      SEED_000_SUBTOTALS.some(([label]) => label === record.get("Cơ quan, đơn vị")),
    );
    expect(agencies.map((record) => [record.get("Cơ quan, đơn vị"), under(record, /^Tổng/u)])).toEqual(
      expect.arrayContaining([
        ["Sở Nội vụ", 39075],
        ["Chi cục Kiểm lâm", 1090],
      ]),
    );
  });

  it("Nguồn: each input with its SHA-256 and agency; Kiểm tra: as many diagnostics as Nguồn counts, with file and cell", () => {
    const sources = recordsUnder(sheetRows(forms, "Nguồn"), "SHA-256");
    const files = readdirSync("fixtures/forms").sort();
    expect(sources.map((source) => String(source.get("Tệp")).split("/").pop())).toEqual(files);
    expect(sources.map((source) => source.get("SHA-256"))).toEqual(
      files.map((file) =>
        createHash("sha256")
          .update(readFileSync(join("fixtures/forms", file)))
          .digest("hex"),
      ),
    );
    expect(sources.map((source) => source.get("Cơ quan, đơn vị"))).toContain("Sở Khoa học và Công nghệ");
    const checks = recordsUnder(sheetRows(forms, "Kiểm tra"), "Mã");
    expect(checks.length).toBe(sources.reduce((sum, source) => sum + Number(source.get("Số chẩn đoán")), 0));
    // Seed 000's own misnumbered row "4,5" in the science department's form.
    expect(checks.map((check) => [check.get("Mã"), String(check.get("Tệp")).split("/").pop(), check.get("Ô")])).toContainEqual([
      "BC303",
      "05-so-khoa-hoc-va-cong-nghe.xlsx",
      "A14",
    ]);
    expect(recordsUnder(sheetRows(appendix, "Kiểm tra"), "Mã")).toEqual([]);
  });
});

/** Adds the values cached in the cells and ranges a `SUM(…)` formula names. */
function sumOf(rows: SheetRows, formula: string): number {
  const parts = /^SUM\((.*)\)$/u.exec(formula)?.[1]?.split(",") ?? [];
  let sum = 0;
  for (const part of parts) {
    const { s, e } = XLSX.utils.decode_range(part.replaceAll("$", ""));
    for (let r = s.r; r <= e.r; r++) {
      for (let c = s.c; c <= e.c; c++) {
        const value = rows[r]?.[c];
        if (typeof value === "number") sum += value;
      }
    }
  }
  return sum;
}

/** The first row after the header whose total cell holds a number. */
function firstDataRow(rows: SheetRows, header: number, total: number): number {
  return rows.findIndex((row, r) => r > header && typeof row[total] === "number");
}

function lastColumn(row: readonly unknown[]): number {
  return row.findLastIndex((cell) => cell !== null && cell !== "");
}

function inWords(rows: SheetRows): string {
  return String(rows.find((row) => String(row[0]).startsWith("Bằng chữ"))?.[0]).trim();
}

/** The value under the first header matching `header`. */
function under(record: ReadonlyMap<string, unknown> | undefined, header: RegExp): unknown {
  return [...(record ?? [])].find(([name]) => header.test(name))?.[1];
}
