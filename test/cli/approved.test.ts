import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { poppler, SOFFICE_MISSING, sheetsAsSeenByLibreOffice, soffice } from "../support/libreoffice.js";
import { budget, tempFile, tempFolder } from "./plan-cli-runner.js";

/**
 * fixtures/review/tham-dinh-so-khcn-lan-1.xlsx: the officer's review of Sở Khoa học và Công nghệ's first
 * version (28.000): 5.1 8.000 of 10.000, 5.2 1.000, 5.3 0, 5.4 1.000, 4,5's (1) 5.000 and (2) 9.000 of
 * 10.000: 24.000 approved (scripts/fixtures/review-workbook.ts).
 */
const REVIEW = "fixtures/review/tham-dinh-so-khcn-lan-1.xlsx";
const FIRST = "fixtures/versions/05-so-khcn-lan-1.xlsx";
const SECOND = "fixtures/versions/05-so-khcn-lan-2.xlsx";

describe("consolidate --approved (issue 17): the review workbook checked against the forms", () => {
  it("on the version it was made from: every line approved, 24.000 of 28.000, no finding of its own", async () => {
    const { code, stderr } = await budget("consolidate", FIRST, "-o", join(tempFolder(), "phu-luc.xlsx"), "--approved", REVIEW);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/BC41[4-7]/u);
    expect(stderr).toContain(`Thẩm định (${REVIEW}): 6/6 dòng có số thẩm định, 24.000 trên 28.000 đề xuất (giảm 4.000); tổng đề xuất 28.000.\n`);
  });

  it("on the second version: 5.1's request changed since approved, 5.6 not approved, 4,5's sub-items followed to 5.5", async () => {
    const { code, stderr } = await budget("consolidate", SECOND, "-o", join(tempFolder(), "phu-luc.xlsx"), "--approved", REVIEW, "--lang", "en");
    expect(code).toBe(0);
    expect(stderr).toContain(
      `${REVIEW}:Thẩm định!H7: warning BC417 The request of "5.1 Nâng cấp, chuyển đổi hệ thống thông tin chuyên ngành cấp huyện thành HTTT chuyên nành cấp xã" changed from 10,000 to 12,000 since it was approved.\n`,
    );
    expect(stderr).toContain(`${SECOND}:Biểu mẫu!A17: warning BC414 No approved figure for this item yet (requested 800).\n`);
    expect(stderr.match(/BC41[4-7]/gu)).toEqual(["BC417", "BC414"]);
    // 8.000 + 1.000 + 0 + 1.000 + 5.000 + 9.000 approved against 12.000 + 1.000 + 1.000 + 1.000 + 5.000 + 10.000 requested.
    expect(stderr).toContain(`Review (${REVIEW}): 6/7 lines approved, 24,000 of 30,000 requested (6,000 less); all requests 30,800.\n`);
    expect(stderr).toContain("⚠ 0 errors, 8 warnings in 2/2 files\n");
  });

  it("an approval above the request is an error (exit 1), at its cell", async () => {
    const folder = tempFolder();
    const review = join(folder, "tham-dinh.xlsx");
    copyFileSync(REVIEW, review);
    const book = XLSX.read(readFileSync(review));
    const sheet = book.Sheets["Thẩm định"];
    if (!sheet) throw new Error("no sheet");
    sheet.H8 = { t: "n", v: 1500 };
    writeFileSync(review, XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
    const { code, stderr } = await budget("consolidate", FIRST, "-o", join(folder, "phu-luc.xlsx"), "--approved", review, "-q");
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${review}:Thẩm định!H8: lỗi BC416 Số thẩm định 1.500 của "5.2 Nâng cấp Hệ thống Kho tài liệu lưu trữ điện tử tỉnh" lớn hơn số đề xuất 1.000.\n`,
    );
  });

  it("compares the approved total with the plan's ceilings for the whole plan (BC407, tổng thẩm định)", async () => {
    const folder = tempFolder();
    const exported = await budget("plan", "--format", "json");
    const plan: unknown = JSON.parse(exported.stdout);
    if (typeof plan !== "object" || plan === null) throw new Error("no plan");
    const path = join(folder, "ke-hoach.json");
    // 24.000 approved for Sở Khoa học và Công nghệ, its ceiling 20.000 (its request, 28.000, is above it too).
    writeFileSync(path, JSON.stringify({ ...plan, ceilings: { agencies: [{ agency: "Sở Khoa học và Công nghệ", amount: 20000 }] } }));
    const { stderr } = await budget("consolidate", FIRST, "-o", join(folder, "phu-luc.xlsx"), "--approved", REVIEW, "--plan", path);
    expect(stderr).toContain(`${FIRST}:Biểu mẫu: cảnh báo BC407 Đơn vị "Sở Khoa học và Công nghệ": tổng thẩm định 24.000 vượt mức trần 20.000.\n`);
    expect(stderr).toContain(`${FIRST}:Biểu mẫu: cảnh báo BC407 Đơn vị "Sở Khoa học và Công nghệ": tổng 28.000 vượt mức trần 20.000.\n`);
  });

  it("refuses a file that is not a review workbook (exit 2), before reading the forms", async () => {
    const { code, stderr } = await budget("consolidate", FIRST, "-o", join(tempFolder(), "phu-luc.xlsx"), "--approved", SECOND);
    expect([code, stderr]).toEqual([
      2,
      `--approved: ${SECOND} không phải bảng thẩm định do budget review --init lập (cần trang Thẩm định với các cột Thẩm định và Khóa).\n`,
    ]);
  });

  it("budget review --init over it carries its decisions to the second version", async () => {
    const folder = tempFolder();
    const review = join(folder, "tham-dinh.xlsx");
    copyFileSync(REVIEW, review);
    const { stderr } = await budget("review", "--init", SECOND, "-o", review);
    expect(stderr).toContain("Giữ 5 ý kiến thẩm định; 1 mục đã đổi đề xuất (tô cam, cần xem lại); 0 ý kiến cho mục không còn (ghi dưới bảng).\n");
  });
});

describe("consolidate --approved: the appendix's Số thẩm định sheet", () => {
  it("lists requested, approved and the difference for every section, agency and item, and the total, as SUMs", async () => {
    const out = join(tempFolder(), "phu-luc.xlsx");
    expect((await budget("consolidate", SECOND, "-o", out, "--approved", REVIEW, "-q")).code).toBe(0);
    const book = XLSX.read(readFileSync(out), { cellFormula: true });
    expect(book.SheetNames).toEqual(["Phụ lục", "Tổng hợp", "Nhóm nhiệm vụ", "Số thẩm định", "Kiểm tra", "Nguồn"]);
    const sheet = book.Sheets["Số thẩm định"];
    if (!sheet) throw new Error("no sheet");
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: "" });
    expect(rows[2]).toEqual(["TT", "Nội dung", "Đề xuất", "Thẩm định", "Chênh lệch", "Lý do"]);
    // Code, requested, approved, difference: 5.1 asks 12.000 now (8.000 approved), 5.6 is not approved yet.
    expect(rows.slice(3).map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ["II", 30800, 24000, 6000],
      ["1", 30800, 24000, 6000],
      ["1.1", 12000, 8000, 4000],
      ["1.2", 1000, 1000, 0],
      ["1.3", 1000, 0, 1000],
      ["1.4", 1000, 1000, 0],
      ["1.5", 15000, 14000, 1000],
      ["(1)", 5000, 5000, 0],
      ["(2)", 10000, 9000, 1000],
      ["1.6", 800, "", ""],
      ["", 30800, 24000, 6000],
    ]);
    expect([sheet.C4?.f, sheet.D5?.f, sheet.E10?.f, sheet.D14?.f]).toEqual(["SUM(C5)", "SUM(D6:D10,D13)", "SUM(E11:E12)", "SUM(D4)"]);
  });

  it.skipIf(!soffice)(
    `recalculated by LibreOffice, the sums stay 30.800, 24.000 and 6.000${soffice ? "" : ` (${SOFFICE_MISSING})`}`,
    { timeout: 180_000 },
    async () => {
      const out = join(tempFolder(), "phu-luc.xlsx");
      await budget("consolidate", SECOND, "-o", out, "--approved", REVIEW, "-q");
      const seen = await sheetsAsSeenByLibreOffice(out, { recalculate: true });
      const rows = seen.get("Số thẩm định") ?? [];
      expect(rows.find((row) => row[1] === "TỔNG CỘNG")?.slice(2, 5)).toEqual(["30800", "24000", "6000"]);
      expect(rows.find((row) => row[0] === "1.5")?.slice(2, 5)).toEqual(["15000", "14000", "1000"]);
    },
  );
});

describe("consolidate --approved: Phụ lục itself shows requested, approved and the difference", () => {
  /** Code, requested, approved, difference of every line of the second version's Phụ lục (5.6 not approved yet: empty). */
  const FIGURES = [
    ["II", 30800, 24000, 6000],
    ["1", 30800, 24000, 6000],
    ["1.1", 12000, 8000, 4000],
    ["1.2", 1000, 1000, 0],
    ["1.3", 1000, 0, 1000],
    ["1.4", 1000, 1000, 0],
    ["1.5", 15000, 14000, 1000],
    ["(1)", 5000, 5000, 0],
    ["(2)", 10000, 9000, 1000],
    ["1.6", 800, "", ""],
    ["", 30800, 24000, 6000],
  ];

  it("adds Số thẩm định and Chênh lệch after the years, as SUMs of the lines below with their values", async () => {
    const out = join(tempFolder(), "phu-luc.xlsx");
    expect((await budget("consolidate", SECOND, "-o", out, "--approved", REVIEW, "-q")).code).toBe(0);
    const sheet = XLSX.read(readFileSync(out), { cellFormula: true }).Sheets["Phụ lục"];
    if (!sheet) throw new Error("no sheet");
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: "" });
    expect(rows[4]?.slice(0, 7)).toEqual(["TT", "Cơ quan, đơn vị / Nội dung", "Tổng kinh phí đề xuất", "Trong đó", "", "Số thẩm định", "Chênh lệch"]);
    expect(rows[5]?.slice(3, 5)).toEqual(["Năm 2025", "Năm 2026"]);
    expect(rows.slice(6, 17).map((row) => [row[0], row[2], row[5], row[6]])).toEqual(FIGURES);
    // Rows 7 (II) to 17 (TỔNG): the section sums its agency, the agency its items, 1.5 its sub-items, TỔNG the section.
    expect([sheet.F7?.f, sheet.F8?.f, sheet.G13?.f, sheet.F17?.f, sheet.G17?.f]).toEqual(["SUM(F8)", "SUM(F9:F13,F16)", "SUM(G14:G15)", "SUM(F7)", "SUM(G7)"]);
    // 5.6 has no approved figure: its cells are empty, not 0.
    expect([sheet.F16, sheet.G16?.v]).toEqual([undefined, undefined]);
  });

  it("without --approved, Phụ lục has no such columns", async () => {
    const out = join(tempFolder(), "phu-luc.xlsx");
    expect((await budget("consolidate", SECOND, "-o", out, "-q")).code).toBe(0);
    const sheet = XLSX.read(readFileSync(out)).Sheets["Phụ lục"];
    if (!sheet) throw new Error("no sheet");
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: "" });
    expect(rows[4]?.slice(0, 6)).toEqual(["TT", "Cơ quan, đơn vị / Nội dung", "Tổng kinh phí", "Trong đó", "", "Nguồn vốn"]);
  });

  it.skipIf(!soffice)(
    `recalculated by LibreOffice, Phụ lục's sums stay 30.800, 24.000 and 6.000${soffice ? "" : ` (${SOFFICE_MISSING})`}`,
    { timeout: 180_000 },
    async () => {
      const out = join(tempFolder(), "phu-luc.xlsx");
      await budget("consolidate", SECOND, "-o", out, "--approved", REVIEW, "-q");
      const seen = await sheetsAsSeenByLibreOffice(out, { recalculate: true });
      const rows = seen.get("Phụ lục") ?? [];
      const figures = (row: readonly string[] | undefined) => (row ? [row[0], row[2], row[5], row[6]] : []);
      expect(figures(rows.find((row) => row[1] === "TỔNG"))).toEqual(["", "30800", "24000", "6000"]);
      expect(figures(rows.find((row) => row[0] === "1"))).toEqual(["1", "30800", "24000", "6000"]);
      expect(figures(rows.find((row) => row[0] === "1.5"))).toEqual(["1.5", "15000", "14000", "1000"]);
      expect(figures(rows.find((row) => row[0] === "1.6"))).toEqual(["1.6", "800", "", ""]);
    },
  );

  it.skipIf(!poppler)("the PDF has the same columns and figures", async () => {
    const pdf = join(tempFolder(), "phu-luc.pdf");
    expect((await budget("consolidate", SECOND, "-o", pdf, "--approved", REVIEW, "-q")).code).toBe(0);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    // The headings wrap in the amounts' width: `Số thẩm` over `định`, `Chênh` over `lệch`.
    expect(text).toMatch(/Số thẩm\s+Chênh/u);
    expect(text).toMatch(/TỔNG\s+30\.800\s+16\.800\s+14\.000\s+24\.000\s+6\.000/u);
    expect(text).toMatch(/\(2\)[^\n]*10\.000\s+10\.000\s+-\s+9\.000\s+1\.000/u);
  });
});

/**
 * Sở Tư pháp asks 1.000 (CTX, 2025) for 1.1 and 500 (NST, 2026) for 1.2; its review workbook, made by
 * `budget review --init`, approves 800 and 300: 1.100 approved, 800 CTX and 300 NST. With `given`, the
 * form also states its own `Kinh phí được giao năm 2025` column: 700 for 1.1, 0 for 1.2.
 */
async function formWithSources(given = false): Promise<{ form: string; review: string }> {
  const extra = (text: string) => (given ? `${text},` : "");
  const form = tempFile(
    "so-tu-phap.csv",
    [
      `"BIỂU MẪU ĐỀ XUẤT DỰ ÁN, NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025-2026",,,,,${extra("")}`,
      `,,Đơn vị tính: triệu đồng,,,${extra("")}`,
      `STT,TÊN DỰ ÁN/NHIỆM VỤ,Tổng kinh phí,Trong đó,,${extra("Kinh phí được giao năm 2025")}Nguồn vốn`,
      `,,,2025,2026,${extra("")}`,
      `1,Sở Tư pháp,"1.500",1.000,500,${extra("700")}`,
      `1.1,Số hóa sổ hộ tịch,1.000,1.000,0,${extra("700")}CTX`,
      `1.2,Nâng cấp phần mềm lý lịch tư pháp,500,0,500,${extra("0")}NST`,
      `,Tổng cộng,1.500,1.000,500,${extra("700")}`,
    ].join("\n"),
  );
  const review = join(tempFolder(), "tham-dinh.xlsx");
  expect((await budget("review", "--init", form, "-o", review, "-q")).code).toBe(0);
  const book = XLSX.read(readFileSync(review));
  const sheet = book.Sheets["Thẩm định"];
  if (!sheet) throw new Error("no sheet");
  // The review workbook shows the requested figures only: its Thẩm định column is H either way.
  expect([sheet.H5?.v, sheet.C7?.v, sheet.C8?.v]).toEqual(["Thẩm định", "Số hóa sổ hộ tịch", "Nâng cấp phần mềm lý lịch tư pháp"]);
  sheet.H7 = { t: "n", v: 800 };
  sheet.H8 = { t: "n", v: 300 };
  writeFileSync(review, XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
  return { form, review };
}

describe("consolidate --approved: Tổng hợp by source for both phases", () => {
  it("adds Thẩm định and Thẩm định by source after the requested figures, never added to them", async () => {
    const { form, review } = await formWithSources();
    const out = join(tempFolder(), "phu-luc.xlsx");
    expect((await budget("consolidate", form, "-o", out, "--approved", review, "-q")).code).toBe(0);
    const sheet = XLSX.read(readFileSync(out), { cellFormula: true }).Sheets["Tổng hợp"];
    if (!sheet) throw new Error("no sheet");
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: "" });
    // Requested: 1.500 in all, by year (and year × source), and by source; approved: 1.100, 800 CTX and 300 NST.
    expect(rows.slice(2)).toEqual([
      [
        "TT",
        "Cơ quan, đơn vị",
        "Tổng",
        "Năm 2025",
        "Năm 2025: CTX",
        "Năm 2026",
        "Năm 2026: NST",
        "CTX",
        "NST",
        "Thẩm định",
        "Thẩm định: CTX",
        "Thẩm định: NST",
      ],
      ["II", "Cơ quan chuyên môn thuộc UBND tỉnh; Hội đoàn thể", 1500, 1000, 1000, 500, 500, 1000, 500, 1100, 800, 300],
      ["1", "Sở Tư pháp", 1500, 1000, 1000, 500, 500, 1000, 500, 1100, 800, 300],
      ["", "TỔNG CỘNG", 1500, 1000, 1000, 500, 500, 1000, 500, 1100, 800, 300],
    ]);
    // The section sums its agency, the total the section, in the approved columns as in the others.
    expect([sheet.J4?.f, sheet.L6?.f]).toEqual(["SUM(J5)", "SUM(L4)"]);
  });
});

describe("totals --approved: the approved figures as the phase approved", () => {
  it("--by phase: 30.800 requested and 24.000 approved, the grand total the requested 30.800 (phases never add)", async () => {
    const { code, stdout, stderr } = await budget("totals", SECOND, "--approved", REVIEW, "--by", "phase", "--format", "json");
    expect(code).toBe(0);
    // The review workbook is checked as consolidate checks it, and counted among the files read.
    expect(stderr.match(/BC41[4-7]/gu)).toEqual(["BC417", "BC414"]);
    expect(stderr).toContain("⚠ 0 lỗi, 8 cảnh báo trong 2/2 tệp\n");
    const pivot: { total: string; nodes: { key: string; amount: string }[] } = JSON.parse(stdout);
    expect([pivot.total, pivot.nodes.map((node) => [node.key, node.amount])]).toEqual([
      "30800",
      [
        ["requested", "30800"],
        ["approved", "24000"],
      ],
    ]);
  });

  it("--by phase,source: the approved figures under each item's sources (800 CTX, 300 NST)", async () => {
    const { form, review } = await formWithSources();
    const { stdout } = await budget("totals", form, "--approved", review, "--by", "phase,source", "--format", "json", "-q");
    const pivot: { total: string; nodes: { key: string; amount: string; children: { key: string; amount: string }[] }[] } = JSON.parse(stdout);
    expect(pivot.nodes.map((node) => [node.key, node.amount, node.children.map((child) => [child.key, child.amount])])).toEqual([
      [
        "requested",
        "1500",
        [
          ["CTX", "1000"],
          ["NST", "500"],
        ],
      ],
      [
        "approved",
        "1100",
        [
          ["CTX", "800"],
          ["NST", "300"],
        ],
      ],
    ]);
  });

  it("the totals JSON: byPhase.approved 24.000 beside requested 30.800 for the plan, the section and the agency; total stays 30.800", async () => {
    const { stdout } = await budget("totals", SECOND, "--approved", REVIEW, "--format", "json", "-q");
    const document: {
      total: string;
      byPhase: Record<string, string>;
      sections: { code: string; byPhase: Record<string, string>; agencies: { name: string; byPhase: Record<string, string> }[] }[];
    } = JSON.parse(stdout);
    expect(document.total).toBe("30800");
    expect(document.byPhase).toEqual({ requested: "30800", approved: "24000" });
    expect(document.sections.map((section) => [section.code, section.byPhase, section.agencies.map((agency) => [agency.name, agency.byPhase])])).toEqual([
      ["II", { requested: "30800", approved: "24000" }, [["Sở Khoa học và Công nghệ", { requested: "30800", approved: "24000" }]]],
    ]);
  });

  it("a form's own approved column gives way to the review workbook's figures: 1.100, not 700 + 1.100", async () => {
    const { form, review } = await formWithSources(true);
    const without = JSON.parse((await budget("totals", form, "--format", "json", "-q")).stdout);
    expect([without.byPhase, without.byPhasePeriod]).toEqual([{ requested: "1500", approved: "700" }, { approved: { "2025": "700" } }]);
    const withReview = JSON.parse((await budget("totals", form, "--approved", review, "--format", "json", "-q")).stdout);
    expect([withReview.total, withReview.byPhase, withReview.byPhasePeriod]).toEqual(["1500", { requested: "1500", approved: "1100" }, {}]);
    const pivot = JSON.parse((await budget("totals", form, "--approved", review, "--by", "phase", "--format", "json", "-q")).stdout);
    expect(pivot.nodes.map((node: { key: string; amount: string }) => [node.key, node.amount])).toEqual([
      ["requested", "1500"],
      ["approved", "1100"],
    ]);
  });

  it("consolidate --approved --format json prints the same byPhase", async () => {
    const out = join(tempFolder(), "phu-luc.xlsx");
    const { stdout } = await budget("consolidate", SECOND, "-o", out, "--approved", REVIEW, "--format", "json", "-q");
    expect(JSON.parse(stdout).byPhase).toEqual({ requested: "30800", approved: "24000" });
  });

  it("without --approved the approved phase is absent", async () => {
    const { stdout } = await budget("totals", SECOND, "--format", "json", "-q");
    expect(JSON.parse(stdout).byPhase).toEqual({ requested: "30800" });
  });

  it("refuses a file that is not a review workbook (exit 2)", async () => {
    const { code, stderr } = await budget("totals", SECOND, "--approved", FIRST, "--lang", "en");
    expect([code, stderr]).toEqual([
      2,
      `--approved: ${FIRST} is not a review workbook made by budget review --init (expected a Review sheet with its Approved and Key columns).\n`,
    ]);
  });
});
