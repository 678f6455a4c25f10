// `budget inspect`: how the tool read one file. Every layout fixture is inspected and its JSON checked
// against the document's schema; each one's columns (role, period, a unit stated in the column), the
// sheet's unit and the roles of its rows are asserted, as the fixture builders lay them out.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type InspectDocument, InspectDocumentSchema } from "../../src/schemas/inspect-schema.js";
import { budget, tempFile } from "./plan-cli-runner.js";

async function inspected(file: string, ...flags: string[]): Promise<InspectDocument> {
  const { stdout } = await budget("inspect", file, "--format", "json", ...flags);
  return InspectDocumentSchema.parse(JSON.parse(stdout));
}

type Table = NonNullable<InspectDocument["sheets"][number]["table"]>;

/** A table in one line: `sheet | unit/from | A:code B:name C:amount(đồng) D:2025 S:name! | agency=1,item=3 | total=300`. */
function signature(name: string, table: Table): string {
  const columns = table.columns.map((c) => {
    const role = c.role === "period-amount" ? String(c.period) : c.role === "task-group" ? "g" : c.role;
    const unit = c.unit?.from === "column" ? `(${c.unit.name})` : "";
    return `${c.column}:${role}${unit}${c.read ? "" : "!"}`;
  });
  const roles = new Map<string, number>();
  for (const row of table.rows) roles.set(row.role, (roles.get(row.role) ?? 0) + 1);
  const total = table.rows.find((row) => row.role === "total")?.amount?.value ?? "-";
  return [name, `${table.unit.name}/${table.unit.from}`, columns.join(" "), [...roles].map(([k, v]) => `${k}=${v}`).join(","), `total=${total}`].join(" | ");
}

async function signatures(file: string): Promise<string[]> {
  const document = await inspected(file);
  return document.sheets.flatMap((sheet) => (sheet.table ? [signature(sheet.name, sheet.table)] : []));
}

// The official form (seed 000's layout). Column S (`Nghị quyết số 57-NQ/TW › Nhóm nhiệm vụ khác … 57-NQTW`)
// is the task group `khac_nq57`: the leaf spells `57-NQTW` where the plan's group says `57-NQ/TW`, and
// document numbers are compared without their punctuation. (It was once read as a second name column.)
const FORM =
  "A:code B:name C:objective D:period E:amount F:publicInvestment G:recurrentTotal H:2025 I:2026 J:g K:g L:g M:g N:g O:g P:g Q:g R:g S:g T:commitment";
const SMALL = "A:code B:name C:amount D:2025 E:2026";
const SEED004 = "A:code B:name C:leadUnit D:period E:fundingSource F:amount";

const EXPECTED: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["fixtures/forms/01-van-phong-tinh-uy.xlsx", [`Biểu mẫu | triệu đồng/line | ${FORM} | agency=1,item=3 | total=-`]],
  ["fixtures/forms/02-chi-cuc-kiem-lam.xlsx", [`Biểu mẫu | triệu đồng/line | ${FORM} | agency=1,item=1 | total=-`]],
  ["fixtures/forms/03-so-noi-vu.xlsx", [`Biểu mẫu | triệu đồng/line | ${FORM} | agency=1,item=2 | total=-`]],
  ["fixtures/forms/04-so-tu-phap.xlsx", [`Biểu mẫu | triệu đồng/line | ${FORM} | agency=1,item=1 | total=-`]],
  ["fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx", [`Biểu mẫu | triệu đồng/line | ${FORM} | agency=1,item=5,sub-item=2 | total=-`]],
  ["fixtures/seeds/seed000-form.xlsx", [`Biểu mẫu | triệu đồng/line | ${FORM} | agency=5,item=12,sub-item=2,total=1 | total=148165`]],
  ["fixtures/formats/seed/seed000-form.xls", [`Biểu mẫu | triệu đồng/line | ${FORM} | agency=5,item=12,sub-item=2,total=1 | total=148165`]],
  ["fixtures/formats/seed/seed000-form.ods", [`Biểu mẫu | triệu đồng/line | ${FORM} | agency=5,item=12,sub-item=2,total=1 | total=148165`]],
  ["fixtures/formats/seed/seed000-form.xlsm", [`Biểu mẫu | triệu đồng/line | ${FORM} | agency=5,item=12,sub-item=2,total=1 | total=148165`]],
  ["fixtures/formats/seed/seed000-form.tsv", [`seed000-form | triệu đồng/line | ${FORM} | agency=5,item=12,sub-item=2,total=1 | total=148165`]],
  [
    "fixtures/formats/seed/seed000-form-utf8-comma.csv",
    [`seed000-form-utf8-comma | triệu đồng/line | ${FORM} | agency=5,item=12,sub-item=2,total=1 | total=148165`],
  ],
  [
    "fixtures/formats/seed/seed000-form-utf8-bom-semicolon.csv",
    [`seed000-form-utf8-bom-semicolon | triệu đồng/line | ${FORM} | agency=5,item=12,sub-item=2,total=1 | total=148165`],
  ],
  [
    "fixtures/formats/seed/seed000-form-utf16be-semicolon.csv",
    [`seed000-form-utf16be-semicolon | triệu đồng/line | ${FORM} | agency=5,item=12,sub-item=2,total=1 | total=148165`],
  ],
  [
    "fixtures/formats/seed/seed000-form-utf16le-nobom-semicolon.csv",
    [`seed000-form-utf16le-nobom-semicolon | triệu đồng/line | ${FORM} | agency=5,item=12,sub-item=2,total=1 | total=148165`],
  ],
  [
    "fixtures/formats/seed/seed000-form-utf16le-tab.txt",
    [`seed000-form-utf16le-tab | triệu đồng/line | ${FORM} | agency=5,item=12,sub-item=2,total=1 | total=148165`],
  ],
  [
    "fixtures/formats/seed/seed000-form-windows1258-semicolon.csv",
    [`seed000-form-windows1258-semicolon | triệu đồng/line | ${FORM} | agency=5,item=12,sub-item=2,total=1 | total=148165`],
  ],
  ["fixtures/formats/seed/seed000-appendix.xlsx", [`Phụ lục | triệu đồng/line | ${SMALL} | section=2,agency=5,item=12,sub-item=2,total=1 | total=148165`]],
  ["fixtures/formats/seed/seed000-appendix.ods", [`Phụ lục | triệu đồng/line | ${SMALL} | section=2,agency=5,item=12,sub-item=2,total=1 | total=148165`]],
  ["fixtures/appendix/seed004-skhcn-2025.xlsx", [`Phụ lục | triệu đồng/line | ${SEED004} | item=28,total=1 | total=52538`]],
  ["fixtures/formats/seed/seed004-appendix.xls", [`Phụ lục | triệu đồng/line | ${SEED004} | item=28,total=1 | total=52538`]],
  ["fixtures/formats/seed/seed004-appendix.ods", [`Phụ lục | triệu đồng/line | ${SEED004} | item=28,total=1 | total=52538`]],
  [
    "fixtures/formats/seed/seed004-appendix-utf8-bom-semicolon.csv",
    [`seed004-appendix-utf8-bom-semicolon | triệu đồng/line | ${SEED004} | item=28,total=1 | total=52538`],
  ],
  [
    "fixtures/seeds/seed001-skhcn-excerpt.xlsx",
    ["Phụ lục 2 | triệu đồng/label | A:code B:name C:amount(triệu đồng) D:fundingSource E:legalBasis | section=1,agency=1,item=27,total=1 | total=27519"],
  ],
  ["fixtures/plans/seed002-kinh-phi.xlsx", ["Kinh phí | đồng/line | A:code B:name C:amount D:fundingSource | item=3,note=2,of-which=6 | total=-"]],
  [
    "fixtures/plans/seed003-table-vii.xlsx",
    ["VII | triệu đồng/line | A:code B:name C:leadUnit D:objective E:period F:amount G:fundingSource H:fundingSource! | item=8,sub-item=4 | total=-"],
  ],
  ["fixtures/units/nghi-huu-truoc-tuoi-10-tinh.xlsx", ["Phụ lục | triệu đồng/line | A:code B:name C:amount | item=10,total=1 | total=19313"]],
  ["fixtures/units/mua-bao-11-dia-phuong.xlsx", ["Phụ lục | tỷ đồng/line | A:code B:name C:amount | total=1,item=11 | total=140000"]],
  ["fixtures/units/kham-chua-benh-tre-em-5-tinh.csv", ["kham-chua-benh-tre-em-5-tinh | tỷ đồng/line | A:code B:name C:amount | total=1,item=5 | total=86034"]],
  // A list whose name column is `Tỉnh` alone; the amount's unit is in its label, the year in the title.
  ["fixtures/units/o-nhiem-moi-truong-9-tinh.xlsx", ["Phụ lục | triệu đồng/label | A:code B:name C:amount(triệu đồng) | item=9,total=1 | total=108885"]],
  ["fixtures/units/bao-so-10-15-dia-phuong.csv", ["bao-so-10-15-dia-phuong | triệu đồng/line | A:code B:name C:amount | total=1,item=15 | total=2524000"]],
  ["fixtures/units/mua-lu-2009-15-tinh-gao.xlsx", ["Phụ lục | tỷ đồng/label | A:code B:name C:amount(tỷ đồng) D:unknown! | item=15,total=1 | total=220000"]],
  ["fixtures/units/hoc-sinh-thpt-7-tinh.csv", ["hoc-sinh-thpt-7-tinh | tỷ đồng/line | A:code B:name C:amount | item=7,total=1 | total=62835"]],
  [
    "fixtures/units/ho-tro-khan-cap-700-ty-trong-do.xlsx",
    ["Kế hoạch | tỷ đồng/line | A:code B:name C:amount D:fundingSource | item=1,note=1,of-which=4,total=1 | total=700000"],
  ],
  ["fixtures/units/mua-lu-4-tinh-dong.xlsx", ["Phụ lục | đồng/label | A:code B:name C:amount(đồng) | total=1,item=4 | total=140000"]],
  [
    "fixtures/units-mixed/vptu-kinh-phi-trieu-dong.xlsx",
    ["Phụ lục 2 | triệu đồng/label | A:code B:name C:amount(triệu đồng) D:fundingSource E:legalBasis | section=1,agency=1,item=11 | total=-"],
  ],
  [
    "fixtures/units-mixed/vptu-nghin-dong.xlsx",
    ["Phụ lục 2 | nghìn đồng/line | A:code B:name C:amount D:fundingSource E:legalBasis | section=1,agency=1,item=11 | total=-"],
  ],
  [
    "fixtures/units-mixed/vptu-dong-va-trieu-dong.xlsx",
    ["Phụ lục 2 | triệu đồng/line | A:code B:name C:amount(đồng) D:2025(triệu đồng) E:fundingSource | section=1,agency=1,item=11 | total=-"],
  ],
  ["fixtures/formats/amount/date-formatted.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2 | total=-`]],
  ["fixtures/formats/amount/dot-decimal-ambiguous.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2 | total=-`]],
  ["fixtures/formats/amount/dot-decimal-with-evidence.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2 | total=-`]],
  ["fixtures/formats/amount/formula-cached.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2 | total=-`]],
  ["fixtures/formats/amount/formula-error.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2 | total=-`]],
  ["fixtures/formats/amount/formula-no-cache.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2 | total=-`]],
  ["fixtures/formats/amount/negative-parentheses.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2 | total=-`]],
  ["fixtures/formats/amount/text-amounts.csv", [`text-amounts | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=1354.5`]],
  ["fixtures/formats/amount/text-dong-spaces.xlsx", [`Biểu mẫu | đồng/line | ${SMALL} | agency=1,item=2 | total=-`]],
  ["fixtures/formats/amount/text-vietnamese.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2 | total=-`]],
  ["fixtures/formats/code/misplaced-code.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=2,item=3 | total=-`]],
  ["fixtures/formats/code/typed-codes.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | section=1,agency=1,item=3,sub-item=5 | total=-`]],
  ["fixtures/formats/container/standard.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/container/csv-named.xlsx", [`csv-named | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/container/html-table.xls", [`Sheet1 | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/encoding/nfd-eth.csv", [`nfd-eth | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/encoding/tcvn3.csv", [`tcvn3 | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/encoding/tcvn3.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/encoding/vni.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/encoding/tcvn3-capital-font.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/encoding/tcvn3-capital-font.xls", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/encoding/tcvn3-capital-font.ods", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/shape/blank-rows-notes.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/shape/header-deep.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} F:fundingSource | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/shape/header-synonyms.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} F:fundingSource | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/shape/hidden-rows.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/shape/hidden-rows.xls", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/shape/hidden-rows.ods", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/shape/missing-amount.xlsx", []],
  ["fixtures/formats/shape/several-sheets.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/shape/split-part-1.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=1 | total=-`]],
  ["fixtures/formats/shape/split-part-2.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} | agency=1,item=1 | total=-`]],
  [
    "fixtures/formats/shape/two-forms.xlsx",
    [
      `Năm 2025 | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`,
      `Bản nháp | triệu đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=600`,
    ],
  ],
  ["fixtures/formats/shape/unit-dong.xlsx", [`Biểu mẫu | đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/shape/unit-nghin-dong.xlsx", [`Biểu mẫu | nghìn đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/shape/unit-ty-dong.xlsx", [`Biểu mẫu | tỷ đồng/line | ${SMALL} | agency=1,item=2,total=1 | total=300`]],
  ["fixtures/formats/shape/unknown-column.xlsx", [`Biểu mẫu | triệu đồng/line | ${SMALL} F:unknown! | agency=1,item=2,total=1 | total=300`]],
];

describe("budget inspect on every layout fixture", () => {
  it.each(EXPECTED)("%s", async (file, tables) => {
    expect(await signatures(file)).toEqual(tables);
  });
});

/** Every file under the layout fixture folders, including those added after this test was written. */
function layoutFixtures(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder)
      .sort()
      .flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? walk(path) : /\.(xlsx|xlsm|xls|ods|csv|tsv|txt)$/i.test(name) ? [path] : [];
      });
  return ["fixtures/forms", "fixtures/formats", "fixtures/units", "fixtures/units-mixed", "fixtures/plans", "fixtures/seeds", "fixtures/appendix"].flatMap(
    walk,
  );
}

describe("budget inspect on any fixture", () => {
  it("gives a valid document for every file, each money column of a form with its unit, each row a role", async () => {
    const files = layoutFixtures();
    expect(files.length).toBeGreaterThanOrEqual(EXPECTED.length);
    for (const file of files) {
      const { code, stdout } = await budget("inspect", file, "--format", "json");
      expect(code, file).toBeLessThan(2);
      const document = InspectDocumentSchema.parse(JSON.parse(stdout));
      for (const sheet of document.sheets) {
        for (const column of sheet.table?.columns ?? []) {
          const money = ["amount", "recurrentTotal", "publicInvestment", "period-amount", "task-group"].includes(column.role);
          if (money) expect(column.unit, `${file} ${column.column}`).not.toBeNull();
        }
        for (const row of sheet.table?.rows ?? []) expect(row.row, file).toBeGreaterThan(sheet.table?.header.bottom ?? 0);
      }
    }
  });
});

describe("what the inspection says about a file", () => {
  it("names the sheets and why the others hold no form", async () => {
    const document = await inspected("fixtures/formats/shape/several-sheets.xlsx");
    expect(document.sheets.map((s) => [s.name, s.form, s.notFormBecause])).toEqual([
      ["Hướng dẫn", false, "BC102"],
      ["Biểu mẫu", true, null],
      ["Sheet3", false, null],
    ]);
  });

  it("with --sheet, reads only that sheet and says the others were not read", async () => {
    const document = await inspected("fixtures/formats/shape/two-forms.xlsx", "--sheet", "Bản nháp");
    expect(document.sheets.map((s) => [s.name, s.read, s.form])).toEqual([
      ["Năm 2025", false, false],
      ["Bản nháp", true, true],
    ]);
    // The draft's own total, 600, not the 2025 sheet's 300.
    expect(document.sheets[1]?.table?.rows.find((r) => r.role === "total")?.amount?.value).toBe("600");
  });

  it("says why a column got its role: the label, under which parent, from where", async () => {
    const table = (await inspected("fixtures/seeds/seed000-form.xlsx")).sheets[0]?.table;
    const column = (letter: string) => table?.columns.find((c) => c.column === letter);
    expect(table?.header).toEqual({ top: 5, bottom: 8 });
    expect(column("G")?.match).toMatchObject({ by: "total-under", label: "Tổng số" });
    expect(column("G")?.match.under).toContain("kinh phí thường xuyên");
    expect(column("H")).toMatchObject({
      role: "period-amount",
      year: 2025,
      period: "2025",
      match: { by: "period", label: "2025" },
      unit: { name: "triệu đồng", from: "line" },
    });
    expect(column("L")).toMatchObject({ role: "task-group", taskGroup: "du_lieu", match: { by: "task-group" } });
    expect(column("A")?.match).toEqual({ by: "plan", label: "STT", under: null, closest: null, quantity: null });
    expect(column("S")).toMatchObject({ role: "task-group", taskGroup: "khac_nq57", match: { by: "task-group" } });
  });

  it("shows the seed-000 rows with their roles, printed and placed codes, and the printed totals", async () => {
    const rows = (await inspected("fixtures/seeds/seed000-form.xlsx")).sheets[0]?.table?.rows ?? [];
    const total = rows.find((r) => r.role === "total");
    // The printed total of seed 000: 148.165, split 2025: 65.562 / 2026: 82.603.
    expect(total?.amount?.value).toBe("148165");
    expect(total?.periods.map((p) => [p.period, p.amount.value])).toEqual([
      ["2025", "65562"],
      ["2026", "82603"],
    ]);
    expect(rows.filter((r) => r.role === "agency").map((r) => r.placed)).toEqual(["1", "2", "3", "4", "5"]);
    // Seed 000 numbers an item `4,5` under agency 5: placed at 5.5.
    expect(rows.find((r) => r.code === "4,5")).toMatchObject({ role: "item", placed: "5.5", depth: 1 });
  });

  it("shows a section row, and keeps an agency's own number: seed 001's Sở KH&CN is 3, its items 3.1… (27.519)", async () => {
    const rows = (await inspected("fixtures/seeds/seed001-skhcn-excerpt.xlsx")).sheets[0]?.table?.rows ?? [];
    expect(rows.slice(0, 3).map((r) => [r.role, r.depth, r.code, r.placed])).toEqual([
      ["section", 0, "II", ""],
      ["agency", 1, "3", "3"],
      ["item", 2, "3.1", "3.1"],
    ]);
    expect(rows[1]?.amount?.value).toBe("27519");
    expect(rows.find((r) => r.role === "total")?.amount?.value).toBe("27519");
  });

  it("places a misplaced code by position and says where", async () => {
    const rows = (await inspected("fixtures/formats/code/misplaced-code.xlsx")).sheets[0]?.table?.rows ?? [];
    expect(rows.map((r) => [r.row, r.role, r.code, r.placed, r.amount?.value])).toEqual([
      [5, "agency", "1", "1", "100"],
      [6, "item", "1.1", "1.1", "100"],
      [7, "agency", "2", "2", "200"],
      [8, "item", "2.1", "2.1", "120"],
      [9, "item", "1,2", "2.2", "80"],
    ]);
  });

  it("shows sub-rows without a code under their item, placed at 7.1–7.4 (seed 003)", async () => {
    const rows = (await inspected("fixtures/plans/seed003-table-vii.xlsx")).sheets[0]?.table?.rows ?? [];
    expect(rows.filter((r) => r.role === "sub-item").map((r) => [r.placed, r.amount?.value])).toEqual([
      ["7.1", "800"],
      ["7.2", "3000"],
      ["7.3", "50"],
      ["7.4", "150"],
    ]);
  });

  it("shows 'of which' rows and their labels as notes, never counted (seed 002: 10.400 in 2024)", async () => {
    const rows = (await inspected("fixtures/plans/seed002-kinh-phi.xlsx")).sheets[0]?.table?.rows ?? [];
    expect(rows.slice(0, 4).map((r) => [r.role, r.name, r.amount?.value ?? null])).toEqual([
      ["item", "Năm 2024", "10400"],
      ["note", "Trong đó:", null],
      ["of-which", "Kinh phí chi thường xuyên", "6400"],
      ["of-which", "Đầu tư phát triển", "4000"],
    ]);
  });

  it("gives the column-number row and the total row first (140 tỷ = 140.000 triệu)", async () => {
    const table = (await inspected("fixtures/units/mua-bao-11-dia-phuong.xlsx")).sheets[0]?.table;
    expect(table?.columnNumbers).toBe(5);
    expect(table?.rows[0]).toMatchObject({ row: 6, role: "total", code: "TỔNG SỐ", amount: { value: "140000", cell: "C6" } });
  });

  it("names an unknown column's closest role and that it is not read", async () => {
    const file = tempFile("muc-ho-tro.csv", "Đơn vị tính: triệu đồng\nSTT,Địa phương,Kinh phí hỗ trợ,Số tiền đã cấp\n1,Lạng Sơn,30,10\n");
    const columns = (await inspected(file)).sheets[0]?.table?.columns ?? [];
    expect(columns[3]).toMatchObject({ column: "D", role: "amount", read: false });
    const unknown = tempFile("ghi-chu.csv", "Đơn vị tính: triệu đồng\nSTT,Địa phương,Kinh phí,Mức hỗ trợ\n1,Lạng Sơn,30,10\n");
    expect((await inspected(unknown)).sheets[0]?.table?.columns[3]).toMatchObject({ role: "unknown", read: false, match: { by: "none", closest: "amount" } });
  });

  it("says a column counting things is a quantity in its unit, not closest to the amount", async () => {
    const rice = (await inspected("fixtures/units/mua-lu-2009-15-tinh-gao.xlsx")).sheets[0]?.table?.columns[3];
    expect(rice).toMatchObject({ column: "D", labels: ["Gạo hỗ trợ (tấn)"], role: "unknown", read: false });
    expect(rice?.match).toEqual({ by: "none", label: null, under: null, closest: null, quantity: "tấn" });
  });

  it("says the number convention the file's text amounts tell", async () => {
    expect((await inspected("fixtures/plans/seed002-kinh-phi.xlsx")).sheets[0]?.table?.numberConvention).toBe("vi");
    expect((await inspected("fixtures/units/mua-bao-11-dia-phuong.xlsx")).sheets[0]?.table?.numberConvention).toBeNull();
    // 2,524,000 can only be English; 16,69 only Vietnamese.
    expect((await inspected("fixtures/units/bao-so-10-15-dia-phuong.csv")).sheets[0]?.table?.numberConvention).toBe("en");
    expect((await inspected("fixtures/units/hoc-sinh-thpt-7-tinh.csv")).sheets[0]?.table?.numberConvention).toBe("vi");
  });

  it("reports an unreadable file with no sheets and its BC101, exit 1", async () => {
    const { code, stdout } = await budget("inspect", "fixtures/formats/container/truncated.xlsx", "--format", "json");
    const document = InspectDocumentSchema.parse(JSON.parse(stdout));
    expect(code).toBe(1);
    expect(document.sha256).toBeNull();
    expect(document.sheets).toEqual([]);
    expect(document.diagnostics.map((d) => d.code)).toEqual(["BC101"]);
  });

  it("exits 0 on warnings, 1 under --strict (seed 000's BC303 and BC403)", async () => {
    expect((await budget("inspect", "fixtures/seeds/seed000-form.xlsx")).code).toBe(0);
    expect((await budget("inspect", "fixtures/seeds/seed000-form.xlsx", "--strict")).code).toBe(1);
  });

  it("says in English why a sheet holds no form", async () => {
    const { code, stdout } = await budget("inspect", "fixtures/formats/shape/missing-amount.xlsx", "--lang", "en");
    expect(code).toBe(1);
    expect(stdout).toContain("  • Biểu mẫu: not a form: a required column is missing (BC103) (4 rows with content)\n");
    expect(stdout).toContain("Biểu mẫu!A3: error BC103 Required column missing:\n    amount.\n");
  });

  it("refuses a missing file with exit 2", async () => {
    const { code, stderr } = await budget("inspect", "khong-co.xlsx");
    expect(code).toBe(2);
    expect(stderr).toBe("Không tìm thấy tệp: khong-co.xlsx\n");
  });
});

describe("the text report", () => {
  it("fits 100 columns, in Vietnamese by default", async () => {
    for (const file of ["fixtures/seeds/seed000-form.xlsx", "fixtures/plans/seed003-table-vii.xlsx", "fixtures/formats/shape/several-sheets.xlsx"]) {
      const { stdout } = await budget("inspect", file);
      for (const line of stdout.split("\n")) expect([...line].length, line).toBeLessThanOrEqual(100);
    }
  });

  it("reads as the docs' worked example shows (Vietnamese)", async () => {
    const { code, stdout } = await budget("inspect", "fixtures/formats/code/misplaced-code.xlsx");
    expect(code).toBe(0);
    expect(stdout).toContain("Trang tính:\n  • Biểu mẫu: biểu mẫu (9 dòng có nội dung)\n");
    expect(stdout).toContain('  D   Trong đó › 2025\n      → kinh phí năm 2025 · theo nhãn "2025" · triệu đồng (dòng đơn vị của trang)\n');
    expect(stdout).toContain("    9  mục       1,2 → 2.2      Hệ thống đặt lịch hẹn trực tuyến");
    expect(stdout).toContain("BC303");
  });

  it("is in English with --lang en", async () => {
    const { stdout } = await budget("inspect", "fixtures/units/mua-bao-11-dia-phuong.xlsx", "--lang", "en");
    expect(stdout).toContain("Header band: row 4; column-number row, skipped: row 5\n");
    expect(stdout).toContain("      → amount · by the label \"Số tiền\" (the tool's vocabulary) · tỷ đồng (the sheet's unit line)\n");
    expect(stdout).toMatch(/ {4}6 {2}total {5}TỔNG SỐ +140,000\n/);
  });
});

describe("the library", () => {
  it("inspects a file in memory and gives the document the CLI prints", async () => {
    const { inspect, inspectionDocument } = await import("../../src/index.js");
    const bytes = new TextEncoder().encode("Đơn vị tính: triệu đồng\nSTT,Đơn vị,Dự toán\n1,Sở Tư pháp,30\n2,Sở Nội vụ,60\n,Tổng cộng,90\n");
    const inspection = await inspect({ name: "don-vi.csv", bytes });
    const document = inspectionDocument(inspection, "en");
    expect(document.sheets[0]?.table?.rows.map((r) => [r.role, r.name, r.amount?.value])).toEqual([
      ["item", "Sở Tư pháp", "30"],
      ["item", "Sở Nội vụ", "60"],
      ["total", "Tổng cộng", "90"],
    ]);
  });
});
