import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { budget, tempFolder } from "./plan-cli-runner.js";

/**
 * The review loop on Sở Khoa học và Công nghệ's form (fixtures/versions): a review workbook made from
 * its first version (28.000), filled in by the officer, then `--init` again over it once the second
 * version came (5.1 10.000 → 12.000, `4,5` renumbered 5.5, 5.6 added with 800).
 */
const FIRST = "fixtures/versions/05-so-khcn-lan-1.xlsx";
const SECOND = "fixtures/versions/05-so-khcn-lan-2.xlsx";

/** Columns of the one-agency workbook: periods 2025, 2026 (E, F), total G, approved H, reason I, note J, key K, basis L. */
const FILLED: Readonly<Record<string, string | number>> = {
  // 5.1 (row 7): 8.000 of 10.000.
  H7: 8000,
  I7: "Vượt định mức, đơn giá",
  // 5.2 (row 8): as requested.
  H8: 1000,
  I8: "Đồng ý như đề xuất",
  // 4,5's sub-items (rows 12, 13): 5.000 and 9.000 of 10.000.
  H12: 5000,
  H13: 9000,
  I13: "Vượt khả năng cân đối ngân sách",
};

/** A review workbook of the first version, filled in as an officer would (written back with SheetJS), in a folder of its own. */
async function filledWorkbook(extra: Readonly<Record<string, string | number>> = {}): Promise<string> {
  const folder = tempFolder();
  const path = join(folder, "tham-dinh.xlsx");
  expect((await budget("review", "--init", FIRST, "-o", path, "-q")).code).toBe(0);
  const book = XLSX.read(readFileSync(path));
  const sheet = book.Sheets["Thẩm định"];
  if (!sheet) throw new Error("no sheet");
  for (const [address, value] of Object.entries({ ...FILLED, ...extra }))
    sheet[address] = typeof value === "number" ? { t: "n", v: value } : { t: "s", v: value };
  writeFileSync(path, XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
  return path;
}

function rowsOf(path: string): unknown[][] {
  const sheet = XLSX.read(readFileSync(path), { cellStyles: true }).Sheets["Thẩm định"];
  if (!sheet) throw new Error("no sheet");
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: "" });
}

describe("budget review --init over a filled review workbook (issue 17)", () => {
  it("keeps the decisions of unchanged items, marks the one whose request changed, follows the renumbered item", async () => {
    const path = await filledWorkbook();
    const { code, stderr } = await budget("review", "--init", SECOND, "-o", path);
    expect(code).toBe(0);
    expect(stderr).toContain(`Đã ghi ${path} (7 dòng cần thẩm định).\n`);
    expect(stderr).toContain("Giữ 3 ý kiến thẩm định; 1 mục đã đổi đề xuất (tô cam, cần xem lại); 0 ý kiến cho mục không còn (ghi dưới bảng).\n");
    const rows = rowsOf(path);
    // Code, requested total, approved, reason, note, key, basis.
    expect(rows.slice(6, 14).map((row) => [row[1], row[6], row[7], row[8], row[9], row[10], row[11]])).toEqual([
      ["5.1", 12000, 8000, "Vượt định mức, đơn giá", "Đề xuất đã đổi từ 10.000 thành 12.000 sau khi thẩm định: xem lại.", "5.1", 10000],
      ["5.2", 1000, 1000, "Đồng ý như đề xuất", "", "5.2", 1000],
      ["5.3", 1000, "", "", "", "5.3", ""],
      ["5.4", 1000, "", "", "", "5.4", ""],
      ["5.5", 15000, "", "", "", "5.5", ""],
      // Keyed 4,5 › (1) before; found again by its name under 5.5.
      ["(1)", 5000, 5000, "", "", "5.5 › (1)", 5000],
      ["(2)", 10000, 9000, "Vượt khả năng cân đối ngân sách", "", "5.5 › (2)", 10000],
      ["5.6", 800, "", "", "", "5.6", ""],
    ]);
    // Requested 30.800 in all; approved so far 8.000 + 1.000 + 5.000 + 9.000 = 23.000.
    expect(rows[14]?.slice(2, 8)).toEqual(["TỔNG CỘNG", "", 16800, 14000, 30800, 23000]);
    const sheet = XLSX.read(readFileSync(path), { cellStyles: true }).Sheets["Thẩm định"];
    const fill = (address: string) => JSON.stringify((sheet?.[address]?.s as { fgColor?: unknown } | undefined)?.fgColor ?? null);
    expect([fill("H7"), fill("H8"), fill("H14")]).toEqual(['{"rgb":"F8CBAD"}', '{"rgb":"DDEBF7"}', '{"rgb":"DDEBF7"}']);
  });

  it("read again, the changed item stays marked until its request is back to what was approved", async () => {
    const path = await filledWorkbook();
    await budget("review", "--init", SECOND, "-o", path, "-q");
    const again = await budget("review", "--init", SECOND, "-o", path);
    expect(again.stderr).toContain("Giữ 3 ý kiến thẩm định; 1 mục đã đổi đề xuất");
    const back = await budget("review", "--init", FIRST, "-o", path);
    expect(back.stderr).toContain("Giữ 4 ý kiến thẩm định; 0 mục đã đổi đề xuất");
  });

  it("the officer confirms a changed item by clearing its note: kept against the new request from then on", async () => {
    const path = await filledWorkbook();
    await budget("review", "--init", SECOND, "-o", path, "-q");
    const book = XLSX.read(readFileSync(path));
    const sheet = book.Sheets["Thẩm định"];
    if (!sheet) throw new Error("no sheet");
    // 5.1 checked: 8.000 stands against 12.000; the note in J7 cleared.
    delete sheet.J7;
    writeFileSync(path, XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
    const { stderr } = await budget("review", "--init", SECOND, "-o", path);
    expect(stderr).toContain("Giữ 4 ý kiến thẩm định; 0 mục đã đổi đề xuất");
    expect(rowsOf(path)[6]?.slice(6, 12)).toEqual([12000, 8000, "Vượt định mức, đơn giá", "", "5.1", 12000]);
  });

  it("lists a decision whose item is gone under the table, and says so", async () => {
    // The officer's line 5.3 (row 9) now carries a key and name no form has.
    const path = await filledWorkbook({ H9: 700, K9: "5.9", C9: "Nhiệm vụ đã rút", I9: "Trùng lặp với nhiệm vụ, dự án khác" });
    const { stderr } = await budget("review", "--init", SECOND, "-o", path);
    expect(stderr).toContain("; 1 ý kiến cho mục không còn (ghi dưới bảng).\n");
    const rows = rowsOf(path).map((row) => String(row[0]));
    expect(rows).toContain("Thẩm định cho mục không còn trong biểu mẫu (không chép vào bảng):");
    expect(rows).toContain("– Sở Khoa học và Công nghệ, 5.3 Nhiệm vụ đã rút: thẩm định 700 (Trùng lặp với nhiệm vụ, dự án khác)");
  });

  it("still refuses to overwrite a file that is not a review workbook without --force", async () => {
    const folder = tempFolder();
    const other = join(folder, "bieu-mau.xlsx");
    copyFileSync(FIRST, other);
    const { code, stderr } = await budget("review", "--init", SECOND, "-o", other);
    expect(code).toBe(2);
    expect(stderr).toContain(other);
    expect(readFileSync(other)).toEqual(readFileSync(FIRST));
  });
});
