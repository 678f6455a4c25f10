import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { SOFFICE_MISSING, soffice } from "../support/libreoffice.js";
import { expectSameCells, packageTexts } from "../support/package-cells.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

const run = promisify(execFile);

/** The seed-000 form (five agencies, one file) in each format: 8 warnings on 7 cells of `Biểu mẫu`. */
const SEED = "fixtures/formats/seed/seed000-form";
/** The cells of the seed form's findings: six BC403 (no task group) and, on A25, BC303 too. */
const SEED_CELLS = ["A10", "A19", "A21", "A22", "A23", "A24", "A25"];

/** The cells the tool reads in the seed form, the same in every format. */
const CELLS: Readonly<Record<string, number>> = { ".xlsm": 155, ".xls": 155, ".ods": 155, "-utf8-comma.csv": 155 };

/** Copies fixtures into a fresh folder `de-xuat`; returns it. */
function intake(files: Readonly<Record<string, string>>): string {
  const folder = join(tempFolder(), "de-xuat");
  mkdirSync(folder);
  for (const [name, fixture] of Object.entries(files)) copyFileSync(fixture, join(folder, name));
  return folder;
}

function cellsOf(xml: string): Map<string, string> {
  const sheetData = /<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(xml)?.[1] ?? "";
  return new Map([...sheetData.matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => [/\br="([A-Z]+\d+)"/.exec(m[0])?.[1] ?? "", m[0]]));
}

function xfsOf(styles: string): string[] {
  const body = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return [...body.matchAll(/<xf\b(?:[^>]*?\/>|[^>]*>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
}

function fillsOf(styles: string): string[] {
  const body = /<fills\b[^>]*>([\s\S]*?)<\/fills>/.exec(styles)?.[1] ?? "";
  return [...body.matchAll(/<fill>[\s\S]*?<\/fill>/g)].map((m) => m[0]);
}

const styleIndex = (cell: string) => Number(/\ss="(\d+)"/.exec(/^<c\b[^>]*>/.exec(cell)?.[0] ?? "")?.[1] ?? 0);
const withoutStyle = (cell: string) => cell.replace(/^(<c\b[^>]*?)\ss="\d+"/, "$1");

/**
 * The returned package keeps the original's: every part but the ones the return edits byte for byte;
 * in the edited sheets, everything outside the cells (but the selected tab: the results sheet is), and every cell but the finding cells' style
 * index; the finding cells' new style is their old one with the yellow fill; the style table's old
 * entries unchanged. Returns the finding cells' addresses found highlighted, by sheet part.
 */
function expectUntouchedPackage(original: string, returned: string): Map<string, string[]> {
  const before = packageTexts(original);
  const after = packageTexts(returned);
  const edited = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);
  const highlighted = new Map<string, string[]>();
  const stylesBefore = before.get("xl/styles.xml") ?? "";
  const stylesAfter = after.get("xl/styles.xml") ?? "";
  const xfsBefore = xfsOf(stylesBefore);
  const xfsAfter = xfsOf(stylesAfter);
  expect(xfsAfter.slice(0, xfsBefore.length)).toEqual(xfsBefore);
  const fillsAfter = fillsOf(stylesAfter);
  expect(fillsAfter.slice(0, fillsOf(stylesBefore).length)).toEqual(fillsOf(stylesBefore));
  for (const [name, text] of before) {
    if (edited.has(name) || name === "xl/calcChain.xml") continue;
    const now = after.get(name);
    expect(now, name).toBeDefined();
    if (now === text || now === undefined || !name.startsWith("xl/worksheets/sheet")) {
      expect(now, name).toBe(text);
      continue;
    }
    // An edited sheet: the same outside its cells, but for the drawing of the comments and its tab no longer selected.
    const outside = (xml: string) =>
      xml
        .replace(/<sheetData\b[\s\S]*<\/sheetData>/, "")
        .replace(/<legacyDrawing [^>]*\/>/, "")
        .replace(/\stabSelected="(1|true)"/, "");
    expect(outside(now), name).toBe(outside(text));
    const cellsBefore = cellsOf(text);
    const cellsAfter = cellsOf(now);
    const marked: string[] = [];
    for (const [ref, cell] of cellsAfter) {
      const old = cellsBefore.get(ref);
      if (old === cell) continue;
      if (old !== undefined) expect(withoutStyle(cell), `${name} ${ref}`).toBe(withoutStyle(old));
      else expect(cell, `${name} ${ref}`).toMatch(/^<c r="[A-Z]+\d+" s="\d+"\/>$/);
      const xf = xfsAfter[styleIndex(cell)] ?? "";
      const fill = Number(/fillId="(\d+)"/.exec(xf)?.[1]);
      expect(fillsAfter[fill]).toContain('rgb="FFFFEE58"');
      const oldXf = xfsBefore[old === undefined ? 0 : styleIndex(old)] ?? "";
      expect(xf.replace(/\s(fillId|applyFill)="[^"]*"/g, "")).toBe(oldXf.replace(/\s(fillId|applyFill)="[^"]*"/g, ""));
      marked.push(ref);
    }
    for (const ref of cellsBefore.keys()) expect(cellsAfter.has(ref), `${name} ${ref}`).toBe(true);
    highlighted.set(name, marked);
  }
  return highlighted;
}

/** The comments of a workbook as SheetJS reads them (`cell.c`), by `Sheet!A1`, each its text. */
function commentsOf(file: string): Map<string, string> {
  const workbook = XLSX.read(readFileSync(file), { type: "buffer", dense: false });
  const comments = new Map<string, string>();
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name] ?? {};
    for (const ref of Object.keys(sheet)) {
      if (ref.startsWith("!")) continue;
      const cell: XLSX.CellObject | undefined = sheet[ref];
      if (cell?.c !== undefined) comments.set(`${name}!${ref}`, cell.c.map((comment) => comment.t).join("\n"));
    }
  }
  return comments;
}

function sheetNames(file: string): string[] {
  return XLSX.read(readFileSync(file), { type: "buffer", bookSheets: true }).SheetNames;
}

describe("budget return: an annotated copy of each agency's own form", () => {
  it("writes one copy per agency with findings over the forms and the faulty fixtures, each finding on its cell", async () => {
    const out = join(tempFolder(), "tra-lai");
    const { code, stdout, stderr } = await budget("return", "fixtures/forms", "fixtures/faulty", "-o", out);
    expect(code).toBe(1);
    expect(stderr).toContain(`Đã ghi 27 tệp vào ${out}.`);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(27);
    expect(files).toContain("danh-sach.xlsx");
    expect(files).toContain("Sở Giáo dục và Đào tạo.xlsx");
    expect(files).toContain("Sở Văn hóa, Thể thao và Du lịch.xlsx");
    // Agencies without findings get nothing: Sở Y tế's newest form (BC405's second file) is clean.
    expect(files.some((f) => f.startsWith("Sở Y tế"))).toBe(false);
    expect(stdout).toContain("26 tệp trả lại: 10 có lỗi, 16 chỉ có cảnh báo.");
    // The files without a form get no copy: the officer writes to their senders.
    expect(stdout.slice(stdout.indexOf("26 tệp trả lại")).split("\n").slice(1, 4)).toEqual([
      "Không trả lại được (không đọc được biểu mẫu); cần liên hệ nơi gửi:",
      "  fixtures/faulty/BC101-file-unreadable.xlsx: không đọc được (BC101 Không đọc được tệp (cấu trúc ZIP bị cắt cụt hoặc hỏng).)",
      "  fixtures/faulty/BC102-header-not-found.xlsx: không có biểu mẫu (BC102 Không tìm thấy dòng tiêu đề của biểu mẫu.)",
    ]);
    expect(stdout).toMatch(
      /│ 7 +│ Sở Giáo dục và Đào tạo +│ Sở Giáo dục và Đào tạo.xlsx +│ +1 │ +0 │ BC212 Biểu mẫu!E11: Cột Tổng kinh phí: ghi 200, tổng các dòng con là 150\. +│/,
    );

    const copy = join(out, "Sở Giáo dục và Đào tạo.xlsx");
    expect(sheetNames(copy)).toEqual(["Kết quả kiểm tra", "Biểu mẫu"]);
    const comments = commentsOf(copy);
    expect([...comments.keys()]).toEqual(["Biểu mẫu!E11"]);
    expect(comments.get("Biểu mẫu!E11")).toBe(
      "budget:\nlỗi BC212: Cột Tổng kinh phí: ghi 200, tổng các dòng con là 150.\n1.2 Trang bị thiết bị dạy học số cho các trường\nkỳ vọng: 150 · thực tế: 200\n→ Sửa số tổng hoặc dùng công thức SUM.",
    );
    const results = XLSX.read(readFileSync(copy), { type: "buffer" }).Sheets["Kết quả kiểm tra"] ?? {};
    expect(results.A2?.v).toBe("Cơ quan, đơn vị: Sở Giáo dục và Đào tạo");
    expect(results.A3?.v).toBe("Tệp đã nhận: BC212-parent-not-sum.xlsx");
    expect(results.A4?.v).toBe("Có 1 lỗi và 0 cảnh báo, liệt kê dưới đây.");
    expect([results.A6?.v, results.B6?.v, results.C6?.v, results.D6?.v, results.E6?.v, results.F6?.v]).toEqual([
      "TT",
      "Mức độ",
      "Mã",
      "Ô",
      "Nội dung",
      "Cách sửa",
    ]);
    expect([results.A7?.v, results.B7?.v, results.C7?.v, results.D7?.v]).toEqual([1, "lỗi", "BC212", "Biểu mẫu!E11"]);
    expect(results.D7?.l?.Target).toBe("#'Biểu mẫu'!E11");
    expect(expectUntouchedPackage("fixtures/faulty/BC212-parent-not-sum.xlsx", copy)).toEqual(new Map([["xl/worksheets/sheet1.xml", ["E11"]]]));
    expect(await expectSameCells("fixtures/faulty/BC212-parent-not-sum.xlsx", copy)).toBeGreaterThan(40);

    // Every returned copy keeps its original's parts and cells, and has a comment on each finding's cell.
    const cover = XLSX.read(readFileSync(join(out, "danh-sach.xlsx")), { type: "buffer" });
    const list = XLSX.utils.sheet_to_json<string[]>(cover.Sheets[cover.SheetNames[0] ?? ""] ?? {}, { header: 1 });
    expect(list[2]).toEqual(["TT", "Cơ quan, đơn vị", "Tệp đã nhận", "Tệp trả lại", "Lỗi", "Cảnh báo", "Vấn đề chính"]);
    const returned = list.slice(3).filter((row) => typeof row[0] === "number");
    expect(returned).toHaveLength(26);
    for (const row of returned) {
      const [, , received, name] = row.map(String);
      const original = received ?? "";
      const file = join(out, name ?? "");
      const highlighted = expectUntouchedPackage(original, file);
      const commented = [...commentsOf(file).keys()].map((ref) => ref.replace(/^.*!/, "")).sort();
      expect([...highlighted.values()].flat().sort(), original).toEqual(commented);
      expect(await expectSameCells(original, file), original).toBeGreaterThan(0);
    }
  }, 120_000);

  it("keeps every cell of an .xlsm, .xls, .ods and CSV form, and comments the finding cells", async () => {
    for (const [ext, copyName, converted] of [
      [".xlsm", "seed000-form.xlsm", false],
      [".xls", "seed000-form.xlsx", true],
      [".ods", "seed000-form.xlsx", true],
      ["-utf8-comma.csv", "seed000-form-utf8-comma.xlsx", true],
    ] as const) {
      const original = `${SEED}${ext}`;
      const out = join(tempFolder(), "tra-lai");
      const { code, stdout } = await budget("return", original, "-o", out);
      expect(code, ext).toBe(0);
      expect(stdout, ext).toContain("1 tệp trả lại: 0 có lỗi, 1 chỉ có cảnh báo.");
      // One line per code for the cover letter: BC303 once, BC403 on seven cells.
      expect(stdout, ext).toMatch(/│ BC303 [^│]+!A25: Số thứ tự "4,5" không khớp vị trí; lẽ ra là "5\.5"\. +│\n/);
      expect(stdout, ext).toMatch(/│ BC403 [^│]+!A10: Nhiệm vụ chưa thuộc nhóm nhiệm vụ nào\. \(và 6 chỗ khác\) +│\n/);
      const copy = join(out, copyName);
      expect(existsSync(copy), copy).toBe(true);
      const form = ext.endsWith(".csv") ? basename(original, ".csv") : "Biểu mẫu";
      expect(sheetNames(copy), ext).toEqual(["Kết quả kiểm tra", form]);
      const comments = commentsOf(copy);
      expect([...comments.keys()], ext).toEqual(SEED_CELLS.map((cell) => `${form}!${cell}`));
      expect(comments.get(`${form}!A25`), ext).toContain('cảnh báo BC303: Số thứ tự "4,5" không khớp vị trí; lẽ ra là "5.5".');
      expect(comments.get(`${form}!A25`), ext).toContain("cảnh báo BC403");
      expect(await expectSameCells(original, copy), ext).toBe(CELLS[ext]);
      if (!converted) expect([...expectUntouchedPackage(original, copy).values()].flat(), ext).toEqual(SEED_CELLS);
      const results = XLSX.read(readFileSync(copy), { type: "buffer" }).Sheets["Kết quả kiểm tra"] ?? {};
      const note = String(results.A5?.v ?? "");
      if (converted) expect(note, ext).toContain(`Tệp gốc ở định dạng ${ext.endsWith(".csv") ? ".csv" : ext}; bản trả lại là tệp .xlsx`);
      else expect(note, ext).toBe("");
    }
  }, 120_000);

  it("keeps every cell of the other fixtures that come back: formulas with errors or no value, units, appendices", async () => {
    const cases: ReadonlyArray<readonly [string, string, readonly string[]]> = [
      ["fixtures/formats/amount/formula-error.xlsx", "Sở Tư pháp.xlsx", ["Biểu mẫu!C5", "Biểu mẫu!C7"]],
      ["fixtures/formats/amount/formula-no-cache.xlsx", "Sở Tư pháp.xlsx", ["Biểu mẫu!C5"]],
      ["fixtures/formats/code/misplaced-code.xlsx", "misplaced-code.xlsx", ["Biểu mẫu!A9"]],
      ["fixtures/formats/seed/seed000-appendix.ods", "seed000-appendix.xlsx", ["Phụ lục!A23"]],
      ["fixtures/formats/seed/seed000-appendix.xlsx", "seed000-appendix.xlsx", ["Phụ lục!A23"]],
      ["fixtures/units-mixed/vptu-dong-va-trieu-dong.xlsx", "Văn phòng Tỉnh ủy.xlsx", ["Phụ lục 2!C4"]],
      // Its one finding (BC406, the agency unknown) names no cell: listed on the first sheet, no comment.
      ["fixtures/units/kham-chua-benh-tre-em-5-tinh.csv", "kham-chua-benh-tre-em-5-tinh.xlsx", []],
    ];
    for (const [original, name, cells] of cases) {
      const out = join(tempFolder(), "tra-lai");
      await budget("return", original, "-o", out);
      const copy = join(out, name);
      expect([...commentsOf(copy).keys()], original).toEqual(cells);
      expect(await expectSameCells(original, copy), original).toBeGreaterThan(10);
      if (original.endsWith(".xlsx"))
        expect([...expectUntouchedPackage(original, copy).values()].flat(), original).toEqual(cells.map((c) => c.replace(/^.*!/, "")));
    }
  }, 120_000);

  it.skipIf(!soffice)(
    `opens in LibreOffice with the comments on the finding cells${soffice ? "" : ` (${SOFFICE_MISSING})`}`,
    async () => {
      const out = join(tempFolder(), "tra-lai");
      await budget("return", `${SEED}.xls`, "-o", out);
      const converted = join(tempFolder(), "lo");
      mkdirSync(converted);
      await run(soffice ?? "soffice", ["--headless", "--convert-to", "xlsx", "--outdir", converted, join(out, "seed000-form.xlsx")], { timeout: 90_000 });
      const copy = join(converted, "seed000-form.xlsx");
      const comments = commentsOf(copy);
      expect([...comments.keys()]).toEqual(SEED_CELLS.map((cell) => `Biểu mẫu!${cell}`));
      expect(comments.get("Biểu mẫu!A10")).toContain("cảnh báo BC403: Nhiệm vụ chưa thuộc nhóm nhiệm vụ nào.");
      expect(sheetNames(copy)).toEqual(["Kết quả kiểm tra", "Biểu mẫu"]);
      expect(await expectSameCells(`${SEED}.xls`, copy)).toBe(155);
    },
    120_000,
  );

  it("never changes an input, and writes into a folder that is not empty only with --force", async () => {
    const inputs = intake({ "gd.xlsx": "fixtures/faulty/BC212-parent-not-sum.xlsx", "seed.ods": `${SEED}.ods` });
    const digest = () =>
      readdirSync(inputs).map((name) =>
        createHash("sha256")
          .update(readFileSync(join(inputs, name)))
          .digest("hex"),
      );
    const before = digest();
    const out = join(tempFolder(), "tra-lai");
    mkdirSync(out);
    writeFileSync(join(out, "cu.txt"), "old");
    const { code, stderr } = await budget("return", inputs, "-o", out, "--force");
    expect(code).toBe(1);
    expect(stderr).toContain(`Đã ghi 3 tệp vào ${out}.`);
    expect(readdirSync(out).sort()).toEqual(["Sở Giáo dục và Đào tạo.xlsx", "cu.txt", "danh-sach.xlsx", "seed.xlsx"]);
    expect(digest()).toEqual(before);
    // The folder of the inputs itself: refused before anything is read, even with files in it.
    const again = await budget("return", inputs, "-o", inputs);
    expect(again.code).toBe(2);
    expect(digest()).toEqual(before);
  });

  it("returns a copy sent back unfixed as the first copy was: one results sheet, the same comments", async () => {
    const original = "fixtures/faulty/BC212-parent-not-sum.xlsx";
    const first = join(tempFolder(), "tra-lai");
    await budget("return", original, "-o", first);
    const sentBack = intake({ "gd-lan-2.xlsx": join(first, "Sở Giáo dục và Đào tạo.xlsx") });
    const second = join(tempFolder(), "tra-lai-2");
    const { code } = await budget("return", sentBack, "-o", second);
    expect(code).toBe(1);
    const copy = join(second, "Sở Giáo dục và Đào tạo.xlsx");
    expect(sheetNames(copy)).toEqual(["Kết quả kiểm tra", "Biểu mẫu"]);
    expect(commentsOf(copy)).toEqual(commentsOf(join(first, "Sở Giáo dục và Đào tạo.xlsx")));
    expect(expectUntouchedPackage(original, copy)).toEqual(new Map([["xl/worksheets/sheet1.xml", ["E11"]]]));
  });

  it("shows every comment open with --show-comments, on hover by default", async () => {
    const vmlOf = async (...flags: string[]) => {
      const out = join(tempFolder(), "tra-lai");
      await budget("return", `${SEED}.xls`, "-o", out, ...flags);
      const parts = packageTexts(join(out, "seed000-form.xlsx"));
      return [...parts]
        .filter(([name]) => name.endsWith(".vml"))
        .map(([, text]) => text)
        .join("");
    };
    const hover = await vmlOf();
    expect(hover.match(/visibility:hidden/g)).toHaveLength(7);
    expect(hover).not.toContain("<x:Visible/>");
    const open = await vmlOf("--show-comments");
    expect(open.match(/visibility:visible/g)).toHaveLength(7);
    expect(open.match(/<x:Visible\/>/g)).toHaveLength(7);
  });

  it("keeps the cover list's name for it: a shared form called danh-sach comes back as danh-sach (2)", async () => {
    const out = join(tempFolder(), "tra-lai");
    const { code } = await budget("return", intake({ "danh-sach.ods": `${SEED}.ods` }), "-o", out);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["danh-sach (2).xlsx", "danh-sach.xlsx"]);
    expect(sheetNames(join(out, "danh-sach.xlsx"))).toEqual(["Danh sách trả lại"]);
  });

  it("refuses a folder that is not empty, and writes nothing into it", async () => {
    const out = join(tempFolder(), "tra-lai");
    mkdirSync(out);
    writeFileSync(join(out, "cu.txt"), "old");
    const { code, stderr } = await budget("return", intake({ "gd.xlsx": "fixtures/faulty/BC212-parent-not-sum.xlsx" }), "-o", out);
    expect(code).toBe(2);
    expect(stderr).toBe(`Không ghi vào ${out}: thư mục đã có tệp. Chọn một thư mục mới hoặc trống, hoặc dùng --force.\n`);
    expect(readdirSync(out)).toEqual(["cu.txt"]);
  });

  it("with --all, sends a short valid note to an agency without findings, in English with --lang en", async () => {
    const out = join(tempFolder(), "tra-lai");
    const inputs = intake({ "noi-vu.xlsx": "fixtures/forms/03-so-noi-vu.xlsx", "gd.xlsx": "fixtures/faulty/BC212-parent-not-sum.xlsx" });
    const { code, stdout } = await budget("return", inputs, "-o", out, "--all", "--lang", "en");
    expect(code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(["Sở Giáo dục và Đào tạo.xlsx", "Sở Nội vụ.xlsx", "danh-sach.xlsx"]);
    expect(stdout).toContain("2 file(s) returned: 1 with errors, 0 with warnings only, 1 valid (a note).");
    const note = XLSX.read(readFileSync(join(out, "Sở Nội vụ.xlsx")), { type: "buffer" });
    expect(note.SheetNames).toEqual(["Check results"]);
    expect(note.Sheets["Check results"]?.A4?.v).toBe("The form is valid: no errors, no warnings.");
    expect(commentsOf(join(out, "Sở Giáo dục và Đào tạo.xlsx")).get("Biểu mẫu!E11")).toContain("error BC212:");
  });
});
