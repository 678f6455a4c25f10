import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { CheckDocumentSchema } from "../../src/schemas/check-schema.js";
import { diagnosticMessage } from "../../src/write/diagnostic-message.js";
import { checkGrids, sheetOf } from "../validate/form-grid.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

const FORMS = [
  "fixtures/forms/01-van-phong-tinh-uy.xlsx",
  "fixtures/forms/02-chi-cuc-kiem-lam.xlsx",
  "fixtures/forms/03-so-noi-vu.xlsx",
  "fixtures/forms/04-so-tu-phap.xlsx",
  "fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx",
];

/** The embedded plan exported with `budget plan --export`, its years changed to 2026–2027 (a plan a year on). */
async function planOf2026To2027(): Promise<string> {
  const file = join(tempFolder(), "ke-hoach-2027.yaml");
  expect((await budget("plan", "--export", file)).code).toBe(0);
  const document = parseDocument(readFileSync(file, "utf8"));
  document.set("years", [2026, 2027]);
  writeFileSync(file, document.toString());
  return file;
}

describe("BC408: a year column outside the plan's years is named, not added in silence", () => {
  it("names the 2025 column (sheet, header cell, year, the plan's years) of every form under a 2026–2027 plan, and still adds it", async () => {
    const plan = await planOf2026To2027();
    const vi = await budget("totals", "fixtures/forms", "--plan", plan, "--format", "json");
    expect(vi.code).toBe(0);
    const lines = vi.stderr.split("\n").filter((line) => line.includes("BC408"));
    expect(lines).toEqual(
      FORMS.map(
        (file) =>
          `${file}:Biểu mẫu!H8: cảnh báo BC408 Cột năm 2025 nằm ngoài các năm của kế hoạch (2026–2027); số liệu của cột vẫn được tổng hợp vào năm 2025.`,
      ),
    );
    // The figures are still consolidated under 2025: the warning is the whole change.
    expect(JSON.parse(vi.stdout)).toMatchObject({ years: [2025, 2026, 2027], total: "148165", byYear: { "2025": "65562", "2026": "82603" } });

    const en = await budget("check", "fixtures/forms", "--plan", plan, "--format", "json", "--only", "BC408", "--lang", "en");
    // Warnings: exit 0, as without --strict.
    expect(en.code).toBe(0);
    const report = CheckDocumentSchema.parse(JSON.parse(en.stdout));
    expect(report.diagnostics.map((d) => [d.file, d.sheet, d.cell, d.severity, d.actual, d.expected, d.message])).toEqual(
      FORMS.map((file) => [
        file,
        "Biểu mẫu",
        "H8",
        "warning",
        "2025",
        "2026–2027",
        "Year column 2025 is outside the plan's years (2026–2027); its figures are still consolidated under 2025.",
      ]),
    );
  });

  it("names the appendix's amount column, whose merged header states its year (`Kinh phí năm 2025`), at that header cell", async () => {
    const plan = await planOf2026To2027();
    const { code, stdout } = await budget("check", "fixtures/appendix", "--plan", plan, "--format", "json", "--only", "BC408");
    expect(code).toBe(0);
    const report = CheckDocumentSchema.parse(JSON.parse(stdout));
    expect(report.diagnostics.map((d) => [d.file, d.sheet, d.cell, d.actual, d.expected, d.args, d.message])).toEqual([
      [
        "fixtures/appendix/seed004-skhcn-2025.xlsx",
        "Phụ lục",
        "E5",
        "2025",
        "2026–2027",
        { column: "Kinh phí năm 2025" },
        'Cột năm 2025 ("Kinh phí năm 2025") nằm ngoài các năm của kế hoạch (2026–2027); số liệu của cột vẫn được tổng hợp vào năm 2025.',
      ],
    ]);
  });

  it("says nothing under the embedded 2025–2026 plan", async () => {
    const { code, stderr } = await budget("check", "fixtures/forms", "--only", "BC408");
    expect(code).toBe(0);
    expect(stderr).not.toContain("BC408");
  });

  it("names an amount column that states its year (`Kinh phí năm 2027`) in a table without year columns, with its header text", () => {
    const grid = {
      file: "so-tu-phap.xlsx",
      sheets: [
        sheetOf("Phụ lục", [
          ["Đơn vị tính: triệu đồng"],
          ["STT", "Nội dung", "Kinh phí năm 2027", "Nguồn vốn"],
          ["1", "Sở Tư pháp", 100, null],
          ["1.1", "Số hóa hồ sơ", 100, "NST"],
        ]),
      ],
    };
    const found = checkGrids([grid], defaultPlan()).filter((d) => d.code === "BC408");
    expect(found).toEqual([
      {
        code: "BC408",
        severity: "warning",
        file: "so-tu-phap.xlsx",
        sheet: "Phụ lục",
        cell: "C2",
        row: 2,
        actual: "2027",
        expected: "2025–2026",
        args: { column: "Kinh phí năm 2027" },
      },
    ]);
  });

  it("names the year a title gives a table without year columns (`… NĂM 2027`), at the title's cell", () => {
    const title = "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ SỞ TƯ PHÁP NĂM 2027";
    const grid = {
      file: "so-tu-phap.xlsx",
      sheets: [sheetOf("Phụ lục", [[title], ["Đơn vị tính: triệu đồng"], ["STT", "Nội dung", "Kinh phí", "Nguồn vốn"], ["1", "Số hóa hồ sơ", 100, "NST"]])],
    };
    const found = checkGrids([grid], defaultPlan()).filter((d) => d.code === "BC408");
    expect(found).toEqual([
      {
        code: "BC408",
        severity: "warning",
        file: "so-tu-phap.xlsx",
        sheet: "Phụ lục",
        cell: "A1",
        row: 1,
        actual: "2027",
        expected: "2025–2026",
        args: { title },
      },
    ]);
    expect(found.map((d) => diagnosticMessage(d, "en"))).toEqual([
      `Year column 2027 (the year the title states: "${title}") is outside the plan's years (2025–2026); its figures are still consolidated under 2027.`,
    ]);
  });
});
