import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SheetXml } from "../../src/write/xlsx/sheet-xml.js";
import { Style } from "../../src/write/xlsx/styles.js";
import { xlsxPackage } from "../../src/write/xlsx/xlsx-package.js";
import { budget, tempFolder } from "../cli/plan-cli-runner.js";
import { appendixColumns, figuresOf, formulaCells, GRAND_TOTAL, readWorkbook, type SheetRows } from "../support/appendix-sheet.js";
import { SOFFICE_MISSING, sheetsAsSeenByLibreOffice, soffice } from "../support/libreoffice.js";
import { bigFormBytes } from "./appendix-forms.js";
import { HOSTILE_TASKS, hostileFormBytes } from "./rows-forms.js";

const SOFFICE_TEST = { timeout: 90_000 };

/** Seed 000 agencies with their published total, 2025 and 2026 amounts (triệu đồng). */
const SEED_000_AGENCIES: ReadonlyArray<readonly [string, number, number, number]> = [
  ["Văn phòng Tỉnh ủy", 79000, 39000, 40000],
  ["Sở Nội vụ", 39075, 9472, 29603],
  ["Sở Khoa học và Công nghệ", 28000, 16000, 12000],
  ["Sở Tư pháp", 1000, 0, 1000],
  ["Chi cục Kiểm lâm", 1090, 1090, 0],
];

describe.skipIf(soffice === undefined)(
  soffice === undefined ? `LibreOffice (skipped: ${SOFFICE_MISSING})` : "LibreOffice, recalculating on load, opens the appendix workbook",
  () => {
    it("recalculates a deliberately wrong cached value with the test profile, and shows it without", SOFFICE_TEST, async () => {
      const sheet = new SheetXml({ columns: [{ width: 10 }], frozenRows: 0, gridLines: true, summaryAbove: false, page: "" });
      sheet.row(1).number(1, 1, Style.none);
      sheet.row(2).number(1, 2, Style.none);
      sheet.row(3).formula(1, "SUM(A1:A2)", 999, Style.none);
      const path = join(tempFolder(), "stale.xlsx");
      writeFileSync(path, await xlsxPackage([{ name: "Stale", xml: sheet.xml() }], new Date(Date.UTC(2000, 0, 1))));

      // Each run has its own profile, so both can run at once and stay within the test's time.
      const [recalculated, asCached] = await Promise.all([
        sheetsAsSeenByLibreOffice(path, { recalculate: true }),
        sheetsAsSeenByLibreOffice(path, { recalculate: false }),
      ]);
      expect(recalculated.get("Stale")).toEqual([["1"], ["2"], ["3"]]);
      expect(asCached.get("Stale")).toEqual([["1"], ["2"], ["999"]]);
    });

    it("seed 000: every formula it computes equals our cached value, and the totals are the published ones", SOFFICE_TEST, async () => {
      const { path, seen } = await consolidateAndOpen("fixtures/forms");
      const rows = seen.get("Phụ lục") ?? [];
      const columns = appendixColumns(rows);
      expect(columns.years.map(({ year }) => year)).toEqual(["2025", "2026"]);
      expect(figuresOf(rows, columns, GRAND_TOTAL)).toEqual([148165, 65562, 82603]);
      for (const [agency, ...figures] of SEED_000_AGENCIES) expect(figuresOf(rows, columns, agency), agency).toEqual(figures);
      expect(figuresOf(rows, columns, "Cơ quan Khối Đảng")).toEqual([79000, 39000, 40000]);
      expect(figuresOf(rows, columns, "Cơ quan chuyên môn thuộc UBND tỉnh; Hội đoàn thể")).toEqual([69165, 26562, 42603]);
      expectSameAsCached(path, seen);
    });

    it("seed 004: every formula it computes equals our cached value, and the total is the published 52.538", SOFFICE_TEST, async () => {
      const { path, seen } = await consolidateAndOpen("fixtures/appendix");
      const rows = seen.get("Phụ lục") ?? [];
      const columns = appendixColumns(rows);
      expect(figuresOf(rows, columns, GRAND_TOTAL)[0]).toBe(52538);
      expect(figuresOf(rows, columns, "Sở Khoa học và Công nghệ")[0]).toBe(52538);
      expectSameAsCached(path, seen);
    });

    it(
      "a 150-task agency summed by SUMIF over the hidden level column, and hostile names: every formula as cached, the names still text",
      SOFFICE_TEST,
      async () => {
        const folder = tempFolder();
        writeFileSync(join(folder, "big.xlsx"), bigFormBytes(150));
        writeFileSync(join(folder, "hostile.xlsx"), hostileFormBytes());
        const { path, seen } = await consolidateAndOpen(folder);
        const rows = seen.get("Phụ lục") ?? [];
        const columns = appendixColumns(rows);
        expect(figuresOf(rows, columns, "Sở Tư pháp")).toEqual([450, 150, 300]);
        // A figure with decimals comes out with the decimal comma of the cells' Vietnamese number format.
        expect(rows.find((row) => GRAND_TOTAL.test(String(row[columns.label])))?.[columns.total]).toBe("123456789469,8");
        const names = new Set(rows.map((row) => row[columns.label]));
        for (const [name] of HOSTILE_TASKS) expect(names.has(name), name).toBe(true);
        expectSameAsCached(path, seen);
      },
    );
  },
);

/** Consolidates `input` with the built CLI into a fresh .xlsx and has LibreOffice open it with recalculation forced. */
async function consolidateAndOpen(input: string): Promise<{ path: string; seen: Map<string, string[][]> }> {
  const path = join(tempFolder(), "phu-luc.xlsx");
  const run = await budget("consolidate", input, "-o", path);
  expect(run.code, run.stderr).toBe(0);
  return { path, seen: await sheetsAsSeenByLibreOffice(path, { recalculate: true }) };
}

/** Every formula cell of every sheet of the workbook at `path`: LibreOffice's figure equals the result we cached. */
function expectSameAsCached(path: string, seen: ReadonlyMap<string, SheetRows>): void {
  const workbook = readWorkbook(path);
  const ours = workbook.SheetNames.flatMap((name) => formulaCells(workbook, name).map((cell) => ({ sheet: name, ...cell })));
  expect(ours.filter(({ sheet }) => sheet === "Phụ lục").length).toBeGreaterThanOrEqual(9);
  const theirs = ours.map((cell) => {
    const text = seen.get(cell.sheet)?.[cell.row]?.[cell.column];
    return { ...cell, cached: typeof text === "string" && text !== "" ? Number(text.replace(",", ".")) : text };
  });
  expect(theirs).toEqual(ours);
}
