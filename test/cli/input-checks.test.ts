import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { zipArchive } from "../../src/write/xlsx/zip-archive.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

/** A Word document as Word writes it, in outline: a ZIP with its content types and `word/document.xml`. */
async function docxBytes(): Promise<Uint8Array> {
  const text = (xml: string) => [Buffer.from(xml, "utf8")];
  return zipArchive(
    [
      {
        name: "[Content_Types].xml",
        data: text(
          '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
      },
      {
        name: "word/document.xml",
        data: text(
          '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Tổng cộng 148.165</w:t></w:r></w:p></w:body></w:document>',
        ),
      },
    ],
    new Date(Date.UTC(2025, 0, 1)),
  );
}

describe("nothing readable: no totals, no appendix, exit 2", () => {
  it("consolidate of a PDF and a .docx writes no appendix and says why", async () => {
    const folder = tempFolder();
    const pdf = join(folder, "de-xuat.pdf");
    const docx = join(folder, "de-xuat.docx");
    writeFileSync(pdf, "%PDF-1.7\n1 0 obj << >> endobj\n");
    writeFileSync(docx, await docxBytes());
    const output = join(folder, "phu-luc.xlsx");
    const result = await budget("consolidate", pdf, docx, "-o", output);
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).toContain(`${pdf}: lỗi BC101 Không đọc được tệp (không phải tệp bảng tính, PDF).`);
    expect(result.stderr.split("\n").slice(-3)).toEqual([
      "✖ 2 lỗi, 0 cảnh báo trong 2/2 tệp",
      "Không đọc được biểu mẫu nào trong 2 tệp; không có gì để tổng hợp.",
      "",
    ]);
    expect(readdirSync(folder).sort()).toEqual(["de-xuat.docx", "de-xuat.pdf"]);
  });

  it("totals of a PDF prints no total of 0 on stdout, in English too", async () => {
    const pdf = join(tempFolder(), "de-xuat.pdf");
    writeFileSync(pdf, "%PDF-1.7\n");
    const result = await budget("totals", pdf, "--format", "json", "--lang", "en");
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr.split("\n").slice(-2)).toEqual(["No form could be read in the file; nothing to consolidate.", ""]);
  });

  it("an empty folder: exit 2, no appendix, the kinds of file looked for named", async () => {
    const folder = tempFolder();
    mkdirSync(join(folder, "de-xuat"));
    const result = await budget("consolidate", join(folder, "de-xuat"), "-o", join(folder, "phu-luc.xlsx"));
    expect([result.code, result.stdout, result.stderr]).toEqual([2, "", "Không tìm thấy tệp biểu mẫu nào (.xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt).\n"]);
    expect(readdirSync(folder)).toEqual(["de-xuat"]);
  });

  it("a form among unreadable files is still consolidated (exit 1 for the unreadable one)", async () => {
    const folder = tempFolder();
    const pdf = join(folder, "de-xuat.pdf");
    writeFileSync(pdf, "%PDF-1.7\n");
    const result = await budget("totals", pdf, "fixtures/appendix", "--format", "json");
    expect([result.code, (JSON.parse(result.stdout) as { total: string }).total]).toEqual([1, "52538"]);
  });
});

describe("a mistyped folder is said to be one, before anything is read", () => {
  it("totals nothere --format json: nothing on stdout, no Excel hint, exit 2", async () => {
    const vi = await budget("totals", "nothere", "--format", "json");
    expect([vi.code, vi.stdout, vi.stderr]).toEqual([2, "", "Không tìm thấy thư mục hoặc tệp: nothere\n"]);
    const en = await budget("totals", "fixtures/forms", "nothere", "--lang", "en");
    expect([en.code, en.stdout, en.stderr]).toEqual([2, "", "No such folder or file: nothere\n"]);
  });

  it("consolidate with a mistyped folder writes nothing; a glob that matches nothing is said so", async () => {
    const folder = tempFolder();
    const result = await budget("consolidate", "de-xaut", "-o", join(folder, "phu-luc.xlsx"));
    expect([result.code, result.stdout, result.stderr]).toEqual([2, "", "Không tìm thấy thư mục hoặc tệp: de-xaut\n"]);
    const glob = await budget("check", "fixtures/forms/*.ods", "--lang", "en");
    expect([glob.code, glob.stdout, glob.stderr]).toEqual([2, "", "No file matches fixtures/forms/*.ods.\n"]);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("Excel's lock files named by a shell glob", () => {
  it("are skipped with a note saying to close the file in Excel; the forms are read as without them", async () => {
    const folder = tempFolder();
    const form = join(folder, "so-tu-phap.xlsx");
    const lock = join(folder, "~$so-tu-phap.xlsx");
    copyFileSync("fixtures/forms/04-so-tu-phap.xlsx", form);
    // What Excel writes: the user's name, padded; never a workbook.
    writeFileSync(lock, Buffer.concat([Buffer.from([5]), Buffer.from("ngoc ", "latin1"), Buffer.alloc(160, 0x20)]));
    const expected = await budget("totals", form, "--format", "json");
    const result = await budget("totals", lock, form, "--format", "json");
    expect([result.code, result.stdout]).toEqual([0, expected.stdout]);
    expect(result.stderr.split("\n")[0]).toBe(
      `Bỏ qua ${lock}: tệp khóa Excel tạo ra khi một bảng tính đang mở, không phải biểu mẫu. Đóng tệp trong Excel để những gì đã sửa được lưu vào tệp.`,
    );
    const en = await budget("check", form, lock, "--lang", "en");
    expect([en.code, en.stderr]).toEqual([
      0,
      `Skipped ${lock}: the lock file Excel keeps while a workbook is open, not a form. Close the file in Excel so that your edits are saved to it.\n`,
    ]);
    const quiet = await budget("totals", lock, form, "--format", "json", "-q");
    expect([quiet.code, quiet.stderr]).toEqual([0, ""]);
  });

  it("rollup skips them too, with the same note", async () => {
    const folder = tempFolder();
    const appendix = join(folder, "phu-luc-2025.xlsx");
    const lock = join(folder, "~$phu-luc-2025.xlsx");
    copyFileSync("fixtures/appendix/seed004-skhcn-2025.xlsx", appendix);
    writeFileSync(lock, "\u0005ngoc");
    const expected = await budget("rollup", appendix, "--format", "json");
    const result = await budget("rollup", lock, appendix, "--format", "json", "--lang", "en");
    expect([result.code, result.stdout]).toEqual([0, expected.stdout]);
    expect(result.stderr).toBe(
      `Skipped ${lock}: the lock file Excel keeps while a workbook is open, not a form. Close the file in Excel so that your edits are saved to it.\n`,
    );
  });

  it("a lock file alone is no form: exit 2", async () => {
    const lock = join(tempFolder(), "~$phu-luc.xlsx");
    writeFileSync(lock, "\u0005ngoc");
    const result = await budget("totals", lock, "-q");
    expect([result.code, result.stdout, result.stderr]).toEqual([2, "", "Không tìm thấy tệp biểu mẫu nào (.xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt).\n"]);
  });
});
