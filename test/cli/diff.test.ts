import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { DOCUMENT_SCHEMAS, documentJsonSchema } from "../../src/schemas/documents.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

/**
 * Sở Khoa học và Công nghệ's form of seed 000 (28.000) and its second version (30.800):
 * 5.1 10.000 → 12.000 in 2026, `4,5` renumbered 5.5, 5.6 added with 800 in 2025
 * (scripts/fixtures/form-versions.ts).
 */
const FIRST = "fixtures/versions/05-so-khcn-lan-1.xlsx";
const SECOND = "fixtures/versions/05-so-khcn-lan-2.xlsx";
const NAME_5_1 = "Nâng cấp, chuyển đổi hệ thống thông tin chuyên ngành cấp huyện thành HTTT chuyên nành cấp xã";
const NAME_5_5 =
  "Hệ thống phần mềm đặt lịch hẹn giải quyết TTHC online qua ứng dụng mobile (app), web; và Kiot cấp số tự động cho Trung tâm Phục vụ hành chính công các xã tỉnh Quảng Ngãi";
const NAME_5_6 = "Trang bị chữ ký số chuyên dùng cho cán bộ, công chức của Sở";

/** The fixture forms with Sở Khoa học và Công nghệ's replaced by its second version, in a folder of their own. */
function resentFolder(): string {
  const folder = tempFolder();
  for (const name of ["01-van-phong-tinh-uy.xlsx", "02-chi-cuc-kiem-lam.xlsx", "03-so-noi-vu.xlsx", "04-so-tu-phap.xlsx"])
    copyFileSync(join("fixtures/forms", name), join(folder, name));
  copyFileSync(SECOND, join(folder, "05-so-khcn-lan-2.xlsx"));
  return folder;
}

/** The second version with cells changed (written with SheetJS). */
function edited(cells: Readonly<Record<string, string>>): string {
  const book = XLSX.read(readFileSync(SECOND));
  const sheet = book.Sheets[book.SheetNames[0] ?? ""];
  if (!sheet) throw new Error("no sheet");
  for (const [address, text] of Object.entries(cells)) sheet[address] = { t: "s", v: text };
  const path = join(tempFolder(), "05-so-khcn-lan-3.xlsx");
  writeFileSync(path, XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
  return path;
}

describe("budget diff (issue 17)", () => {
  it("prints every change of the resent form in Vietnamese, and exits 1", async () => {
    const { code, stdout, stderr } = await budget("diff", FIRST, SECOND, "-q");
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        `Thay đổi từ ${FIRST} sang ${SECOND} (đơn vị: triệu đồng)`,
        "",
        "Sở Khoa học và Công nghệ: 28.000 → 30.800 (+2.800)",
        `  ~ 5.1 ${NAME_5_1}`,
        "      2026: 10.000 → 12.000 (+2.000)",
        `  ~ 4,5 → 5.5 ${NAME_5_5} (đánh số lại)`,
        `  + 5.6 ${NAME_5_6} (thêm mới)`,
        "      2025: 0 → 800 (+800)",
        "  Tổng của đơn vị:",
        "    2025: 16.000 → 16.800 (+800)",
        "    2026: 12.000 → 14.000 (+2.000)",
        "",
        "Tổng cộng: 28.000 → 30.800 (+2.800)",
        "  2025: 16.000 → 16.800 (+800)",
        "  2026: 12.000 → 14.000 (+2.000)",
        "",
        "Có thay đổi: 3 mục của 1 đơn vị.",
        "",
      ].join("\n"),
    );
  });

  it("--min 1000 --lang en: the 2.000 change only, the totals as they are", async () => {
    const { code, stdout } = await budget("diff", FIRST, SECOND, "-q", "--min", "1000", "--lang", "en");
    expect(code).toBe(1);
    expect(stdout).toContain(`Changes from ${FIRST} to ${SECOND} (unit: million VND; changes under 1,000 left out)\n`);
    expect(stdout).toContain(`  ~ 5.1 ${NAME_5_1}\n      2026: 10,000 → 12,000 (+2,000)\n  Agency total:\n`);
    expect(stdout).not.toContain("5.6");
    expect(stdout).toContain("Grand total: 28,000 → 30,800 (+2,800)\n");
    expect(stdout).toContain("Changed: 1 item of 1 agency.\n");
  });

  it("exits 0 when nothing is listed: the same form twice, or every change under --min", async () => {
    const same = await budget("diff", FIRST, FIRST, "-q");
    expect(same.code).toBe(0);
    expect(same.stdout).toBe(`Thay đổi từ ${FIRST} sang ${FIRST} (đơn vị: triệu đồng)\n\nTổng cộng: 28.000 → 28.000 (0)\n\nKhông có thay đổi.\n`);
    const small = await budget("diff", FIRST, SECOND, "-q", "--min", "2000.5");
    expect(small.code).toBe(0);
    expect(small.stdout).toContain("Tổng cộng: 28.000 → 30.800 (+2.800)\n");
    expect(small.stdout).toContain("Không có thay đổi.\n");
  });

  it("folders are paired by agency: the four other forms unchanged and not listed", async () => {
    const folder = resentFolder();
    const { code, stdout } = await budget("diff", "fixtures/forms", folder, "-q", "--format", "json");
    expect(code).toBe(1);
    const parsed = DOCUMENT_SCHEMAS.diff.parse(JSON.parse(stdout));
    expect(parsed.total).toEqual({
      before: "148165",
      after: "150965",
      change: "2800",
      changes: [
        { period: "2025", source: "", before: "65562", after: "66362", change: "800" },
        { period: "2026", source: "", before: "82603", after: "84603", change: "2000" },
      ],
    });
    expect(parsed.agencies.map((a) => [a.agency, a.status, a.before, a.after])).toEqual([["Sở Khoa học và Công nghệ", "changed", "28000", "30800"]]);
    expect(parsed.agencies[0]?.items.map((i) => [i.status, i.before?.code ?? null, i.after?.code ?? null, i.after?.cell ?? null])).toEqual([
      ["changed", "5.1", "5.1", "A10"],
      ["changed", "4,5", "5.5", "A14"],
      ["added", null, "5.6", "A17"],
    ]);
    // The JSON Schema of schemas/ is the zod schema's (kept current by test/integrations/json-documents.test.ts).
    expect(JSON.parse(readFileSync("schemas/diff.schema.json", "utf8"))).toEqual(documentJsonSchema("diff"));
  });

  it("a renamed item is matched by its code, an item named anew is removed and added", async () => {
    // B11 (5.2) gains two words; B12 (5.3) becomes another task altogether.
    const renamed = edited({ B11: "Nâng cấp Hệ thống Kho tài liệu lưu trữ điện tử của tỉnh Quảng Ngãi", B12: "Thuê máy chủ ảo" });
    const { stdout } = await budget("diff", SECOND, renamed, "-q");
    expect(stdout).toContain(
      '  ~ 5.2 Nâng cấp Hệ thống Kho tài liệu lưu trữ điện tử của tỉnh Quảng Ngãi (đổi tên, trước là "Nâng cấp Hệ thống Kho tài liệu lưu trữ điện tử tỉnh")\n',
    );
    expect(stdout).toContain("  + 5.3 Thuê máy chủ ảo (thêm mới)\n      2026: 0 → 1.000 (+1.000)\n");
    expect(stdout).toContain("  - 5.3 Nâng cấp phần mềm Kho dữ liệu số (Kho kết quả Giải quyết TTHC tỉnh) (đã bỏ)\n      2026: 1.000 → 0 (-1.000)\n");
    expect(stdout).toContain("Tổng cộng: 30.800 → 30.800 (0)\n");
  });

  it("-o thay-doi.xlsx: every item, the changed cells highlighted, the totals by year", async () => {
    const out = join(tempFolder(), "thay-doi.xlsx");
    const { code, stderr } = await budget("diff", FIRST, SECOND, "-o", out, "-q");
    expect(code).toBe(1);
    expect(stderr).toBe("");
    const book = XLSX.read(readFileSync(out), { cellStyles: true });
    expect(book.SheetNames).toEqual(["Thay đổi"]);
    const sheet = book.Sheets["Thay đổi"];
    if (!sheet) throw new Error("no sheet");
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: "" });
    expect(rows[4]).toEqual(["STT cũ", "STT mới", "Tên dự án/nhiệm vụ", "Thay đổi", "Nguồn vốn", "2025", "", "", "2026", "", "", "Tổng số", "", ""]);
    expect(rows[5]?.slice(5)).toEqual(["Cũ", "Mới", "Chênh lệch", "Cũ", "Mới", "Chênh lệch", "Cũ", "Mới", "Chênh lệch"]);
    expect(rows.slice(6).map((row) => [row[0], row[1], row[3], ...(row.slice(5) as number[])])).toEqual([
      ["", "", "thay đổi", 16000, 16800, 800, 12000, 14000, 2000, 28000, 30800, 2800],
      ["5.1", "5.1", "thay đổi", 0, 0, 0, 10000, 12000, 2000, 10000, 12000, 2000],
      ["5.2", "5.2", "", 0, 0, 0, 1000, 1000, 0, 1000, 1000, 0],
      ["5.3", "5.3", "", 0, 0, 0, 1000, 1000, 0, 1000, 1000, 0],
      ["5.4", "5.4", "", 1000, 1000, 0, 0, 0, 0, 1000, 1000, 0],
      ["4,5", "5.5", "đánh số lại", 15000, 15000, 0, 0, 0, 0, 15000, 15000, 0],
      ["(1)", "(1)", "", 5000, 5000, 0, 0, 0, 0, 5000, 5000, 0],
      ["(2)", "(2)", "", 10000, 10000, 0, 0, 0, 0, 10000, 10000, 0],
      ["", "5.6", "thêm mới", 0, 800, 800, 0, 0, 0, 0, 800, 800],
      ["", "", "", 16000, 16800, 800, 12000, 14000, 2000, 28000, 30800, 2800],
    ]);
    const fill = (address: string) => {
      const style: unknown = sheet[address]?.s;
      return typeof style === "object" && style !== null && "fgColor" in style ? JSON.stringify(style.fgColor) : "none";
    };
    // 5.1's new 2026 figure and its difference; 5.5's new code; 5.6's whole row; the unchanged 5.2 plain.
    expect([fill("J8"), fill("K8"), fill("I8"), fill("B12"), fill("A12"), fill("C15"), fill("G15"), fill("J9")]).toEqual([
      '{"rgb":"FFF2CC"}',
      '{"rgb":"FFF2CC"}',
      "none",
      '{"rgb":"FFF2CC"}',
      "none",
      '{"rgb":"E2EFDA"}',
      '{"rgb":"E2EFDA"}',
      "none",
    ]);
    // Left in a folder of forms, it is known as the tool's own output and not read (BC113).
    const totals = await budget("totals", out, FIRST, "--format", "json");
    expect(totals.stderr).toContain(`${out}: thông tin BC113 Bỏ qua tệp: đây là bảng so sánh do budget diff ghi ra; không cộng số liệu của tệp này.\n`);
    expect(JSON.parse(totals.stdout)).toMatchObject({ total: "28000" });
  });

  it("exits 2 on a usage error: a missing input, an -o it cannot write, a bad --min, a file with no form", async () => {
    const missing = await budget("diff", FIRST, "khong-co.xlsx");
    expect([missing.code, missing.stderr]).toEqual([2, "Không tìm thấy thư mục hoặc tệp: khong-co.xlsx\n"]);
    const pdf = await budget("diff", FIRST, SECOND, "-o", "thay-doi.pdf");
    expect([pdf.code, pdf.stderr]).toEqual([2, "-o: chỉ ghi được tệp .xlsx hoặc .json, không ghi được .pdf: thay-doi.pdf\n"]);
    const min = await budget("diff", FIRST, SECOND, "--min", "-5");
    expect(min.code).toBe(2);
    const notForm = join(tempFolder(), "ghi-chu.csv");
    writeFileSync(notForm, "xin chào\n");
    const none = await budget("diff", FIRST, notForm, "-q");
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`Không đọc được biểu mẫu nào trong ${notForm}; không có gì để so sánh.\n`);
  });
});
