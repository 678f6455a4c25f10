import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { poppler } from "../support/libreoffice.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

/** Table VII of a 2021–2025 plan: eight tasks led by Sở VHTTDL and Bảo tàng tổng hợp tỉnh, 27.800 in all. */
const TABLE_VII = "fixtures/plans/seed003-table-vii.xlsx";
const CHOSEN = "tt,noi-dung,chu-tri,thoi-gian,tong,nam";
/** The registry's name of `Sở VHTTDL`, the lead unit the table writes. */
const VHTTDL = "Sở Văn hóa, Thể thao và Du lịch";

/** The sheets of a workbook, each as rows of cell values (blank cells `""`). */
function sheets(file: string): Map<string, unknown[][]> {
  const book = XLSX.read(readFileSync(file));
  return new Map(book.SheetNames.map((name) => [name, XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name] ?? {}, { header: 1, defval: "" })]));
}

/** The `Phụ lục` sheet's rows. */
function appendix(file: string): unknown[][] {
  return sheets(file).get("Phụ lục") ?? [];
}

/** Runs `consolidate` on Table VII with `args`, writing the workbook and the PDF; returns their paths. */
async function tableVii(...args: string[]): Promise<{ workbook: string; pdf: string }> {
  const folder = tempFolder();
  const workbook = join(folder, "phu-luc.xlsx");
  const pdf = join(folder, "phu-luc.pdf");
  const result = await budget("consolidate", TABLE_VII, "-o", workbook, "--pdf", pdf, "--format", "none", "-q", ...args);
  expect(result.code).toBe(0);
  return { workbook, pdf };
}

describe("consolidate --columns: the appendix shows the columns asked for, in the workbook and the PDF alike", () => {
  it("writes the header of the chosen columns, the lead unit and period of every item, and nothing of the others", async () => {
    const { workbook } = await tableVii("--columns", CHOSEN);
    const rows = appendix(workbook);
    // Row 5 and 6: the two-row header; the hidden level column comes last.
    expect(rows[4]).toEqual(["TT", "Cơ quan, đơn vị / Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện", "Tổng kinh phí", "Trong đó", "", "", "", ""]);
    // The period of each amount is its row's (`2021`, `2021-2025`): the range is a column of its own.
    expect(rows[5]).toEqual(["", "", "", "", "", "Năm 2021", "Giai đoạn 2021–2025", "Năm 2025", "Năm 2026", ""]);
    // Code, lead unit, period, total of every line under the header: the form's `Đơn vị chủ trì` and `Thời gian triển khai`.
    expect(rows.slice(6, 20).map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ["1", "", "", 27800],
      ["1.1", VHTTDL, "2021", 7000],
      ["1.2", VHTTDL, "2021-2025", 500],
      ["1.3", VHTTDL, "2021-2025", 500],
      ["1.4", VHTTDL, "2021-2025", 250],
      ["1.5", VHTTDL, "2021-2025", 250],
      ["1.6", "Bảo tàng tổng hợp tỉnh", "2021-2025", 300],
      ["1.7", "Bảo tàng tổng hợp tỉnh", "", 4000],
      ["1.7.1", "Bảo tàng tổng hợp tỉnh", "2021-2025", 800],
      ["1.7.2", "Bảo tàng tổng hợp tỉnh", "2021-2025", 3000],
      ["1.7.3", "Bảo tàng tổng hợp tỉnh", "2021-2025", 50],
      ["1.7.4", "Bảo tàng tổng hợp tỉnh", "2021-2025", 150],
      ["1.8", VHTTDL, "2021 - 2025", 15000],
      ["", "", "", 27800],
    ]);
    expect(rows[19]?.[1]).toBe("TỔNG");
    expect(rows.flat()).not.toContain("Nguồn vốn");
    expect(rows.flat()).not.toContain("Văn bản có liên quan");
  });

  it("puts the objective where --columns puts it, and adds the lead unit to the usual six columns without the flag", async () => {
    const { workbook } = await tableVii("--columns", "tt,muc-tieu,tong");
    const rows = appendix(workbook);
    expect(rows[4]).toEqual(["TT", "Mục tiêu", "Tổng kinh phí", ""]);
    expect(rows[7]).toEqual(["1.1", "quản lý di tích trên địa bàn tỉnh", 7000, 1]);
    expect(rows[12]).toEqual(["1.6", "Đăng tải thông tin, văn bản", 300, 1]);

    // The table names lead units: the appendix shows them by default, after the name.
    const usual = await tableVii();
    expect(appendix(usual.workbook)[4]).toEqual([
      "TT",
      "Cơ quan, đơn vị / Nội dung",
      "Đơn vị chủ trì",
      "Tổng kinh phí",
      "Trong đó",
      "",
      "",
      "",
      "Nguồn vốn",
      "Văn bản có liên quan",
      "",
    ]);
  });

  it.skipIf(!poppler)("draws the same columns in the PDF: their headings, and each item's lead unit and period beside its figures", async () => {
    const { pdf } = await tableVii("--columns", CHOSEN);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toMatch(/TT\s+Cơ quan, đơn vị \/ Nội dung\s+Đơn vị chủ trì/u);
    expect(text).toMatch(/Thời gian\s+Tổng kinh\s+Trong đó/u);
    expect(text).toMatch(/thực hiện\s+phí\s+Năm 2021\s+Năm 2025\s+Năm 2026/u);
    expect(text).toMatch(/1\.1 Phần mềm quản lý di tích lịch sử văn hóa trên địa\s+Sở Văn hóa, Thể\s+2021\s+7\.000\s+7\.000\s+-\s+-\s+-/u);
    expect(text).toMatch(/1\.7\.2 Phòng công nghệ 3D\s+Bảo tàng tổng\s+2021-2025\s+3\.000\s+-\s+3\.000\s+-\s+-/u);
    expect(text).not.toContain("Nguồn vốn");
    expect(text).not.toContain("Văn bản có liên quan");
  });

  it("takes the plan's output.columns by default, and --columns over them", async () => {
    const folder = tempFolder();
    const plan = join(folder, "ke-hoach.json");
    expect((await budget("plan", "--export", plan)).code).toBe(0);
    const profile: { output: Record<string, unknown> } = JSON.parse(readFileSync(plan, "utf8"));
    profile.output.columns = ["tt", "chu-tri", "tong"];
    writeFileSync(plan, JSON.stringify(profile));

    const { workbook } = await tableVii("--plan", plan);
    expect(appendix(workbook)[4]).toEqual(["TT", "Đơn vị chủ trì", "Tổng kinh phí", ""]);
    expect(appendix(workbook)[12]).toEqual(["1.6", "Bảo tàng tổng hợp tỉnh", 300, 1]);
    const overridden = await tableVii("--plan", plan, "--columns", "noi-dung,tong");
    expect(appendix(overridden.workbook)[4]).toEqual(["Cơ quan, đơn vị / Nội dung", "Tổng kinh phí", ""]);
  });

  it("refuses a plan whose output.columns names no column, naming the field", async () => {
    const plan = join(tempFolder(), "ke-hoach.json");
    expect((await budget("plan", "--export", plan)).code).toBe(0);
    const profile: { output: Record<string, unknown> } = JSON.parse(readFileSync(plan, "utf8"));
    profile.output.columns = ["tt", "don-vi"];
    writeFileSync(plan, JSON.stringify(profile));
    const { code, stderr } = await budget("plan", "--plan", plan);
    expect(code).toBe(2);
    expect(stderr).toContain(`${plan}: output.columns[1]: cột của phụ lục`);
  });

  it("is a usage error, before anything is read, to name a column that does not exist, in Vietnamese and in English", async () => {
    const folder = tempFolder();
    const out = join(folder, "phu-luc.xlsx");
    // The input does not exist: the column list is refused before it is looked for.
    const vi = await budget("consolidate", join(folder, "khong-co"), "-o", out, "--columns", "tt,don-vi,tong");
    expect([vi.code, vi.stdout, vi.stderr]).toEqual([
      2,
      "",
      '--columns: không có cột "don-vi". Các cột: tt, noi-dung, chu-tri, thoi-gian, tong, nam, nguon, van-ban, muc-tieu.\n',
    ]);
    const en = await budget("consolidate", join(folder, "khong-co"), "-o", out, "--columns", "tt,tong,tt", "--lang", "en");
    expect([en.code, en.stdout, en.stderr]).toEqual([
      2,
      "",
      '--columns: column "tt" given twice. The columns: tt, noi-dung, chu-tri, thoi-gian, tong, nam, nguon, van-ban, muc-tieu.\n',
    ]);
    expect(existsSync(out)).toBe(false);
  });
});

describe("consolidate --number: the appendix's number in the sheet's and the PDF's header", () => {
  it("writes `Phụ lục II` above the title of the sheet and of the PDF", async () => {
    const { workbook, pdf } = await tableVii("--number", "II");
    expect(appendix(workbook)[0]?.[0]).toBe("Phụ lục II");
    if (poppler) expect(execFileSync("pdftotext", ["-layout", "-l", "1", pdf, "-"], { encoding: "utf8" }).split("\n")[0]?.trim()).toBe("Phụ lục II");
    const usual = await tableVii();
    expect(appendix(usual.workbook)[0]?.[0]).toBe("Phụ lục");
  });

  it("takes the plan's output.number by default, and --number over it", async () => {
    const plan = join(tempFolder(), "ke-hoach.json");
    expect((await budget("plan", "--export", plan)).code).toBe(0);
    const profile: { output: Record<string, unknown> } = JSON.parse(readFileSync(plan, "utf8"));
    profile.output.number = "03";
    writeFileSync(plan, JSON.stringify(profile));
    const { workbook, pdf } = await tableVii("--plan", plan);
    expect(appendix(workbook)[0]?.[0]).toBe("Phụ lục 03");
    if (poppler) expect(execFileSync("pdftotext", ["-layout", "-l", "1", pdf, "-"], { encoding: "utf8" }).split("\n")[0]?.trim()).toBe("Phụ lục 03");
    const overridden = await tableVii("--plan", plan, "--number", "IV");
    expect(appendix(overridden.workbook)[0]?.[0]).toBe("Phụ lục IV");
  });
});

describe("consolidate --no-audit: the copy for leadership", () => {
  it("leaves the Kiểm tra and Nguồn sheets out of the workbook, which has all five without the flag", async () => {
    const { workbook } = await tableVii("--no-audit");
    expect([...sheets(workbook).keys()]).toEqual(["Phụ lục", "Tổng hợp", "Nhóm nhiệm vụ"]);
    const usual = await tableVii();
    expect([...sheets(usual.workbook).keys()]).toEqual(["Phụ lục", "Tổng hợp", "Nhóm nhiệm vụ", "Kiểm tra", "Nguồn"]);
  });

  it("writes them to a workbook of their own with --audit-file, and refuses the appendix's own name for it", async () => {
    const folder = tempFolder();
    const workbook = join(folder, "phu-luc.xlsx");
    const audit = join(folder, "phu-luc-kiem-tra.xlsx");
    const result = await budget("consolidate", TABLE_VII, "-o", workbook, "--audit-file", audit, "--format", "none");
    expect([result.code, result.stderr.split("\n").slice(-3)]).toEqual([0, [`Đã ghi ${workbook}.`, `Đã ghi ${audit}.`, ""]]);
    expect([...sheets(workbook).keys()]).toEqual(["Phụ lục", "Tổng hợp", "Nhóm nhiệm vụ"]);
    const checks = sheets(audit);
    expect([...checks.keys()]).toEqual(["Kiểm tra", "Nguồn"]);
    // The run's two warnings (codes), and the one input with its rows read and its 2 findings (the title's
    // 2021 is no longer a period column outside the plan: each amount takes its row's period).
    expect(checks.get("Kiểm tra")?.map((row) => row[0])).toEqual(["Mã", "BC402", "BC406"]);
    expect(checks.get("Nguồn")?.map((row) => [row[0], row[4], row[5]])).toEqual([
      ["Tệp", "Số dòng đọc", "Số chẩn đoán"],
      [TABLE_VII, 11, 2],
    ]);

    const same = await budget("consolidate", TABLE_VII, "-o", workbook, "--audit-file", workbook, "--force", "--lang", "en");
    expect([same.code, same.stderr]).toEqual([
      2,
      `--audit-file and -o are the same file (${workbook}): the Kiểm tra and Nguồn sheets need a file of their own, e.g. phu-luc-kiem-tra.xlsx.\n`,
    ]);
  });

  it("writes an appendix that a later run still knows as its own output (BC113), not as a form to add again", async () => {
    const folder = tempFolder();
    copyFileSync(TABLE_VII, join(folder, "seed003-table-vii.xlsx"));
    const first = await budget("consolidate", folder, "-o", join(folder, "phu-luc.xlsx"), "--no-audit", "--format", "none", "-q");
    expect(first.code).toBe(0);
    const again = await budget("totals", folder, "--format", "json");
    expect(JSON.parse(again.stdout)).toMatchObject({ total: "27800" });
    expect(again.stderr).toContain(
      `${join(folder, "phu-luc.xlsx")}: thông tin BC113 Bỏ qua tệp: đây là phụ lục tổng hợp do budget consolidate ghi ra; không cộng số liệu của tệp này.`,
    );
  });
});
