import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { runFiles } from "../../src/run/run-files.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

/** The total of the bundled forms, as published. */
const FORMS_TOTAL = "148165";

/** A fresh folder holding a copy of fixtures/forms, as an officer's `de-xuat/`. */
function formsFolder(): string {
  const folder = join(tempFolder(), "de-xuat");
  mkdirSync(folder);
  for (const name of readdirSync("fixtures/forms")) copyFileSync(join("fixtures/forms", name), join(folder, name));
  return folder;
}

function totalOf(stdout: string): unknown {
  const document: unknown = JSON.parse(stdout);
  return typeof document === "object" && document !== null && "total" in document ? document.total : undefined;
}

describe("the tool's own outputs in an input folder", () => {
  let folder = "";
  beforeAll(async () => {
    folder = formsFolder();
    const first = await budget("consolidate", folder, "-o", join(folder, "phu-luc.xlsx"), "--format", "json");
    expect(first.code).toBe(0);
    expect(totalOf(first.stdout)).toBe(FORMS_TOTAL);
  });

  it("consolidate skips last run's appendix with a note: the total stays 148.165", async () => {
    const second = await budget("consolidate", folder, "-o", join(folder, "phu-luc-2.xlsx"), "--format", "json");
    expect(second.code).toBe(0);
    expect(totalOf(second.stdout)).toBe(FORMS_TOTAL);
    expect(second.stderr).toContain(
      `${join(folder, "phu-luc.xlsx")}: thông tin BC113 Bỏ qua tệp: đây là phụ lục tổng hợp do budget consolidate ghi ra; không cộng số liệu của tệp này.`,
    );
    expect(second.stderr).not.toContain("BC405");
  });

  it("never reads the output path itself, and --force replaces it", async () => {
    const again = await budget("consolidate", folder, "-o", join(folder, "phu-luc.xlsx"), "--force", "--format", "json", "--lang", "en");
    expect(again.code).toBe(0);
    expect(totalOf(again.stdout)).toBe(FORMS_TOTAL);
    expect(again.stderr).toContain(`${join(folder, "phu-luc.xlsx")}: info BC113 File skipped: it is the file this run writes (-o); its figures are not added.`);
  });

  it("totals and check skip them too, and a rollup workbook beside them; a blank template is read and adds nothing", async () => {
    expect((await budget("rollup", join(folder, "phu-luc.xlsx"), "-o", join(folder, "tong-hop.xlsx"))).code).toBe(0);
    expect((await budget("template", "-o", join(folder, "bieu-mau.xlsx"), "--agency", "Sở Tư pháp")).code).toBe(0);
    const totals = await budget("totals", folder, "--format", "json", "--lang", "en");
    expect(totals.code).toBe(0);
    expect(totalOf(totals.stdout)).toBe(FORMS_TOTAL);
    expect(totals.stderr).toContain(
      `${join(folder, "tong-hop.xlsx")}: info BC113 File skipped: it is a rollup workbook written by budget rollup; its figures are not added.`,
    );
    const check = await budget("check", folder, "--format", "json");
    const document = JSON.parse(check.stdout) as { diagnostics: Array<{ code: string; file: string }> };
    expect(
      document.diagnostics
        .filter((d) => d.code === "BC113")
        .map((d) => d.file)
        .sort(),
    ).toEqual(["phu-luc-2.xlsx", "phu-luc.xlsx", "tong-hop.xlsx"].map((name) => join(folder, name)));
    expect(document.diagnostics.filter((d) => d.code === "BC405")).toEqual([]);
  });

  it("reads a template an agency has filled in: it is a form", async () => {
    const filled = join(tempFolder(), "bieu-mau-stp.xlsx");
    expect((await budget("template", "-o", filled, "--agency", "Sở Tư pháp")).code).toBe(0);
    const workbook = XLSX.read(readFileSync(filled), { cellFormula: true });
    const sheet = workbook.Sheets["Biểu mẫu"];
    if (!sheet) throw new Error("no form sheet");
    const cells: ReadonlyArray<readonly [string, string | number]> = [
      ["A10", "1.1"],
      ["B10", "Phần mềm một cửa điện tử"],
      ["D10", "2025"],
      ["E10", "CTX"],
      ["F10", 100],
      ["H10", 100],
      ["I10", 100],
      ["M10", "x"],
    ];
    for (const [address, value] of cells) sheet[address] = typeof value === "number" ? { t: "n", v: value } : { t: "s", v: value };
    writeFileSync(filled, XLSX.write(workbook, { type: "buffer", bookType: "xlsx" }));
    const { stdout, stderr } = await budget("totals", filled, "--format", "json");
    expect(totalOf(stdout)).toBe("100");
    expect(stderr).not.toContain("BC113");
  });

  it("still reads a published appendix (seed 004), and a rollup still reads ours", async () => {
    const published = await budget("totals", "fixtures/appendix", "--format", "json");
    expect(totalOf(published.stdout)).toBe("52538");
    expect(published.stderr).not.toContain("BC113");
    const rolled = await budget("rollup", join(folder, "phu-luc.xlsx"), "fixtures/appendix/seed004-skhcn-2025.xlsx", "--by", "input", "--format", "csv");
    expect(rolled.code).toBe(0);
    expect(rolled.stdout).toContain("total,0,,118100,82603,200703,-35497,-30.06");
  });

  it("reads our appendix only when asked (the library's readOwnOutputs)", async () => {
    const plan = defaultPlan();
    const skipped = await runFiles([join(folder, "phu-luc.xlsx")], plan, { workers: 0 });
    expect(skipped.consolidation.totals.total.toFixed()).toBe("0");
    expect(skipped.files.map((f) => [f.ownOutput, f.infos, f.rowsRead])).toEqual([["appendix", 1, 0]]);
    const read = await runFiles([join(folder, "phu-luc.xlsx")], plan, { workers: 0, readOwnOutputs: true });
    expect(read.consolidation.totals.total.toFixed()).toBe(FORMS_TOTAL);
  });
});

describe("the same file twice", () => {
  const form = "fixtures/forms/01-van-phong-tinh-uy.xlsx";

  it("totals reads a file given twice once, and says so", async () => {
    const { code, stdout, stderr } = await budget("totals", form, form, "--format", "json");
    expect(code).toBe(0);
    expect(totalOf(stdout)).toBe("79000");
    expect(stderr).toContain(`${form}: cảnh báo BC114 Tệp được chỉ định hơn một lần; chỉ đọc một lần.`);
  });

  it("consolidate reads a byte-identical copy once, naming the first", async () => {
    const folder = tempFolder();
    const copy = join(folder, "ban-sao.xlsx");
    copyFileSync(form, copy);
    const { code, stdout, stderr } = await budget("consolidate", form, copy, "-o", join(folder, "phu-luc.xlsx"), "--format", "json", "--lang", "en");
    expect(code).toBe(0);
    expect(totalOf(stdout)).toBe("79000");
    expect(stderr).toContain(`${copy}: warning BC114 The file has the same bytes (SHA-256) as ${form}; read once.`);
    expect(stderr).not.toContain("BC405");
    const check = await budget("check", form, copy, "--format", "json");
    const document = JSON.parse(check.stdout) as { diagnostics: Array<{ code: string; file: string; severity: string }> };
    expect(document.diagnostics.filter((d) => d.code === "BC114").map((d) => [d.file, d.severity])).toEqual([[copy, "warning"]]);
  });

  it("rollup refuses the same appendix twice, or a renamed copy, naming both (exit 2)", async () => {
    const folder = tempFolder();
    const appendix = join(folder, "phu-luc.xlsx");
    const renamed = join(folder, "phu-luc-ban-sao.xlsx");
    expect((await budget("consolidate", "fixtures/forms", "-o", appendix, "--format", "none")).code).toBe(0);
    copyFileSync(appendix, renamed);
    const twice = await budget("rollup", appendix, appendix);
    expect(twice.code).toBe(2);
    expect(twice.stdout).toBe("");
    expect(twice.stderr).toContain(
      `${appendix}: cùng số liệu với ${appendix} (cùng một tệp, một bản sao, hoặc cùng một lần tổng hợp): gộp cả hai sẽ cộng mọi số hai lần.`,
    );
    const copied = await budget("rollup", appendix, renamed, "--lang", "en");
    expect(copied.code).toBe(2);
    expect(copied.stderr).toContain(
      `${renamed}: the same figures as ${appendix} (the same file, a copy, or the same consolidation): rolling both up would count every figure twice.`,
    );
  });

  it("rollup warns when two inputs fund the same agency in the same year, and adds them", async () => {
    const folder = tempFolder();
    const forms = join(folder, "phu-luc-2025-2026.xlsx");
    expect((await budget("consolidate", "fixtures/forms", "-o", forms, "--format", "none")).code).toBe(0);
    const { code, stdout, stderr } = await budget(
      "rollup",
      forms,
      "fixtures/appendix/seed004-skhcn-2025.xlsx",
      "--by",
      "input",
      "--format",
      "csv",
      "--lang",
      "en",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("total,0,,118100,82603,200703,-35497,-30.06");
    expect(stderr).toBe(
      `fixtures/appendix/seed004-skhcn-2025.xlsx: warning: has money for the same agency (Sở Khoa học và Công nghệ) in 2025 as ${forms}; both are added. Check that one proposal is not rolled up twice.\n`,
    );
    expect((await budget("rollup", forms, "fixtures/appendix/seed004-skhcn-2025.xlsx", "--quiet", "--format", "csv")).stderr).toBe("");
  });

  it("rollup refuses an appendix and the JSON export of the same consolidation", async () => {
    const folder = tempFolder();
    const appendix = join(folder, "phu-luc.xlsx");
    const exported = join(folder, "tong.json");
    const consolidated = await budget("consolidate", "fixtures/appendix", "-o", appendix, "--format", "none");
    expect(consolidated.code).toBe(0);
    writeFileSync(exported, (await budget("totals", "fixtures/appendix", "--by", "agency,year,source", "--format", "json")).stdout);
    const { code, stderr } = await budget("rollup", appendix, exported);
    expect(code).toBe(2);
    expect(stderr).toContain(`${exported}: cùng số liệu với ${appendix}`);
  });
});
