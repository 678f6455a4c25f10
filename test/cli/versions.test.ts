import { copyFileSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { consolidate } from "../../src/index.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

/** Sở Tư pháp's form as published: one item, 1.000 triệu đồng (E9, G9, I9 and E10, G10, I10). */
const FORM = "fixtures/forms/04-so-tu-phap.xlsx";
/** 10 July 2025, 10:00 local time: when the first version came in. */
const FIRST = new Date(2025, 6, 10, 10, 0);
/** 12 July 2025, 09:00: when the second did. */
const SECOND = new Date(2025, 6, 12, 9, 0);

/** The form with its agency row and its one item asking 1.200 instead of 1.000 (written with SheetJS). */
function resentBytes(): Buffer {
  const book = XLSX.read(readFileSync(FORM));
  const sheet = book.Sheets[book.SheetNames[0] ?? ""];
  if (!sheet) throw new Error("no sheet");
  for (const address of ["E9", "G9", "I9", "E10", "G10", "I10"]) sheet[address] = { t: "n", v: 1200 };
  return XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer;
}

/** A folder with the form and its second version `04-so-tu-phap-v2.xlsx`, modified at the times given. */
function twoVersions(original: Date, resent: Date): { folder: string; original: string; resent: string } {
  const folder = tempFolder();
  const paths = { original: join(folder, "04-so-tu-phap.xlsx"), resent: join(folder, "04-so-tu-phap-v2.xlsx") };
  copyFileSync(FORM, paths.original);
  writeFileSync(paths.resent, resentBytes());
  utimesSync(paths.original, original, original);
  utimesSync(paths.resent, resent, resent);
  return { folder, ...paths };
}

function totalOf(stdout: string): unknown {
  const parsed: unknown = JSON.parse(stdout);
  return typeof parsed === "object" && parsed !== null && "total" in parsed ? parsed.total : undefined;
}

/** The `Nguồn` sheet of a workbook, row by row: file and `Phiên bản` (the last column). */
function sourcesSheet(path: string): string[][] {
  const book = XLSX.read(readFileSync(path));
  const sheet = book.Sheets.Nguồn;
  if (!sheet) throw new Error("no Nguồn sheet");
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: "" });
  return rows.map((row) => [String(row[0]), String(row.at(-1))]);
}

describe("several files of one agency: the newest is used, the others superseded (issue 17)", () => {
  it("totals: only the newer file's figures count, and a note in the older file names both", async () => {
    const { folder, original, resent } = twoVersions(FIRST, SECOND);
    const { code, stdout, stderr } = await budget("totals", folder, "--format", "json");
    expect(code).toBe(0);
    // 1.200 from the second version alone, not 1.000 + 1.200.
    expect(totalOf(stdout)).toBe("1200");
    expect(stderr).toContain(
      `${original}:Biểu mẫu!A9: thông tin BC409 Đã được thay thế bởi ${resent} (mới hơn theo thời gian sửa tệp): không cộng số liệu của đơn vị "Sở Tư pháp" trong tệp này.\n`,
    );
    expect(stderr).not.toContain("BC405");
    // The older file's own finding (BC403, no task group) goes with it: one warning, the newer file's.
    expect(stderr).toContain("⚠ 0 lỗi, 1 cảnh báo trong 1/2 tệp\n");
  });

  it("--versions all adds them up as before, with BC405", async () => {
    const { folder, original, resent } = twoVersions(FIRST, SECOND);
    const { code, stdout, stderr } = await budget("totals", folder, "--format", "json", "--versions", "all");
    expect(code).toBe(0);
    expect(totalOf(stdout)).toBe("2200");
    expect(stderr).toContain(`${original}:Biểu mẫu!A9: cảnh báo BC405 Đơn vị "Sở Tư pháp" đã có trong tệp ${resent}.\n`);
    expect(stderr).not.toContain("BC409");
  });

  it("the file time decides before the name: an original saved later is the one used", async () => {
    const { folder, original, resent } = twoVersions(SECOND, FIRST);
    const { stdout, stderr } = await budget("totals", folder, "--format", "json", "--lang", "en");
    expect(totalOf(stdout)).toBe("1000");
    expect(stderr).toContain(
      `${resent}:Biểu mẫu!A9: info BC409 Superseded by ${original} (newer by file modification time): the figures of agency "Sở Tư pháp" in this file are not added.\n`,
    );
  });

  it("times less than 2 s apart (a folder copied in one go, v2 first) leave it to the name's v2", async () => {
    const copied = new Date(2025, 6, 12, 9, 0, 0, 400);
    const { folder, original, resent } = twoVersions(copied, SECOND);
    const { stdout, stderr } = await budget("totals", folder, "--format", "json");
    expect(totalOf(stdout)).toBe("1200");
    expect(stderr).toContain(`${original}:Biểu mẫu!A9: thông tin BC409 Đã được thay thế bởi ${resent} (mới hơn theo dấu phiên bản trong tên tệp)`);
  });

  it("consolidate: the appendix's total, its Kiểm tra and its Nguồn sheet say which file was used", async () => {
    const { folder, original, resent } = twoVersions(FIRST, SECOND);
    const out = join(tempFolder(), "phu-luc.xlsx");
    const { code, stdout } = await budget("consolidate", folder, "-o", out, "--format", "json");
    expect(code).toBe(0);
    expect(totalOf(stdout)).toBe("1200");
    expect(sourcesSheet(out)).toEqual([
      ["Tệp", "Phiên bản"],
      [resent, `dùng, thay cho ${original} (mới hơn theo thời gian sửa tệp)`],
      [original, `đã thay thế bởi ${resent} (mới hơn theo thời gian sửa tệp), không cộng`],
    ]);
    const book = XLSX.read(readFileSync(out));
    const appendix = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets["Phụ lục"] ?? {}, { header: 1, defval: "" });
    expect(appendix.find((row) => row[1] === "TỔNG")?.[2]).toBe(1200);
    const checks = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets["Kiểm tra"] ?? {}, { header: 1, defval: "" });
    expect(checks.filter((row) => row[0] === "BC409").map((row) => [row[1], row[3], row[5]])).toEqual([["thông tin", original, "A9"]]);

    const all = join(tempFolder(), "cong-ca.xlsx");
    await budget("consolidate", folder, "-o", all, "--versions", "all", "--format", "none");
    expect(sourcesSheet(all).slice(1)).toEqual([
      [resent, `cộng cùng ${original} (--versions all)`],
      [original, `cộng cùng ${resent} (--versions all)`],
    ]);
  });

  it("check counts what consolidate uses: the superseded file has one note and nothing else", async () => {
    const { folder, original, resent } = twoVersions(FIRST, SECOND);
    const { code, stdout } = await budget("check", folder, "--format", "json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { summary: unknown; files: unknown; diagnostics: Array<{ code: string; file: string; args: unknown }> };
    expect(report.summary).toEqual({ files: 2, filesWithFindings: 1, errors: 0, warnings: 1, infos: 1 });
    expect(report.files).toEqual([
      { file: resent, status: "warning", errors: 0, warnings: 1, infos: 0 },
      { file: original, status: "info", errors: 0, warnings: 0, infos: 1 },
    ]);
    expect(report.diagnostics.map((d) => [d.code, d.file, d.args])).toEqual([
      ["BC403", resent, {}],
      ["BC409", original, { agency: "Sở Tư pháp", newer: resent, by: "time" }],
    ]);
  });

  it("a file of several agencies loses only the agency sent again, and the findings on its rows", async () => {
    // The whole form (148.165, Sở Khoa học và Công nghệ 28.000 at rows 20–26), then that agency's excerpt (27.519).
    const folder = tempFolder();
    const form = join(folder, "seed000-form.xlsx");
    const excerpt = join(folder, "seed001-skhcn-excerpt.xlsx");
    copyFileSync("fixtures/seeds/seed000-form.xlsx", form);
    copyFileSync("fixtures/seeds/seed001-skhcn-excerpt.xlsx", excerpt);
    utimesSync(form, FIRST, FIRST);
    utimesSync(excerpt, SECOND, SECOND);
    const out = join(tempFolder(), "phu-luc.xlsx");
    const { code, stdout, stderr } = await budget("consolidate", folder, "-o", out, "--format", "json");
    expect(code).toBe(0);
    // 148.165 − 28.000 + 27.519.
    expect(totalOf(stdout)).toBe("147684");
    // Its other agencies' findings stay (A10, A19); those on the superseded agency's rows (BC303 and BC403 at A21–A25) go.
    expect(stderr.split("\n").filter((line) => line.startsWith(form))).toEqual([
      `${form}:Biểu mẫu!A10: cảnh báo BC403 Nhiệm vụ chưa thuộc nhóm nhiệm vụ nào.`,
      `${form}:Biểu mẫu!A19: cảnh báo BC403 Nhiệm vụ chưa thuộc nhóm nhiệm vụ nào.`,
      `${form}:Biểu mẫu!A20: thông tin BC409 Đã được thay thế bởi ${excerpt} (mới hơn theo thời gian sửa tệp): không cộng số liệu của đơn vị "Sở Khoa học và Công nghệ" trong tệp này.`,
    ]);
    expect(sourcesSheet(out).slice(1)).toEqual([
      [form, `Sở Khoa học và Công nghệ: đã thay thế bởi ${excerpt} (mới hơn theo thời gian sửa tệp), không cộng`],
      [excerpt, `dùng, thay cho ${form} (mới hơn theo thời gian sửa tệp)`],
    ]);
  });

  it("files in memory have no time: the name's mark, else the later input, is the newer", async () => {
    const bytes = (buffer: Buffer) => new Uint8Array(buffer);
    const original = { name: "so-tu-phap.xlsx", bytes: bytes(readFileSync(FORM)) };
    const marked = { name: "so-tu-phap (lần 2).xlsx", bytes: bytes(resentBytes()) };
    const byName = await consolidate([marked, original], { workers: 0 });
    expect(byName.consolidation.totals.total.toFixed()).toBe("1200");
    expect(byName.files.map((f) => [f.file, f.versions?.map((v) => [v.role, v.by])])).toEqual([
      ["so-tu-phap (lần 2).xlsx", [["used", "name"]]],
      ["so-tu-phap.xlsx", [["superseded", "name"]]],
    ]);
    const unmarked = { name: "so-tu-phap-sua.xlsx", bytes: marked.bytes };
    const byOrder = await consolidate([unmarked, original], { workers: 0 });
    expect(byOrder.consolidation.totals.total.toFixed()).toBe("1000");
    expect(byOrder.diagnostics.filter((d) => d.code === "BC409").map((d) => [d.file, d.args])).toEqual([
      ["so-tu-phap-sua.xlsx", { agency: "Sở Tư pháp", newer: "so-tu-phap.xlsx", by: "order" }],
    ]);
  });
});
