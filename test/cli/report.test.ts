import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { budget, tempFolder } from "./plan-cli-runner.js";

const FORMS = "fixtures/forms";

/** The text of the element with `id` in a page (its tags dropped). */
function textOf(html: string, id: string): string | undefined {
  const match = new RegExp(`id="${id}">([^<]*)<`, "u").exec(html);
  return match?.[1];
}

describe("budget report", () => {
  it("writes one self-contained page with the figures of fixtures/forms: 148.165 = 65.562 + 82.603", async () => {
    const page = join(tempFolder(), "bao-cao.html");
    const result = await budget("report", FORMS, "-o", page);
    // Eight warnings (BC403 × 7, BC303), no error: exit 0, the diagnostics on stderr as consolidate prints them.
    expect([result.code, result.stderr.split("\n").at(-2)]).toEqual([0, `Đã ghi ${page}.`]);
    expect(result.stderr).toContain("⚠ 0 lỗi, 8 cảnh báo trong 3/5 tệp");
    const html = readFileSync(page, "utf8");
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect([textOf(html, "figure-total"), textOf(html, "figure-agencies"), textOf(html, "figure-files")]).toEqual(["148.165", "5", "5"]);
    expect([textOf(html, "figure-errors"), textOf(html, "figure-warnings")]).toEqual(["0", "8"]);
    // The year chart's table, as the workbook's TỔNG CỘNG row has them.
    expect(html).toMatch(/<tr><td>2025<\/td><td class="num">65\.562<\/td><td class="num">44,2%<\/td><\/tr>/u);
    expect(html).toMatch(/<tr><td>2026<\/td><td class="num">82\.603<\/td><td class="num">55,8%<\/td><\/tr>/u);
    // Task groups: 15.090 + 89.075 + 44.000 (no group) = 148.165.
    expect(html).toMatch(/KH02: Dữ liệu<\/td><td class="num">89\.075</u);
    expect(html).toMatch(/Chưa phân nhóm<\/td><td class="num">44\.000</u);
    // Four inline SVG charts, and nothing the page would fetch.
    expect(html.match(/<svg /gu)?.length).toBe(4);
    expect(html).not.toMatch(/<link|<img|\ssrc=|@import|url\(/u);
    // A finding names its file › sheet › cell and its agency.
    expect(html).toContain('<td>Sở Khoa học và Công nghệ</td><td class="place">fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx › Biểu mẫu › A14</td>');
    // The roster as `budget status` has it: 5 of the 19 registry agencies.
    expect(html).toContain("Đã nộp 5/20 đơn vị, 15 chưa nộp, 0 có lỗi.");
  });

  it("speaks English with --lang en", async () => {
    const page = join(tempFolder(), "report.html");
    const result = await budget("report", FORMS, "-o", page, "--lang", "en", "--quiet");
    expect(result.code).toBe(0);
    const html = readFileSync(page, "utf8");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<h1>Budget proposals at a glance</h1>");
    expect(textOf(html, "figure-total")).toBe("148,165");
    expect(html).toMatch(/No task group<\/td><td class="num">44,000</u);
    expect(html).toContain("Sent 5 of 20 agencies, 15 missing, 0 with errors.");
  });

  it("refuses a name that is not .html, an existing file without --force and a bad deadline, before reading", async () => {
    const folder = tempFolder();
    const notHtml = await budget("report", FORMS, "-o", join(folder, "bao-cao.pdf"));
    expect([notHtml.code, notHtml.stderr]).toEqual([2, `-o: chỉ ghi được tệp .html hoặc .htm, không ghi được .pdf: ${join(folder, "bao-cao.pdf")}\n`]);
    const existing = join(folder, "bao-cao.html");
    writeFileSync(existing, "old");
    expect((await budget("report", FORMS, "-o", existing)).code).toBe(2);
    expect(readFileSync(existing, "utf8")).toBe("old");
    const deadline = await budget("report", FORMS, "-o", join(folder, "b.html"), "--deadline", "2025-02-30");
    expect(deadline.code).toBe(2);
    expect(readdirSync(folder)).toEqual(["bao-cao.html"]);
  });
});
