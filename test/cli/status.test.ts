import { copyFileSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { DOCUMENT_SCHEMAS, documentJsonSchema } from "../../src/schemas/documents.js";
import { pdfAsPrintedByLibreOffice, poppler, SOFFICE_MISSING, sheetsAsSeenByLibreOffice, soffice } from "../support/libreoffice.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

/** 10 July 2025, 10:00 local time: before the deadline of the tests. */
const ON_TIME = new Date(2025, 6, 10, 10, 0);
/** 20 July 2025, 09:30 local time: after it. */
const AFTER = new Date(2025, 6, 20, 9, 30);

/** Copies fixtures into a fresh folder, each modified at `when` (by name, else ON_TIME); returns the folder. */
function intake(files: Readonly<Record<string, string>>, when: Readonly<Record<string, Date>> = {}): string {
  const folder = join(tempFolder(), "de-xuat");
  mkdirSync(folder);
  for (const [name, fixture] of Object.entries(files)) {
    const path = join(folder, name);
    copyFileSync(fixture, path);
    const time = when[name] ?? ON_TIME;
    utimesSync(path, time, time);
  }
  return folder;
}

/** Three of the five forms and one faulty form (Sở Giáo dục và Đào tạo, BC212: 200 stated, 150 summed). */
const BASE = {
  "01-van-phong-tinh-uy.xlsx": "fixtures/forms/01-van-phong-tinh-uy.xlsx",
  "03-so-noi-vu.xlsx": "fixtures/forms/03-so-noi-vu.xlsx",
  "04-so-tu-phap.xlsx": "fixtures/forms/04-so-tu-phap.xlsx",
  "gd-dt.xlsx": "fixtures/faulty/BC212-parent-not-sum.xlsx",
};

/** Sở Tư pháp's form again, with other figures (300 triệu đồng): its corrected copy. */
const RESENT = { "04-so-tu-phap-sua.xlsx": "fixtures/formats/container/standard.xlsx" };

/** The table row of an agency (or of a superseded file, by its file name). */
function rowOf(stdout: string, text: string): string {
  return stdout.split("\n").find((line) => line.includes(text)) ?? `(no row with ${text})`;
}

describe("budget status: the roster of the plan's agencies", () => {
  it("lists every registry agency in the appendix's order with its state, file, time, findings and total", async () => {
    const { code, stdout, stderr } = await budget("status", intake(BASE));
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.split("\n");
    expect(lines[1]).toBe(
      "│ TT │ Cơ quan, đơn vị                                  │ Tình trạng │ Tệp                       │ Nhận lúc         │ Lỗi │ Cảnh báo │ Kinh phí đề xuất │",
    );
    expect(lines[2]).toContain("│ I  │ Cơ quan Khối Đảng ");
    expect(rowOf(stdout, "Văn phòng Tỉnh ủy")).toBe(
      "│ 1  │ Văn phòng Tỉnh ủy                                │ hợp lệ     │ 01-van-phong-tinh-uy.xlsx │ 2025-07-10 10:00 │   0 │        1 │           79.000 │",
    );
    expect(rowOf(stdout, "Sở Tài chính")).toBe(
      "│ 1  │ Sở Tài chính                                     │ chưa nộp   │                           │                  │     │          │                  │",
    );
    expect(rowOf(stdout, "Sở Nội vụ")).toBe(
      "│ 2  │ Sở Nội vụ                                        │ hợp lệ     │ 03-so-noi-vu.xlsx         │ 2025-07-10 10:00 │   0 │        0 │           39.075 │",
    );
    expect(rowOf(stdout, "Sở Tư pháp")).toBe(
      "│ 4  │ Sở Tư pháp                                       │ hợp lệ     │ 04-so-tu-phap.xlsx        │ 2025-07-10 10:00 │   0 │        1 │            1.000 │",
    );
    expect(rowOf(stdout, "Sở Giáo dục và Đào tạo")).toBe(
      "│ 11 │ Sở Giáo dục và Đào tạo                           │ có lỗi     │ gd-dt.xlsx                │ 2025-07-10 10:00 │   1 │        0 │              250 │",
    );
    expect(rowOf(stdout, "Liên minh Hợp tác xã")).toContain("│ 19 │ Liên minh Hợp tác xã");
    expect(rowOf(stdout, "TỔNG CỘNG")).toContain("│          119.325 │");
    expect(lines.filter((line) => line.startsWith("│") && line.includes("│ chưa nộp "))).toHaveLength(16);
    expect(stdout).toContain("\n(đơn vị: triệu đồng)\nĐã nộp 4/20 đơn vị, 16 chưa nộp, 1 có lỗi.\n");
  });

  it("marks a form received after --deadline late, and an older form of the same agency superseded", async () => {
    const folder = intake({ ...BASE, ...RESENT }, { "04-so-tu-phap-sua.xlsx": AFTER });
    const { code, stdout } = await budget("status", folder, "--deadline", "2025-07-15");
    expect(code).toBe(0);
    expect(rowOf(stdout, "Sở Tư pháp")).toBe(
      "│ 4  │ Sở Tư pháp                                       │ nộp muộn    │ 04-so-tu-phap-sua.xlsx    │ 2025-07-20 09:30 │   0 │        0 │              300 │",
    );
    expect(rowOf(stdout, "04-so-tu-phap.xlsx")).toBe(
      "│    │                                                  │ đã thay thế │ 04-so-tu-phap.xlsx        │ 2025-07-10 10:00 │   0 │        1 │            1.000 │",
    );
    // Only the newest file counts: 79.000 + 39.075 + 300 + 250.
    expect(rowOf(stdout, "TỔNG CỘNG")).toContain("│          118.625 │");
    expect(stdout).toContain("Hạn nộp: 2025-07-15\nĐã nộp 4/20 đơn vị, 16 chưa nộp, 1 có lỗi, 1 nộp muộn, 1 tệp đã thay thế.\n");

    // The newer file by its time, not its name: the corrected copy sent first is the one replaced.
    const swapped = intake({ ...BASE, ...RESENT }, { "04-so-tu-phap.xlsx": AFTER, "04-so-tu-phap-sua.xlsx": ON_TIME });
    const again = await budget("status", swapped);
    expect(rowOf(again.stdout, "Sở Tư pháp")).toContain("│ hợp lệ      │ 04-so-tu-phap.xlsx        │ 2025-07-20 09:30 │   0 │        1 │            1.000 │");
    expect(rowOf(again.stdout, "04-so-tu-phap-sua.xlsx")).toContain("│ đã thay thế │ 04-so-tu-phap-sua.xlsx");
  });

  it("decides which file is newer as consolidate does: at the same time, the v2 in a name", async () => {
    // Copied together, both files have the same time; `04-so-tu-phap-v2.xlsx` comes first in the folder.
    const folder = intake({ ...BASE, "04-so-tu-phap-v2.xlsx": RESENT["04-so-tu-phap-sua.xlsx"] });
    const { stdout } = await budget("status", folder);
    expect(rowOf(stdout, "Sở Tư pháp")).toBe(
      "│ 4  │ Sở Tư pháp                                       │ hợp lệ      │ 04-so-tu-phap-v2.xlsx     │ 2025-07-10 10:00 │   0 │        0 │              300 │",
    );
    expect(rowOf(stdout, "04-so-tu-phap.xlsx")).toContain("│ đã thay thế │ 04-so-tu-phap.xlsx");
    const totals = await budget("totals", folder, "--format", "json");
    expect(totals.stderr).toContain(
      `${join(folder, "04-so-tu-phap.xlsx")}:Biểu mẫu!A9: thông tin BC409 Đã được thay thế bởi ${join(folder, "04-so-tu-phap-v2.xlsx")} (mới hơn theo dấu phiên bản trong tên tệp)`,
    );
  });

  it("never lets a blank template left in the folder stand for its agency's real form", async () => {
    const folder = intake(BASE);
    const blank = join(folder, "bieu-mau.xlsx");
    expect((await budget("template", "-o", blank, "--agency", "Sở Tư pháp", "-q")).code).toBe(0);
    utimesSync(blank, AFTER, AFTER);
    const { stdout } = await budget("status", folder);
    expect(rowOf(stdout, "Sở Tư pháp")).toMatch(/│ hợp lệ +│ 04-so-tu-phap\.xlsx +│ 2025-07-10 10:00 │ +0 │ +1 │ +1\.000 │$/);
    expect(stdout).not.toContain("đã thay thế");
    expect(stdout).toContain(`  ${blank}: biểu mẫu trống, chưa có số liệu (BC111 Biểu mẫu trống, chưa có số liệu (đơn vị: Sở Tư pháp).)`);
    expect(rowOf(stdout, "TỔNG CỘNG")).toContain("│          119.325 │");
  });

  it("lists the files that are not forms apart and does not count them", async () => {
    const folder = intake({
      ...BASE,
      "phu-luc-cu.xlsx": "fixtures/faulty/BC113-own-output-skipped.xlsx",
      "cong-van.xlsx": "fixtures/formats/container/pdf-named.xlsx",
    });
    writeFileSync(join(folder, "to-trinh.pdf"), "%PDF-1.4\n");
    const { code, stdout } = await budget("status", folder);
    expect(code).toBe(0);
    expect(stdout).toContain("Đã nộp 4/20 đơn vị, 16 chưa nộp, 1 có lỗi; 3 tệp không phải biểu mẫu (không tính).\n");
    expect(stdout).toContain(
      [
        "Tệp không phải biểu mẫu (không tính):",
        `  ${join(folder, "cong-van.xlsx")}: không đọc được (BC101 Không đọc được tệp (không phải tệp bảng tính, PDF).)`,
        `  ${join(folder, "phu-luc-cu.xlsx")}: đầu ra của công cụ (BC113 Bỏ qua tệp: đây là phụ lục tổng hợp do budget consolidate ghi ra; không cộng số liệu của tệp này.)`,
        `  ${join(folder, "to-trinh.pdf")}: không phải bảng tính, không đọc`,
        "",
      ].join("\n"),
    );
    expect(rowOf(stdout, "TỔNG CỘNG")).toContain("│          119.325 │");
  });

  it("skips its own roster workbook in the folder, this run's and an earlier one's, in either language", async () => {
    const folder = intake(BASE);
    const first = await budget("status", folder, "-o", join(folder, "tinh-hinh.xlsx"));
    expect(first).toMatchObject({ code: 0, stderr: `Đã ghi ${join(folder, "tinh-hinh.xlsx")}.\n` });
    await budget("status", folder, "-o", join(folder, "received.xlsx"), "--lang", "en");
    const { stdout } = await budget("status", folder);
    expect(stdout).toContain("Đã nộp 4/20 đơn vị, 16 chưa nộp, 1 có lỗi; 2 tệp không phải biểu mẫu (không tính).\n");
    expect(stdout).toContain(
      `  ${join(folder, "tinh-hinh.xlsx")}: đầu ra của công cụ (BC113 Bỏ qua tệp: đây là bảng tình hình nộp do budget status ghi ra; không cộng số liệu của tệp này.)\n`,
    );
    expect(stdout).toContain(`  ${join(folder, "received.xlsx")}: đầu ra của công cụ (BC113 Bỏ qua tệp: đây là bảng tình hình nộp do budget status ghi ra;`);
  });

  it("speaks English with --lang en", async () => {
    const { stdout } = await budget("status", intake(BASE), "--lang", "en");
    expect(stdout.split("\n")[1]).toContain("│ No. │ Agency ");
    expect(rowOf(stdout, "Sở Nội vụ")).toContain("│ valid      │ 03-so-noi-vu.xlsx         │ 2025-07-10 10:00 │      0 │        0 │    39,075 │");
    expect(rowOf(stdout, "Sở Giáo dục và Đào tạo")).toContain("│ has errors │");
    expect(rowOf(stdout, "Sở Tài chính")).toContain("│ missing    │");
    expect(stdout).toContain("\n(unit: million VND)\nSent 4 of 20 agencies, 16 missing, 1 with errors.\n");
  });

  it("shows every agency missing for an empty folder, early in the loop", async () => {
    const folder = join(tempFolder(), "chua-co");
    mkdirSync(folder);
    const { code, stdout } = await budget("status", folder);
    expect(code).toBe(0);
    expect(stdout).toContain("Đã nộp 0/20 đơn vị, 20 chưa nộp, 0 có lỗi.\n");
    expect(await budget("status", folder, "--require-all").then((r) => r.code)).toBe(1);
  });

  it("--require-all exits 1 while an agency is missing or has errors, 0 when all are in and clean", async () => {
    const exported = join(tempFolder(), "ke-hoach.json");
    await budget("plan", "--export", exported);
    const plan = JSON.parse(readFileSync(exported, "utf8")) as { agencies: Array<{ name: string }> };
    const three = ["Văn phòng Tỉnh ủy", "Sở Nội vụ", "Sở Tư pháp"];
    plan.agencies = plan.agencies.filter((agency) => three.includes(agency.name));
    const small = join(tempFolder(), "ba-don-vi.json");
    writeFileSync(small, JSON.stringify(plan));

    const { "gd-dt.xlsx": _faulty, ...clean } = BASE;
    const allIn = await budget("status", intake(clean), "--plan", small, "--require-all");
    expect(allIn.stdout).toContain("Đã nộp 3/3 đơn vị, 0 chưa nộp, 0 có lỗi.\n");
    expect(allIn.code).toBe(0);
    // With --strict, warnings fail too: 01 and 04 each have one (BC403).
    expect((await budget("status", intake(clean), "--plan", small, "--require-all", "--strict")).code).toBe(1);
    const { "01-van-phong-tinh-uy.xlsx": _vptu, "04-so-tu-phap.xlsx": _tuPhap, ...noWarnings } = clean;
    const onlyNoiVu = plan.agencies.filter((agency) => agency.name === "Sở Nội vụ");
    writeFileSync(small, JSON.stringify({ ...plan, agencies: onlyNoiVu }));
    expect((await budget("status", intake(noWarnings), "--plan", small, "--require-all", "--strict")).code).toBe(0);
    writeFileSync(small, JSON.stringify(plan));

    // The faulty form is of an agency the small registry lacks: listed after, its errors still count.
    const withFaulty = await budget("status", intake(BASE), "--plan", small, "--require-all");
    expect(rowOf(withFaulty.stdout, "Đơn vị ngoài danh sách của kế hoạch")).toMatch(/^│ {4}│ Đơn vị ngoài danh sách của kế hoạch +│ +│/);
    expect(rowOf(withFaulty.stdout, "Sở Giáo dục và Đào tạo")).toContain("│ có lỗi     │ gd-dt.xlsx");
    expect(withFaulty.stdout).toContain("Đã nộp 3/3 đơn vị, 0 chưa nộp, 1 có lỗi; 1 đơn vị ngoài danh sách.\n");
    expect(withFaulty.code).toBe(1);
    expect((await budget("status", intake(BASE), "--plan", small)).code).toBe(0);

    const { "03-so-noi-vu.xlsx": _noiVu, ...twoOfThree } = clean;
    const missing = await budget("status", intake(twoOfThree), "--plan", small, "--require-all");
    expect(rowOf(missing.stdout, "Sở Nội vụ")).toContain("│ chưa nộp ");
    expect(missing.code).toBe(1);
  });

  it("refuses a --deadline that is not a day, and an -o it does not write, before reading", async () => {
    const bad = await budget("status", "fixtures/forms", "--deadline", "15/07/2025");
    expect(bad).toMatchObject({ code: 2, stdout: "" });
    expect(bad.stderr).toBe('--deadline: cần một ngày dạng YYYY-MM-DD (ví dụ 2025-07-15), không phải "15/07/2025".\n');
    expect((await budget("status", "fixtures/forms", "--deadline", "2025-02-30")).code).toBe(2);
    const pdf = await budget("status", "fixtures/forms", "-o", join(tempFolder(), "tinh-hinh.pdf"));
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain("-o: chỉ ghi được tệp .xlsx, .csv hoặc .json");
  });
});

describe("budget status: json and csv", () => {
  it("prints a JSON document that its schema (zod, and schemas/status.schema.json made from it) accepts", async () => {
    const folder = intake({ ...BASE, ...RESENT }, { "04-so-tu-phap-sua.xlsx": AFTER });
    const { stdout } = await budget("status", folder, "--format", "json", "--deadline", "2025-07-15");
    const value: unknown = JSON.parse(stdout);
    const parsed = DOCUMENT_SCHEMAS.status.safeParse(value);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(value);
    // schemas/status.schema.json is this zod schema's JSON Schema (kept current: test/integrations/json-documents.test.ts).
    expect(JSON.parse(readFileSync("schemas/status.schema.json", "utf8"))).toEqual(documentJsonSchema("status"));
    const document = DOCUMENT_SCHEMAS.status.parse(value);
    expect(document.summary).toEqual({
      registry: 20,
      submitted: 4,
      missing: 16,
      withErrors: 1,
      late: 1,
      superseded: 1,
      unknown: 0,
      notForms: 0,
      total: "118625",
    });
    expect(document.deadline).toBe("2025-07-15");
    const tuPhap = document.agencies.find((agency) => agency.agency === "Sở Tư pháp");
    expect(tuPhap).toEqual({
      section: "II",
      agency: "Sở Tư pháp",
      known: true,
      state: "late",
      file: { file: join(folder, "04-so-tu-phap-sua.xlsx"), received: AFTER.toISOString(), state: "late", errors: 0, warnings: 0, total: "300" },
      superseded: [{ file: join(folder, "04-so-tu-phap.xlsx"), received: ON_TIME.toISOString(), state: "superseded", errors: 0, warnings: 1, total: "1000" }],
    });
    expect(document.agencies.map((agency) => agency.agency).slice(0, 3)).toEqual(["Văn phòng Tỉnh ủy", "Sở Tài chính", "Sở Nội vụ"]);
    expect(document.agencies).toHaveLength(20);
  });

  it("prints CSV on stdout without a BOM, and writes it with one (-o)", async () => {
    const folder = intake(BASE);
    const { stdout } = await budget("status", folder, "--format", "csv");
    const rows = stdout.split("\n");
    expect(rows[0]).toBe("section,agency,known,state,file,received,errors,warnings,total");
    expect(rows[1]).toBe(`I,Văn phòng Tỉnh ủy,true,valid,${join(folder, "01-van-phong-tinh-uy.xlsx")},${ON_TIME.toISOString()},0,1,79000`);
    expect(rows[2]).toBe("II,Sở Tài chính,true,missing,,,,,");
    expect(rows).toHaveLength(22);
    const out = join(tempFolder(), "tinh-hinh.csv");
    const written = await budget("status", folder, "-o", out);
    expect(written).toMatchObject({ code: 0, stdout: "", stderr: `Đã ghi ${out}.\n` });
    expect(readFileSync(out, "utf8")).toBe(`\uFEFF${stdout}`);
  });
});

describe("budget status -o tinh-hinh.xlsx: a printable sheet", () => {
  it("writes the roster as one sheet with the title, the header row and every agency, read back by SheetJS", async () => {
    const folder = intake({ ...BASE, ...RESENT }, { "04-so-tu-phap-sua.xlsx": AFTER });
    const out = join(tempFolder(), "tinh-hinh.xlsx");
    const { code } = await budget("status", folder, "-o", out, "--deadline", "2025-07-15");
    expect(code).toBe(0);
    const workbook = XLSX.read(readFileSync(out));
    expect(workbook.SheetNames).toEqual(["Tình hình nộp"]);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets["Tình hình nộp"] ?? {}, { header: 1, raw: true, defval: null });
    expect(rows[0]?.[0]).toBe("TÌNH HÌNH NỘP BIỂU MẪU ĐỀ XUẤT");
    expect(rows[1]?.[0]).toBe("Kế hoạch chuyển đổi số tỉnh Quảng Ngãi 2025–2026");
    expect(rows[4]).toEqual(["TT", "Cơ quan, đơn vị", "Tình trạng", "Tệp", "Nhận lúc", "Lỗi", "Cảnh báo", "Kinh phí đề xuất"]);
    const byLabel = (label: string) => rows.find((row) => row[1] === label);
    expect(byLabel("Sở Nội vụ")).toEqual(["2", "Sở Nội vụ", "hợp lệ", "03-so-noi-vu.xlsx", "2025-07-10 10:00", 0, 0, 39075]);
    expect(byLabel("Sở Tư pháp")).toEqual(["4", "Sở Tư pháp", "nộp muộn", "04-so-tu-phap-sua.xlsx", "2025-07-20 09:30", 0, 0, 300]);
    expect(rows.find((row) => row[2] === "đã thay thế")).toEqual(["", "", "đã thay thế", "04-so-tu-phap.xlsx", "2025-07-10 10:00", 0, 1, 1000]);
    expect(byLabel("Sở Tài chính")).toEqual(["1", "Sở Tài chính", "chưa nộp", "", "", null, null, null]);
    expect(byLabel("TỔNG CỘNG")?.[7]).toBe(118625);
    expect(rows.some((row) => row[0] === "Đã nộp 4/20 đơn vị, 16 chưa nộp, 1 có lỗi, 1 nộp muộn, 1 tệp đã thay thế.")).toBe(true);
    expect(workbook.Workbook?.Names?.find((name) => name.Name === "_xlnm.Print_Titles")?.Ref).toBe("'Tình hình nộp'!$5:$5");
  });

  it.skipIf(!soffice)(
    `opens in LibreOffice, which prints it on A4 landscape pages${soffice ? "" : ` (${SOFFICE_MISSING})`}`,
    { timeout: 180_000 },
    async () => {
      const out = join(tempFolder(), "tinh-hinh.xlsx");
      await budget("status", intake(BASE), "-o", out);
      const seen = await sheetsAsSeenByLibreOffice(out, { recalculate: false });
      const sheet = seen.get("Tình hình nộp") ?? [];
      expect(sheet.find((row) => row[1] === "Sở Giáo dục và Đào tạo")?.slice(0, 8)).toEqual([
        "11",
        "Sở Giáo dục và Đào tạo",
        "có lỗi",
        "gd-dt.xlsx",
        "2025-07-10 10:00",
        "1",
        "0",
        "250",
      ]);
      if (poppler) {
        const pages = await pdfAsPrintedByLibreOffice(out);
        expect(pages.length).toBeGreaterThan(0);
        expect([Math.round(pages[0]?.width ?? 0), Math.round(pages[0]?.height ?? 0)]).toEqual([842, 595]);
        expect(pages[0]?.text).toContain("TÌNH HÌNH NỘP BIỂU MẪU ĐỀ XUẤT");
      }
    },
  );
});
