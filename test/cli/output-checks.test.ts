import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { budget, tempFolder } from "./plan-cli-runner.js";

// fixtures/forms prints 8 warnings and a summary when read: an output refused with exactly one line
// on stderr and nothing on stdout was refused before anything was read.
const FORMS = "fixtures/forms";

describe("an output the command does not write is refused before reading (exit 2, nothing written)", () => {
  it.each([
    ["phu-luc.docx", "-o: chỉ ghi được tệp .xlsx hoặc .pdf, không ghi được .docx"],
    ["phu-luc.xls", "-o: chỉ ghi được tệp .xlsx hoặc .pdf, không ghi được .xls"],
    ["phu-luc", "-o: chỉ ghi được tệp .xlsx hoặc .pdf, không ghi được tên không có phần mở rộng"],
  ])("consolidate -o %s", async (name, message) => {
    const folder = tempFolder();
    const output = join(folder, name);
    const result = await budget("consolidate", FORMS, "-o", output);
    expect([result.code, result.stdout, result.stderr]).toEqual([2, "", `${message}: ${output}\n`]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("consolidate -o tong.csv also says how the totals and the rows are written as CSV, in English too", async () => {
    const folder = tempFolder();
    const output = join(folder, "tong.csv");
    const result = await budget("consolidate", FORMS, "-o", output, "--lang", "en");
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).toBe(
      `-o: only .xlsx or .pdf can be written, not .csv: ${output}\nThe totals as CSV/JSON: --format csv > totals.csv; the rows: --rows rows.csv.\n`,
    );
    expect(readdirSync(folder)).toEqual([]);
  });

  it("consolidate --rows: a workbook name, or an extension that contradicts --rows-format", async () => {
    const folder = tempFolder();
    const workbook = join(folder, "phu-luc.xlsx");
    const asXlsx = await budget("consolidate", FORMS, "-o", workbook, "--rows", join(folder, "rows.xlsx"));
    expect([asXlsx.code, asXlsx.stdout, asXlsx.stderr]).toEqual([
      2,
      "",
      `--rows: chỉ ghi được tệp .csv hoặc .json, không ghi được .xlsx: ${join(folder, "rows.xlsx")}\n`,
    ]);
    const contradicting = await budget("consolidate", FORMS, "-o", workbook, "--rows", join(folder, "rows.json"), "--rows-format", "csv");
    expect([contradicting.code, contradicting.stdout, contradicting.stderr]).toEqual([
      2,
      "",
      `--rows-format csv: không ghi CSV vào tệp .json: ${join(folder, "rows.json")}. Đặt tên tệp .csv (hoặc .txt).\n`,
    ]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("rollup -o, template -o and plan --export name the extensions they write", async () => {
    const folder = tempFolder();
    const rollup = await budget("rollup", "fixtures/appendix/seed004-skhcn-2025.xlsx", "-o", join(folder, "tong.pdf"), "--lang", "en");
    expect([rollup.code, rollup.stdout, rollup.stderr]).toEqual([
      2,
      "",
      `-o: only .xlsx, .csv or .json can be written, not .pdf: ${join(folder, "tong.pdf")}\n`,
    ]);
    const template = await budget("template", "-o", join(folder, "bieu-mau.ods"));
    expect([template.code, template.stderr]).toEqual([2, `-o: chỉ ghi được tệp .xlsx, không ghi được .ods: ${join(folder, "bieu-mau.ods")}\n`]);
    const plan = await budget("plan", "--export", join(folder, "ke-hoach.txt"), "--lang", "en");
    expect([plan.code, plan.stdout, plan.stderr]).toEqual([
      2,
      "",
      `--export: only .yaml, .yml or .json can be written, not .txt: ${join(folder, "ke-hoach.txt")}\n`,
    ]);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("every output is checked before the inputs are read, and refused in words (exit 2)", () => {
  it("a folder that does not exist: consolidate -o and --rows, rollup -o, template -o", async () => {
    const folder = tempFolder();
    const missing = join(folder, "khong-co");
    const consolidate = await budget("consolidate", FORMS, "-o", join(missing, "phu-luc.xlsx"));
    expect([consolidate.code, consolidate.stdout, consolidate.stderr]).toEqual([
      2,
      "",
      `Không ghi được ${join(missing, "phu-luc.xlsx")}: thư mục ${missing} không tồn tại. Tạo thư mục trước, hoặc chọn nơi ghi khác.\n`,
    ]);
    const rows = await budget("consolidate", FORMS, "-o", join(folder, "phu-luc.xlsx"), "--rows", join(missing, "rows.csv"), "--lang", "en");
    expect([rows.code, rows.stdout, rows.stderr]).toEqual([
      2,
      "",
      `Cannot write ${join(missing, "rows.csv")}: the folder ${missing} does not exist. Create it first, or choose another place.\n`,
    ]);
    const rollup = await budget("rollup", "fixtures/appendix/seed004-skhcn-2025.xlsx", "-o", join(missing, "tong.json"), "--lang", "en");
    expect([rollup.code, rollup.stdout, rollup.stderr]).toEqual([
      2,
      "",
      `Cannot write ${join(missing, "tong.json")}: the folder ${missing} does not exist. Create it first, or choose another place.\n`,
    ]);
    const template = await budget("template", "-o", join(missing, "bm.xlsx"));
    expect([template.code, template.stderr]).toEqual([
      2,
      `Không ghi được ${join(missing, "bm.xlsx")}: thư mục ${missing} không tồn tại. Tạo thư mục trước, hoặc chọn nơi ghi khác.\n`,
    ]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("an output that is a folder, even with --force", async () => {
    const folder = tempFolder();
    const taken = join(folder, "phu-luc.xlsx");
    mkdirSync(taken);
    const consolidate = await budget("consolidate", FORMS, "-o", taken, "--force");
    expect([consolidate.code, consolidate.stdout, consolidate.stderr]).toEqual([
      2,
      "",
      `Không ghi được ${taken}: đó là một thư mục, không phải tệp. Hãy thêm tên tệp vào sau đường dẫn.\n`,
    ]);
    const template = await budget("template", "-o", taken, "--lang", "en");
    expect([template.code, template.stderr]).toEqual([2, `Cannot write ${taken}: it is a folder, not a file. Add the file's name to the path.\n`]);
    expect([readdirSync(folder), readdirSync(taken)]).toEqual([["phu-luc.xlsx"], []]);
  });

  it("an existing file without --force, the --rows file too, before the forms are read", async () => {
    const folder = tempFolder();
    const rows = join(folder, "rows.csv");
    writeFileSync(rows, "cũ\n");
    const result = await budget("consolidate", FORMS, "-o", join(folder, "phu-luc.xlsx"), "--rows", rows);
    expect([result.code, result.stdout, result.stderr]).toEqual([2, "", `Không ghi: ${rows} đã có; dùng --force để ghi đè.\n`]);
    const rollupOut = join(folder, "tong.json");
    writeFileSync(rollupOut, "{}");
    const rollup = await budget("rollup", "fixtures/appendix/seed004-skhcn-2025.xlsx", "-o", rollupOut, "--lang", "en");
    expect([rollup.code, rollup.stdout, rollup.stderr]).toEqual([2, "", `Not written: ${rollupOut} exists; use --force to overwrite it.\n`]);
    expect([readdirSync(folder).sort(), readFileSync(rows, "utf8"), readFileSync(rollupOut, "utf8")]).toEqual([["rows.csv", "tong.json"], "cũ\n", "{}"]);
  });

  it("the same path as an input, even with --force: consolidate -o, --rows, rollup -o", async () => {
    const folder = tempFolder();
    const form = join(folder, "so-tu-phap.xlsx");
    copyFileSync("fixtures/forms/04-so-tu-phap.xlsx", form);
    const csv = join(folder, "seed000.csv");
    copyFileSync("fixtures/formats/seed/seed000-form-utf8-comma.csv", csv);
    const before = [readFileSync(form), readFileSync(csv)];
    const consolidate = await budget("consolidate", form, "-o", form, "--force");
    expect([consolidate.code, consolidate.stdout, consolidate.stderr]).toEqual([2, "", `Không ghi: ${form} là một tệp đầu vào.\n`]);
    const rows = await budget("consolidate", form, csv, "-o", join(folder, "phu-luc.xlsx"), "--rows", csv, "--force", "--lang", "en");
    expect([rows.code, rows.stdout, rows.stderr]).toEqual([2, "", `Not written: ${csv} is one of the inputs.\n`]);
    const totals = join(folder, "tong.json");
    writeFileSync(totals, "{}");
    const rollup = await budget("rollup", totals, "-o", totals, "--force");
    expect([rollup.code, rollup.stdout, rollup.stderr]).toEqual([2, "", `Không ghi: ${totals} là một tệp đầu vào.\n`]);
    expect([
      readFileSync(form).equals(before[0] ?? Buffer.alloc(0)),
      readFileSync(csv).equals(before[1] ?? Buffer.alloc(0)),
      readdirSync(folder).sort(),
    ]).toEqual([true, true, ["seed000.csv", "so-tu-phap.xlsx", "tong.json"]]);
  });
});

describe("consolidate says what it wrote", () => {
  it("names the workbook and the --rows file on stderr, after the summary, in Vietnamese and English", async () => {
    const folder = tempFolder();
    const workbook = join(folder, "phu-luc.xlsx");
    const rows = join(folder, "rows.json");
    const vi = await budget("consolidate", "fixtures/appendix", "-o", workbook, "--rows", rows, "--format", "none");
    expect([vi.code, vi.stdout]).toEqual([0, ""]);
    expect(vi.stderr.split("\n").slice(-3)).toEqual([`Đã ghi ${workbook}.`, `Đã ghi ${rows}.`, ""]);
    const en = await budget("consolidate", "fixtures/appendix", "-o", join(folder, "en.xlsx"), "--format", "none", "--lang", "en");
    expect(en.stderr.split("\n").slice(-2)).toEqual([`Written: ${join(folder, "en.xlsx")}.`, ""]);
    expect(readdirSync(folder).sort()).toEqual(["en.xlsx", "phu-luc.xlsx", "rows.json"]);
  });

  it("says nothing under --quiet, as template and rollup", async () => {
    const folder = tempFolder();
    const quiet = await budget(
      "consolidate",
      "fixtures/appendix",
      "-o",
      join(folder, "phu-luc.xlsx"),
      "--rows",
      join(folder, "rows.csv"),
      "--format",
      "none",
      "-q",
    );
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, "", ""]);
    expect(readdirSync(folder).sort()).toEqual(["phu-luc.xlsx", "rows.csv"]);
  });
});
