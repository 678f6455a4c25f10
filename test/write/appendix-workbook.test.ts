import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { appendixWorkbook, type ConsolidateResult, consolidate } from "../../src/api/consolidate.js";
import { readZipEntry } from "../../src/read/zip/zip-lookup.js";
import { rowHeight, wrappedLines } from "../../src/write/appendix/row-height.js";
import { MAX_SUM_REFERENCES, sumOfRows } from "../../src/write/appendix/sum-formula.js";
import { formulaCells, sheetRows } from "../support/appendix-sheet.js";
import { bigFormBytes } from "./appendix-forms.js";
import { HOSTILE_TASKS, hostileFormBytes } from "./rows-forms.js";

/** The cells of a worksheet part: address → style index, from the XML itself (SheetJS does not report `quotePrefix`). */
function cellStyles(bytes: Uint8Array, sheet: number): Map<string, number> {
  const xml = Buffer.from(readZipEntry(bytes, `xl/worksheets/sheet${sheet}.xml`) ?? new Uint8Array()).toString("utf8");
  return new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/gu)].map((match) => [match[1] ?? "", Number(match[2] ?? 0)]));
}

/** The `cellXfs` of the style part, in order: number format and whether the style marks text as quoted. */
function cellXfs(bytes: Uint8Array): Array<{ numFmt: number; quoted: boolean }> {
  const xml = Buffer.from(readZipEntry(bytes, "xl/styles.xml") ?? new Uint8Array()).toString("utf8");
  const list = /<cellXfs[^>]*>(.*)<\/cellXfs>/su.exec(xml)?.[1] ?? "";
  return [...list.matchAll(/<xf ([^>]*)>/gu)].map((match) => ({
    numFmt: Number(/numFmtId="(\d+)"/u.exec(match[1] ?? "")?.[1]),
    quoted: (match[1] ?? "").includes('quotePrefix="1"'),
  }));
}

function sheet(bytes: Uint8Array, name: string): XLSX.WorkSheet {
  const found = XLSX.read(bytes, { cellFormula: true, cellStyles: true }).Sheets[name];
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("the appendix workbook: cells", () => {
  let hostile: Uint8Array;
  let forms: Uint8Array;
  let formsResult: ConsolidateResult;

  beforeAll(async () => {
    hostile = await appendixWorkbook(await consolidate([{ name: "hostile.xlsx", bytes: hostileFormBytes() }], { workers: 0 }));
    formsResult = await consolidate(["fixtures/forms"], { workers: 0 });
    forms = await appendixWorkbook(formsResult);
  });

  it("writes text that starts like a formula as a text cell marked quotePrefix, never a formula, and shows it unchanged", () => {
    const read = sheet(hostile, "Phụ lục");
    const styles = cellStyles(hostile, 1);
    const xfs = cellXfs(hostile);
    const hostileCells = Object.keys(read).filter((ref) => HOSTILE_TASKS.some(([name]) => read[ref]?.v === name));
    // The tasks, and the agency named like the first of them.
    expect(hostileCells.length).toBe(HOSTILE_TASKS.length + 1);
    for (const ref of hostileCells) {
      expect([read[ref]?.t, read[ref]?.f], ref).toEqual(["s", undefined]);
      expect(xfs[styles.get(ref) ?? 0]?.quoted, ref).toBe(true);
    }
    // Plain text keeps a plain style.
    const plain = Object.keys(read).find((ref) => read[ref]?.v === "Cơ quan, đơn vị / Nội dung") ?? "";
    expect(xfs[styles.get(plain) ?? 0]?.quoted).toBe(false);
  });

  it("formats whole amounts without a decimal separator and fractions with their decimals, grouped the Vietnamese way", () => {
    const read = sheet(hostile, "Phụ lục");
    const formatOf = (value: number) => Object.values(read).find((cell: XLSX.CellObject) => cell?.t === "n" && cell.v === value)?.z;
    expect(formatOf(7)).toBe('[$-42A]#,##0;-#,##0;"-"');
    expect(formatOf(0.1)).toBe('[$-42A]#,##0.0#####;-#,##0.0#####;"-"');
    expect(formatOf(123456789012.5)).toBe('[$-42A]#,##0.0#####;-#,##0.0#####;"-"');
  });

  it("is read back by the form reader as one form, Phụ lục, to the same totals (the other sheets are not forms), as rollup reads it", async () => {
    const again = await consolidate([{ name: "phu-luc.xlsx", bytes: forms }], { workers: 0, readOwnOutputs: true });
    expect(again.files.map((file) => file.sheets)).toEqual([["Phụ lục"]]);
    expect([
      again.consolidation.totals.total.toFixed(),
      ...[2025, 2026].map((year) => again.consolidation.totals.byPeriod.get(String(year))?.toFixed()),
    ]).toEqual(["148165", "65562", "82603"]);
    // Among forms, it is one of the tool's own outputs: skipped, adding nothing.
    const skipped = await consolidate([{ name: "phu-luc.xlsx", bytes: forms }], { workers: 0 });
    expect([skipped.consolidation.totals.total.toFixed(), skipped.diagnostics.map((d) => d.code)]).toEqual(["0", ["BC113"]]);
  });

  it("Tổng hợp: sections and TỔNG CỘNG are SUM formulas over the lines under them, cached as published", () => {
    const rows = sheetRows(XLSX.read(forms, { cellFormula: true }), "Tổng hợp");
    const formulas = formulaCells(XLSX.read(forms, { cellFormula: true }), "Tổng hợp");
    const byLabel = (label: string) => formulas.filter((cell) => rows[cell.row]?.[1] === label).map((cell) => [cell.formula.startsWith("SUM("), cell.cached]);
    expect(byLabel("TỔNG CỘNG").slice(0, 3)).toEqual([
      [true, 148165],
      [true, 65562],
      [true, 82603],
    ]);
    expect(byLabel("Cơ quan chuyên môn thuộc UBND tỉnh; Hội đoàn thể").slice(0, 3)).toEqual([
      [true, 69165],
      [true, 26562],
      [true, 42603],
    ]);
    expect(rows.some((row) => row[0] === "TT" && row[2] === "Tổng" && row[3] === "Năm 2025")).toBe(true);
  });

  it("Nhóm nhiệm vụ: each framework, its task groups as SUMs of the agencies with money in them, equal to the consolidation", () => {
    const read = XLSX.read(forms, { cellFormula: true });
    const rows = sheetRows(read, "Nhóm nhiệm vụ");
    const label = (r: number) => rows[r]?.[1];
    expect(rows.map((row) => row[1])).toContain("Kế hoạch số 02/KH-BCĐTW ngày 19/6/2025");
    const sums = formulaCells(read, "Nhóm nhiệm vụ");
    expect(sums.length).toBeGreaterThan(0);
    for (const group of formsResult.plan.taskGroups) {
      const total = formsResult.consolidation.totals.byGroup.get(group.key)?.toNumber() ?? 0;
      const r = rows.findIndex((row) => row[1] === group.label);
      const cell = sums.find((sum) => sum.row === r);
      expect(cell?.cached ?? rows[r]?.[2], group.label).toBe(total);
      if (cell) {
        const refs = [...cell.formula.matchAll(/C(\d+)/gu)].map((match) => Number(match[1]) - 1);
        expect(
          refs.reduce((sum, ref) => sum + Number(rows[ref]?.[2]), 0),
          group.label,
        ).toBe(total);
        expect(refs.every((ref) => formsResult.consolidation.sections.some((s) => s.agencies.some((a) => a.name === label(ref))))).toBe(true);
      }
    }
  });

  it("Kiểm tra: severities in the message language, with expected and actual values", async () => {
    const vi = recordsOf(forms, "Kiểm tra");
    expect(vi.find((record) => record[0] === "BC303")).toEqual(expect.arrayContaining(["BC303", "cảnh báo", "5.5", "4,5"]));
    const en = recordsOf(await appendixWorkbook(formsResult, { lang: "en" }), "Kiểm tra");
    expect(en.find((record) => record[0] === "BC303")?.[1]).toBe("warning");
  });

  it("puts --ref in parentheses and starts it with Kèm theo unless it says otherwise", async () => {
    const line = async (reference: string) => sheet(await appendixWorkbook(formsResult, { reference }), "Phụ lục").A3?.v;
    expect(await line("Kế hoạch số 12/KH-UBND ngày 10/1/2026 của UBND tỉnh")).toBe("(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/1/2026 của UBND tỉnh)");
    expect(await line("Ban hành kèm theo Quyết định số 5/QĐ-SKHCN")).toBe("(Ban hành kèm theo Quyết định số 5/QĐ-SKHCN)");
    expect(await line(" (Kèm theo Kế hoạch số 1) ")).toBe("(Kèm theo Kế hoạch số 1)");
  });

  it("outlines the hierarchy (summaries above their detail), freezes the header, hides the level column", () => {
    const xml = Buffer.from(readZipEntry(forms, "xl/worksheets/sheet1.xml") ?? new Uint8Array()).toString("utf8");
    const rows = sheetRows(XLSX.read(forms), "Phụ lục");
    const levelOf = (code: string, name: string) => {
      const r = rows.findIndex((row) => row[0] === code && row[1] === name) + 1;
      return Number(new RegExp(`<row r="${r}"[^>]*? outlineLevel="(\\d)"`, "u").exec(xml)?.[1] ?? 0);
    };
    expect([levelOf("I", "Cơ quan Khối Đảng"), levelOf("1", "Văn phòng Tỉnh ủy"), levelOf("1.1", rows.find((row) => row[0] === "1.1")?.[1] as string)]).toEqual(
      [0, 1, 2],
    );
    const subItem = rows.find((row) => row[0] === "(1)");
    expect(levelOf("(1)", String(subItem?.[1]))).toBe(3);
    expect(xml).toContain('<outlinePr summaryBelow="0" summaryRight="0"/>');
    expect(xml).toContain('<pane ySplit="6" topLeftCell="A7" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toMatch(/<col min="8" max="8" width="[\d.]+" customWidth="1" hidden="1"\/>/u);
  });

  it("gives a wrapped task name the height of its lines, and a short one the default height", () => {
    const xml = Buffer.from(readZipEntry(forms, "xl/worksheets/sheet1.xml") ?? new Uint8Array()).toString("utf8");
    const names = sheetRows(XLSX.read(forms), "Phụ lục").map((row) => String(row[1] ?? ""));
    const heightOf = (text: string) => {
      const r = names.indexOf(text) + 1;
      return Number(new RegExp(`<row r="${r}"[^>]*? ht="([\\d.]+)"`, "u").exec(xml)?.[1] ?? 0);
    };
    const long = names.find((name) => name.length > 300) ?? "";
    expect(heightOf(long)).toBeGreaterThanOrEqual(5 * 15.5);
    expect(heightOf("Số hoá hồ sơ người có công")).toBe(0);
  });
});

describe("the appendix workbook: subtotals past Excel's argument limit", () => {
  it("lists up to 100 references in one SUM, nests SUMs past that (each within 255 arguments)", () => {
    expect(sumOfRows([], "C")).toBe("0");
    expect(sumOfRows([8, 9, 10, 12], "C")).toBe("SUM(C8:C10,C12)");
    const rows = Array.from({ length: 250 }, (_, i) => 10 + 2 * i);
    const formula = sumOfRows(rows, "D");
    expect(formula.startsWith("SUM(SUM(D10,D12,")).toBe(true);
    expect(formula.match(/SUM\(/gu)?.length).toBe(1 + Math.ceil(250 / MAX_SUM_REFERENCES));
    expect(formula.match(/D\d+/gu)?.length).toBe(250);
  });

  it("sums an agency of 150 tasks with sub-tasks by SUMIF over the hidden level column, cached right", async () => {
    const bytes = await appendixWorkbook(await consolidate([{ name: "big.xlsx", bytes: bigFormBytes(150) }], { workers: 0 }));
    const read = XLSX.read(bytes, { cellFormula: true });
    const agency = formulaCells(read, "Phụ lục").filter((cell) => sheetRows(read, "Phụ lục")[cell.row]?.[1] === "Sở Tư pháp");
    expect(agency.map((cell) => [cell.formula.startsWith("SUMIF("), cell.cached])).toEqual([
      [true, 450],
      [true, 150],
      [true, 300],
    ]);
  });
});

describe("row heights", () => {
  it("breaks lines at spaces as a spreadsheet does, by the widths of Times New Roman, cutting a word longer than a line", () => {
    // Width 10: 80 pixels of text, 4.6 em of 13-point type; a is 0.444 em, b 0.5, a space 0.25.
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("aaaa bbbb", 10)).toBe(1);
    expect(wrappedLines("aaaa bbbb cc", 10)).toBe(2);
    expect(wrappedLines("a".repeat(25), 10)).toBe(3);
    expect(wrappedLines(`xx ${"a".repeat(25)}`, 10)).toBe(4);
    expect(wrappedLines("một\nhai", 40)).toBe(2);
    // Accents take no room: the same line with and without them.
    expect(wrappedLines("Sở Tư pháp ".repeat(6), 30)).toBe(wrappedLines("So Tu phap ".repeat(6), 30));
    // A line LibreOffice printed at 27.7 em (Liberation Serif, the same widths) needs a column of 58.
    const line = "Số hóa và tạo lập cơ sở dữ liệu tài liệu lưu trữ tại Lưu trữ lịch sử tỉnh";
    expect([wrappedLines(line, 57), wrappedLines(line, 58)]).toEqual([2, 1]);
    expect(wrappedLines(line, 58, "bold")).toBe(2);
    expect(rowHeight([["ngắn", 40]])).toBeUndefined();
    expect(
      rowHeight([
        ["a ".repeat(100), 20],
        ["b", 10],
      ]),
    ).toBe(8 * 15.5 + 3);
    expect(rowHeight([["a".repeat(100_000), 10]])).toBe(409);
  });
});

function recordsOf(bytes: Uint8Array, name: string): unknown[][] {
  return sheetRows(XLSX.read(bytes), name).slice(1);
}
