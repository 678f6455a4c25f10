import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type PrintedPage, pdfAsPrintedByLibreOffice, poppler, SOFFICE_MISSING, sheetsAsSeenByLibreOffice, soffice } from "../support/libreoffice.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

const READY = soffice !== undefined && poppler;

/** The footer page number of a printed page (`Trang 2` → 2). */
function pageNumber(text: string): number | undefined {
  const found = /Trang (\d+)\s*$/u.exec(text.trimEnd());
  return found ? Number(found[1]) : undefined;
}

describe.skipIf(!READY)(
  READY ? "the appendix of fixtures/forms as LibreOffice prints it" : `appendix print (skipped: ${SOFFICE_MISSING}, and poppler-utils)`,
  () => {
    let workbook = "";
    let printed: { text: string[] } = { text: [] };
    beforeAll(async () => {
      workbook = join(tempFolder(), "phu-luc.xlsx");
      expect((await budget("consolidate", "fixtures/forms", "-o", workbook, "--format", "none")).code).toBe(0);
      printed = { text: (await pdfAsPrintedByLibreOffice(workbook)).map((page: PrintedPage) => page.text) };
    }, 120_000);

    it("numbers the pages of each sheet from 1, and prints the 15 items of Phụ lục on 2 pages, the workbook on 6", () => {
      const numbers = printed.text.map(pageNumber);
      expect(numbers.every((n) => n !== undefined)).toBe(true);
      // Five sheets, each starting at Trang 1 and counting up from there.
      expect(numbers.filter((n) => n === 1)).toHaveLength(5);
      numbers.forEach((n, i) => {
        expect(n === 1 || n === (numbers[i - 1] ?? 0) + 1).toBe(true);
      });
      const appendixPages = numbers.indexOf(1, 1);
      expect(appendixPages).toBe(2);
      expect(printed.text[0]).toContain("TỔNG HỢP NHIỆM VỤ CHUYỂN ĐỔI SỐ");
      expect(printed.text[1]).toContain("Bằng chữ");
      // The whole workbook: Phụ lục 2, Tổng hợp 1, Nhóm nhiệm vụ 1, Kiểm tra 1 (its 8 findings), Nguồn 1 (it was 8).
      expect(printed.text.length).toBeLessThanOrEqual(6);
    });

    it("shows a missing amount as `-`, as it shows a subtotal of zero", () => {
      const appendix = printed.text.slice(0, 2).join("\n");
      // Sở Nội vụ's 1.2 has no 2025 amount; Sở Tư pháp's subtotal for 2025 is zero.
      expect(appendix).toMatch(/Số hoá hồ sơ người có công\s+7\.500\s+-\s+7\.500/u);
      expect(appendix).toMatch(/Sở Tư pháp\s+1\.000\s+-\s+1\.000/u);
    });

    it("prints Nhóm nhiệm vụ upright on one page, with Chưa phân nhóm and a total of 148.165", async () => {
      const groupsPage = printed.text.findIndex((text) => text.includes("KINH PHÍ THEO NHÓM NHIỆM VỤ"));
      expect(pageNumber(printed.text[groupsPage + 1] ?? "")).toBe(1);
      expect(printed.text[groupsPage]).toMatch(/Chưa phân nhóm\s+44\.000/u);
      expect(printed.text[groupsPage]).toMatch(/TỔNG CỘNG\s+148\.165/u);
      // Recalculated by LibreOffice, the groups and the unassigned line add up to the total.
      const rows = (await sheetsAsSeenByLibreOffice(workbook, { recalculate: true })).get("Nhóm nhiệm vụ") ?? [];
      const unassigned = rows.findIndex((row) => row[1] === "Chưa phân nhóm");
      const groups = rows.slice(0, unassigned).filter((row) => /^\d+$/u.test(row[0] ?? ""));
      expect(groups.reduce((total, row) => total + Number(row[2] || "0"), 0)).toBe(104165);
      expect(rows[unassigned]?.[2]).toBe("44000");
      expect(rows.at(-1)?.slice(1, 3)).toEqual(["TỔNG CỘNG", "148165"]);
    }, 120_000);
  },
);
