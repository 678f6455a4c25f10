import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { budget, tempFolder } from "../cli/plan-cli-runner.js";
import { appendixColumns, figuresOf, formulaCells, GRAND_TOTAL, readWorkbook, sheetRows } from "../support/appendix-sheet.js";

const SEED002 = "fixtures/plans/seed002-kinh-phi.xlsx";

interface RowJson {
  readonly code: string;
  readonly level: string;
  readonly depth: number;
  readonly name: string;
  readonly total: string;
  readonly inTotal: boolean;
  readonly cell: string | null;
}

interface Finding {
  readonly code: string;
  readonly cell?: string;
  readonly expected?: string;
  readonly actual?: string;
}

describe('"of which" rows (seed 002: each period\'s money and its split, Trong đó: / Bao gồm:)', () => {
  it("never adds them: the total is the three periods' 104.750, sources unstated, in totals, --rows and the appendix", async () => {
    const folder = tempFolder();
    const workbook = join(folder, "phu-luc.xlsx");
    const rowsFile = join(folder, "rows.json");
    const run = await budget("consolidate", SEED002, "-o", workbook, "--rows", rowsFile, "--format", "json");
    const totals = JSON.parse(run.stdout) as { total: string; bySource: Record<string, string>; byCombination: Array<{ sources: string[]; amount: string }> };
    expect(totals.total).toBe("104750");
    // The split's CTX and ĐTPT are only details: no money is counted under them.
    expect(totals.bySource).toEqual({});
    expect(totals.byCombination).toEqual([{ sources: [], amount: "104750" }]);
    const pivot = await budget("totals", SEED002, "--by", "source", "--format", "csv");
    expect(pivot.stdout).toBe("kind,level,source,amount\nline,1,Không ghi nguồn,104750\ntotal,0,,104750\n");

    const rows = (JSON.parse(readFileSync(rowsFile, "utf8")) as { rows: RowJson[] }).rows;
    expect(rows.slice(1).map((row) => [row.code, row.level, row.name, row.total, row.inTotal, row.cell])).toEqual([
      ["1.1", "item", "Năm 2024", "10400", true, "A4"],
      ["-", "of-which", "Kinh phí chi thường xuyên", "6400", false, "A6"],
      ["-", "of-which", "Đầu tư phát triển", "4000", false, "A7"],
      ["1.2", "item", "Năm 2025", "28100", true, "A8"],
      ["", "of-which", "Trong đó: kinh phí chi thường xuyên", "8100", false, "A9"],
      ["", "of-which", "Đầu tư phát triển", "20000", false, "A10"],
      ["1.3", "item", "Giai đoạn 2026 - 2030", "66250", true, "A11"],
      ["-", "of-which", "Kinh phí chi thường xuyên", "30450", false, "A13"],
      ["-", "of-which", "Đầu tư phát triển", "35800", false, "A14"],
    ]);

    // The appendix leaves them out: the agency's SUM is over its three periods, TỔNG is 104.750.
    const book = readWorkbook(workbook);
    const sheet = sheetRows(book, "Phụ lục");
    const columns = appendixColumns(sheet);
    const labels = sheet.map((row) => String(row[columns.label] ?? ""));
    expect(labels.filter((label) => /chi thường xuyên|Đầu tư phát triển/.test(label))).toEqual([]);
    expect(figuresOf(sheet, columns, GRAND_TOTAL)[0]).toBe(104750);
    // The first SUM of the total column is the agency's line (the table has no sections).
    const agencySum = formulaCells(book, "Phụ lục").find((cell) => cell.column === columns.total);
    const [from, to] = (agencySum?.formula.match(/\d+/g) ?? []).map(Number);
    expect(labels.slice((from ?? 0) - 1, to)).toEqual(["Năm 2024", "Năm 2025", "Giai đoạn 2026 - 2030"]);
  });

  it("finds no false sum or row-code finding on them", async () => {
    const check = await budget("check", SEED002, "--format", "json");
    const findings = (JSON.parse(check.stdout) as { diagnostics: Finding[] }).diagnostics;
    expect(findings.map((f) => f.code)).toEqual(["BC406"]);
  });

  it("finds an 'of which' figure larger than the row it details at its cell (BC216), in both languages", async () => {
    const folder = tempFolder();
    const csv = join(folder, "kinh-phi.csv");
    writeFileSync(
      csv,
      [
        "DỰ KIẾN KINH PHÍ CÁC NĂM",
        ",,Đơn vị tính: triệu đồng",
        "TT,Nội dung,Kinh phí,Nguồn vốn",
        "1,Năm 2024,10.400,",
        ",Trong đó:,,",
        "-,Kinh phí chi thường xuyên,16.400,CTX",
        "-,Đầu tư phát triển,4.000,ĐTPT",
        "2,Năm 2025,28.100,",
        "",
      ].join("\r\n"),
    );
    const check = await budget("check", csv, "--format", "json");
    const findings = (JSON.parse(check.stdout) as { diagnostics: Finding[] }).diagnostics.filter((f) => f.code !== "BC406");
    expect(findings.map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([["BC216", "C6", "10400", "16400"]]);
    expect(check.code).toBe(1);
    const text = await budget("check", csv);
    expect(text.stdout).toContain('lỗi BC216 Cột Tổng kinh phí: số "trong đó" là 16.400, lớn hơn số của dòng trên (10.400).');
    const english = await budget("check", csv, "--lang", "en");
    expect(english.stdout).toContain('error BC216 Column Total: the "of which" figure 16,400 is larger than the row above (10,400).');
    // Still not added: the total is the two periods' 38.500.
    const totals = JSON.parse((await budget("totals", csv, "--format", "json")).stdout) as { total: string };
    expect(totals.total).toBe("38500");
  });

  it("reads them under an agency row, an item and the Tổng cộng row alike; numbered sub-items stay sub-items", async () => {
    const folder = tempFolder();
    const csv = join(folder, "so-tu-phap.csv");
    writeFileSync(
      csv,
      [
        "DANH MỤC",
        ",,Đơn vị tính: triệu đồng",
        "STT,Nội dung,Kinh phí,Nguồn vốn",
        "1,Sở Tư pháp,300,",
        ",Trong đó: NSTW,400,",
        "1.1,Số hóa,100,CTX",
        ",Bao gồm:,,",
        "-,Phần mềm,30,",
        "-,Thiết bị,50,",
        "1.2,Một cửa,200,CTX",
        "(1),Bản quyền,80,",
        "(2),Triển khai,120,",
        ",Tổng cộng,300,",
        ",Gồm: CTX,300,",
        "",
      ].join("\r\n"),
    );
    const check = await budget("check", csv, "--format", "json");
    const findings = (JSON.parse(check.stdout) as { diagnostics: Finding[] }).diagnostics;
    // The agency row's "of which" NSTW (400) is more than the agency's 300; the total's CTX (300) is not.
    expect(findings.map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([["BC216", "C5", "300", "400"]]);
    const folderOut = tempFolder();
    const rowsFile = join(folderOut, "rows.json");
    await budget("consolidate", csv, "-o", join(folderOut, "phu-luc.xlsx"), "--rows", rowsFile, "--format", "none");
    const document = JSON.parse(readFileSync(rowsFile, "utf8")) as { total: string; rows: RowJson[] };
    expect(document.total).toBe("300");
    expect(document.rows.map((row) => [row.code, row.level, row.total, row.inTotal])).toEqual([
      ["1", "agency", "300", false],
      ["1.1", "item", "100", true],
      ["-", "of-which", "30", false],
      ["-", "of-which", "50", false],
      ["1.2", "item", "200", false],
      ["(1)", "sub-item", "80", true],
      ["(2)", "sub-item", "120", true],
    ]);
  });
});
