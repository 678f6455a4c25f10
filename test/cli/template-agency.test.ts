import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { odsTemplateMark } from "../../src/read/workbook/ods-template-mark.js";
import { fillTemplate } from "../support/fill-template.js";
import { SOFFICE_MISSING, soffice } from "../support/libreoffice.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

const ROWS = 5;

/** The agencies of a totals JSON document, each with its total, and its diagnostics' codes. */
function agenciesOf(stdout: string): Array<{ name: string; total: string }> {
  const document = JSON.parse(stdout) as { sections: Array<{ agencies: Array<{ name: string; total: string }> }> };
  return document.sections.flatMap((section) => section.agencies.map(({ name, total }) => ({ name, total })));
}

async function template(folder: string, name: string, ...args: string[]): Promise<string> {
  const file = join(folder, name);
  const made = await budget("template", "-o", file, "--rows", String(ROWS), ...args);
  expect(made.code, made.stderr).toBe(0);
  return file;
}

describe("a form the tool made is credited to the agency it was made for", () => {
  it("writes the agency as the workbook's defined name BUDGET_TEMPLATE_AGENCY", async () => {
    const file = await template(tempFolder(), "bm.xlsx", "--agency", "STP");
    const names = XLSX.read(readFileSync(file)).Workbook?.Names ?? [];
    expect(names.find((n) => n.Name === "BUDGET_TEMPLATE_AGENCY")?.Ref).toBe('"Sở Tư pháp"');
  });

  it("a blank template adds nothing, is Sở Tư pháp's (not the cover letter's Sở Khoa học và Công nghệ), and says it is blank", async () => {
    const file = await template(tempFolder(), "bm.xlsx", "--agency", "Sở Tư pháp");
    const { code, stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(code, stderr).toBe(0);
    expect(agenciesOf(stdout)).toEqual([{ name: "Sở Tư pháp", total: "0" }]);
    expect(JSON.parse(stdout)).toMatchObject({ total: "0", diagnostics: { errors: 0, warnings: 0, infos: 2 } });
    expect(stderr).toContain(`${file}:Biểu mẫu: thông tin BC111 Biểu mẫu trống, chưa có số liệu (đơn vị: Sở Tư pháp).`);
    expect(stderr).not.toContain("BC403");
    const english = await budget("totals", file, "--lang", "en");
    expect(english.stderr).toContain(`${file}:Biểu mẫu: info BC111 Blank form, no figures yet (agency: Sở Tư pháp).`);
  });

  it("a filled template is read like any submission, credited to Sở Tư pháp with its total", async () => {
    const folder = tempFolder();
    const blank = await template(folder, "bm.xlsx", "--agency", "Sở Tư pháp");
    const filled = join(folder, "stp.xlsx");
    fillTemplate(
      blank,
      filled,
      [
        { code: "1.1", name: "Số hóa hồ sơ hộ tịch", amount: 600, year2025: 600 },
        { code: "1.2", name: "Nâng cấp cổng dịch vụ công", amount: 400.25, year2025: 400.25 },
      ],
      ROWS,
    );
    const { code, stdout, stderr } = await budget("totals", folder, "--format", "json");
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ total: "1000.25", byYear: { "2025": "1000.25" } });
    // The blank form in the same folder adds an empty line, the filled one the figures: one agency, both files.
    expect(agenciesOf(stdout)).toEqual([{ name: "Sở Tư pháp", total: "1000.25" }]);
    expect(stderr).toContain(`${blank}:Biểu mẫu: thông tin BC111`);
    expect(stderr).not.toContain(`${filled}:Biểu mẫu: thông tin BC111`);
  });

  it("a template made for no agency, left blank, is reported as of an unclear agency, never the cover letter's", async () => {
    const file = await template(tempFolder(), "bieu-mau.xlsx");
    const { stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(agenciesOf(stdout)).toEqual([{ name: "bieu-mau", total: "0" }]);
    expect(stderr).toContain(`${file}:Biểu mẫu!A9: cảnh báo BC112 Không rõ đơn vị của biểu mẫu; số liệu được ghi cho "bieu-mau".`);
    const check = await budget("check", file, "--format", "json");
    const codes = (JSON.parse(check.stdout) as { diagnostics: Array<{ code: string; severity: string; cell: string | null }> }).diagnostics.map(
      ({ code, severity, cell }) => [code, severity, cell],
    );
    expect(codes).toEqual([
      ["BC109", "info", null],
      ["BC111", "info", null],
      ["BC112", "warning", "A9"],
      ["BC406", "warning", "A9"],
    ]);
  });

  it("a template made for no agency whose officer wrote the agency in row 1 is that agency's", async () => {
    const folder = tempFolder();
    const blank = await template(folder, "bm.xlsx");
    const workbook = XLSX.read(readFileSync(blank), { cellFormula: true, cellNF: true, cellStyles: true });
    const sheet = workbook.Sheets["Biểu mẫu"];
    if (!sheet) throw new Error("no form sheet");
    sheet.B9 = { t: "s", v: "Sở Nội vụ" };
    const named = join(folder, "snv.xlsx");
    writeFileSync(named, XLSX.write(workbook, { type: "buffer", bookType: "xlsx" }) as Uint8Array);
    const { stdout, stderr } = await budget("totals", named, "--format", "json");
    expect(agenciesOf(stdout)).toEqual([{ name: "Sở Nội vụ", total: "0" }]);
    expect(stderr).not.toContain("BC112");
    expect(stderr).toContain(`${named}:Biểu mẫu: thông tin BC111 Biểu mẫu trống, chưa có số liệu (đơn vị: Sở Nội vụ).`);
  });
});

describe("a cover-letter line names who sent the form out, not whose it is", () => {
  const title = [
    "BIỂU TỔNG HỢP ĐỀ XUẤT NHIỆM VỤ CHUYỂN ĐỔI SỐ",
    "(kèm Công văn số 12/SKHCN ngày 3 tháng 7 năm 2025 của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi)",
    "Đơn vị tính: triệu đồng",
  ];
  const header = "STT,Tên nhiệm vụ,Tổng kinh phí,2025,2026";

  it("the agency row of the table wins over the cover letter", async () => {
    const file = join(tempFolder(), "de-xuat.csv");
    writeFileSync(file, [...title, header, "1,Sở Tư pháp,500,500,0", "1.1,Số hóa hồ sơ,500,500,0", ""].join("\n"));
    const { stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(agenciesOf(stdout)).toEqual([{ name: "Sở Tư pháp", total: "500" }]);
    expect(stderr).not.toContain("BC112");
  });

  it("a blank form whose mark was lost (saved as CSV) is its agency row's, blank, not an item of the cover letter's", async () => {
    const file = join(tempFolder(), "bm.csv");
    writeFileSync(file, [...title, header, "1,Sở Tư pháp,-,-,-", ",Tổng cộng,-,-,-", ""].join("\n"));
    const { stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(agenciesOf(stdout)).toEqual([{ name: "Sở Tư pháp", total: "0" }]);
    expect(stderr).toContain(`${file}:bm: thông tin BC111 Biểu mẫu trống, chưa có số liệu (đơn vị: Sở Tư pháp).`);
    expect(stderr).not.toMatch(/BC112|BC403/);
  });

  it("a single item named like an agency, with money, stays an item", async () => {
    const file = join(tempFolder(), "de-xuat.csv");
    writeFileSync(file, [title[0], title[2], header, "1,Sở Tư pháp,500,500,0", ""].join("\n"));
    const { stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(agenciesOf(stdout)).toEqual([{ name: "de-xuat", total: "500" }]);
    expect(stderr).not.toContain("BC111");
  });

  it("a form naming no agency of its own is credited to the cover letter's, with a warning that it is unclear", async () => {
    const file = join(tempFolder(), "de-xuat.csv");
    writeFileSync(file, [...title, header, "1,Số hóa hồ sơ,500,500,0", ""].join("\n"));
    const { stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(agenciesOf(stdout)).toEqual([{ name: "Sở Khoa học và Công nghệ", total: "500" }]);
    expect(stderr).toContain(
      `${file}:de-xuat: cảnh báo BC112 Không rõ đơn vị của biểu mẫu; số liệu được ghi cho "Sở Khoa học và Công nghệ", tên lấy từ dòng “kèm Công văn … của Sở Khoa học và Công nghệ”.`,
    );
    const english = await budget("totals", file, "--lang", "en");
    expect(english.stderr).toContain(
      'warning BC112 The form\'s agency is unclear; its figures are credited to "Sở Khoa học và Công nghệ", the name taken from the line “kèm Công văn … của Sở Khoa học và Công nghệ”.',
    );
  });
});

describe("the mark read back from an .ods", () => {
  it.skipIf(soffice === undefined)(
    soffice === undefined ? `LibreOffice (skipped: ${SOFFICE_MISSING})` : "outlives LibreOffice saving the blank form as .ods",
    async () => {
      const folder = tempFolder();
      const file = await template(folder, "bm.xlsx", "--agency", "Sở Tư pháp");
      const run = spawnSync(
        "soffice",
        ["--headless", "--norestore", `-env:UserInstallation=file://${join(folder, "profile")}`, "--convert-to", "ods", "--outdir", folder, file],
        { timeout: 120_000 },
      );
      expect(run.status, String(run.stderr)).toBe(0);
      const ods = join(folder, "bm.ods");
      const { stdout, stderr } = await budget("totals", ods, "--format", "json");
      expect(agenciesOf(stdout)).toEqual([{ name: "Sở Tư pháp", total: "0" }]);
      expect(stderr).toContain(`${ods}:Biểu mẫu: thông tin BC111 Biểu mẫu trống, chưa có số liệu (đơn vị: Sở Tư pháp).`);
    },
    150_000,
  );

  it("is the named expression LibreOffice writes for the defined name", () => {
    const content =
      '<office:spreadsheet><table:named-expressions><table:named-expression table:name="BUDGET_TEMPLATE_AGENCY" table:base-cell-address="$&apos;Biểu mẫu&apos;.$A$1" table:expression="&quot;Sở Tư pháp&quot;"/></table:named-expressions></office:spreadsheet>';
    expect(odsTemplateMark(content)).toEqual({ agency: "Sở Tư pháp" });
    expect(odsTemplateMark(content.replace("BUDGET_TEMPLATE_AGENCY", "OTHER"))).toBeUndefined();
  });
});
