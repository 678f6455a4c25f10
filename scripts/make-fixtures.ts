import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { appendixForm } from "./fixtures/appendix-form.js";
import { writeFormVersions } from "./fixtures/form-versions.js";
import { type GroupColumn, officialForm } from "./fixtures/official-form.js";
import { phasesForm } from "./fixtures/phases-form.js";
import { writePublicTables } from "./fixtures/public-tables.js";
import { writeReviewWorkbook } from "./fixtures/review-workbook.js";
import { loadTruth } from "./fixtures/seed-truth.js";
import { seed001Excerpt } from "./fixtures/seed001-excerpt.js";
import { loadSeed002KinhPhi, seed002KinhPhi } from "./fixtures/seed002-kinh-phi.js";
import { loadSeed002PhuLuc, seed002PhuLuc, writeSeed002PhuLucCsv } from "./fixtures/seed002-phu-luc.js";
import { loadSeed003, seed003Table } from "./fixtures/seed003-table.js";
import { writeUnitLists } from "./fixtures/unit-lists.js";
import { writeUnitsMixed } from "./fixtures/units-mixed.js";
import { writeWildFixtures } from "./fixtures/wild-files.js";

/**
 * Writes the committed fixture workbooks from the seed tables in `fixtures/seeds/`:
 * - `fixtures/forms/`: one official-layout form per agency of seed 000 (as agencies send them);
 * - `fixtures/seeds/seed000-form.xlsx`: the whole seed-000 form, five agencies and `Tổng cộng`;
 * - `fixtures/versions/`: Sở Khoa học và Công nghệ's form and its second version (an amount changed, an
 *   item added, one renumbered), which `budget diff` compares;
 * - `fixtures/review/`: the review workbook of its first version, filled in (24.000 approved of 28.000);
 * - `fixtures/appendix/seed004-skhcn-2025.xlsx`: the 28 items of seed 004 in its appendix layout;
 * - `fixtures/seeds/seed001-skhcn-excerpt.xlsx`: Sở KH&CN's block of seed 001's Phụ lục 2 (27.519);
 * - `fixtures/plans/seed003-table-vii.xlsx`: seed 003's table VII (27.800), item 7's sub-rows under its merged TT;
 * - `fixtures/plans/seed002-kinh-phi.xlsx`: seed 002's money per period (104.750) with its "of which" split.
 * - `fixtures/plans/seed002-phu-luc.xlsx` and `.csv` (in đồng): seed 002's Phụ lục, columns 2024 | 2025 | 2026 - 2030.
 * - `fixtures/plans/phases-2025-2026.xlsx`: a generated form with the 2025 estimate and outturn beside the 2026 request.
 * - `fixtures/units/`: lists of provinces with one amount column, transcribed from public allocations
 *   (`fixtures/seeds/units-*.json`), total last, total first under a column-number row, and as CSV;
 *   and more public tables (`fixtures/seeds/public-*.json`) in other shapes: `Tỉnh`, English separators,
 *   a second figure column that is no money, decimal commas, đồng as text, a task and its `Trong đó:` rows.
 * - `fixtures/units-mixed/`: seed 001's Văn phòng Tỉnh ủy block (29.900 triệu đồng) with its unit in the
 *   column label, in nghìn đồng under a `(Đơn vị: nghìn đồng)` line, and in đồng and triệu đồng in one table.
 * - `fixtures/wild/`: the small form in the shapes of files found in the wild (part names with `\`,
 *   Excel 2.x-4.0, flat ODS, `|`-delimited and one-column CSV) beside the public samples copied there.
 */
async function main(): Promise<void> {
  const root = process.argv[2] ?? "fixtures";
  const seed000 = loadTruth(join(root, "seeds", "seed000-form.json"));
  const seed004 = loadTruth(join(root, "seeds", "seed004-appendix.json"));
  const groups: GroupColumn[] = (seed000.task_groups ?? []).map((g) => ({ key: g.key, framework: g.framework, label: g.label }));
  const agencies = seed000.sections.flatMap((s) => s.agencies);
  const base = { title: seed000.document.title, subtitle: seed000.document.subtitle ?? "", years: [2025, 2026], groups };

  mkdirSync(join(root, "forms"), { recursive: true });
  for (const [index, agency] of agencies.entries()) {
    const name = `${String(index + 1).padStart(2, "0")}-${slug(agency.name)}.xlsx`;
    // Sở Nội vụ's form states its subtotals as SUM formulas, as many agencies do.
    const workbook = officialForm({ ...base, agencies: [agency], formulas: index === 2, totalRow: false });
    await workbook.writeFile(join(root, "forms", name));
  }
  await officialForm({ ...base, agencies, formulas: false, totalRow: true }).writeFile(join(root, "seeds", "seed000-form.xlsx"));
  mkdirSync(join(root, "versions"), { recursive: true });
  const khcn = agencies.find((agency) => agency.name === "Sở Khoa học và Công nghệ");
  if (!khcn) throw new Error("seed 000 has no Sở Khoa học và Công nghệ");
  await writeFormVersions(root, khcn, base);
  mkdirSync(join(root, "review"), { recursive: true });
  await writeReviewWorkbook(root);

  mkdirSync(join(root, "appendix"), { recursive: true });
  const items = seed004.sections.flatMap((s) => s.agencies.flatMap((a) => a.items));
  await appendixForm({
    title: seed004.document.appendix_title ?? seed004.document.title,
    subtitle: seed004.document.appendix_subtitle ?? "",
    year: 2025,
    items,
    total: seed004.published_totals.grand_total.amount,
  }).writeFile(join(root, "appendix", "seed004-skhcn-2025.xlsx"));
  await seed001Excerpt(items).writeFile(join(root, "seeds", "seed001-skhcn-excerpt.xlsx"));

  // Plans in shapes other than the proposal form, kept out of `fixtures/seeds` (whose totals are recorded).
  mkdirSync(join(root, "plans"), { recursive: true });
  await seed002KinhPhi(loadSeed002KinhPhi(join(root, "seeds", "seed002-kinh-phi.json"))).writeFile(join(root, "plans", "seed002-kinh-phi.xlsx"));
  const phuLuc = loadSeed002PhuLuc(join(root, "seeds", "seed002-phu-luc.json"));
  await seed002PhuLuc(phuLuc).writeFile(join(root, "plans", "seed002-phu-luc.xlsx"));
  writeSeed002PhuLucCsv(phuLuc, join(root, "plans", "seed002-phu-luc.csv"));
  await phasesForm().writeFile(join(root, "plans", "phases-2025-2026.xlsx"));
  await seed003Table(loadSeed003(join(root, "seeds", "seed003-table-vii.json"))).writeFile(join(root, "plans", "seed003-table-vii.xlsx"));
  mkdirSync(join(root, "units"), { recursive: true });
  await writeUnitLists(root);
  await writePublicTables(root);
  mkdirSync(join(root, "units-mixed"), { recursive: true });
  await writeUnitsMixed(root);
  await writeWildFixtures(join(root, "wild"));
}

function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

await main();
