import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type PrintedPage, type PrintedWord, pdfAsPrintedByLibreOffice, poppler, SOFFICE_MISSING, soffice } from "../support/libreoffice.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

const READY = soffice !== undefined && poppler;
/** A4 in points, landscape. */
const A4 = { long: 841.89, short: 595.3 };

/**
 * Whether two words are printed over each other: their boxes cross sideways, and by more than half a
 * box's height up and down (the boxes of consecutive lines touch: a box is taller than the line spacing).
 */
function overlap(a: PrintedWord, b: PrintedWord): boolean {
  const vertical = Math.min(a.yMin + a.height, b.yMin + b.height) - Math.max(a.yMin, b.yMin);
  return a.xMin < b.xMax - 1 && b.xMin < a.xMax - 1 && vertical > Math.min(a.height, b.height) / 2;
}

describe.skipIf(!READY)(READY ? "the blank form as LibreOffice prints it" : `template print (skipped: ${SOFFICE_MISSING}, and poppler-utils)`, () => {
  let pages: PrintedPage[] = [];
  beforeAll(async () => {
    const file = join(tempFolder(), "bieu-mau.xlsx");
    expect((await budget("template", "-o", file)).code).toBe(0);
    pages = await pdfAsPrintedByLibreOffice(file);
  }, 120_000);

  it("prints Biểu mẫu on A4 landscape, two pages wide, STT and the task name on both, at two thirds of full size or more (it was 40 %)", () => {
    const form = pages.filter((page) => page.width > page.height);
    expect(form.length).toBeGreaterThanOrEqual(2);
    for (const page of form) expect([Math.round(page.width), Math.round(page.height)]).toEqual([Math.round(A4.long), Math.round(A4.short)]);
    expect(form[0]?.words.map((w) => w.text)).toContain("Nguồn");
    expect(form[1]?.words.map((w) => w.text)).toContain("Cam");
    for (const page of form.slice(0, 2)) expect(page.words.map((w) => w.text)).toEqual(expect.arrayContaining(["STT", "TÊN", "DỰ"]));
    // STT is bold 12, as the guide's heading, which prints at full size: their heights give the form's scale.
    const stt = form[0]?.words.find((w) => w.text === "STT")?.height ?? 0;
    const full = pages.find((page) => page.height > page.width)?.words.find((w) => w.text === "HƯỚNG")?.height ?? 1;
    expect(stt / full).toBeGreaterThan(0.66);
  });

  it("prints Hướng dẫn on A4 upright, inside the margins, no line over another", () => {
    const guide = pages.filter((page) => page.height > page.width);
    expect(guide.length).toBeGreaterThanOrEqual(1);
    expect(guide[0]?.text).toContain("HƯỚNG DẪN ĐIỀN BIỂU MẪU");
    for (const page of guide) {
      expect([Math.round(page.width), Math.round(page.height)]).toEqual([Math.round(A4.short), Math.round(A4.long)]);
      // Excel's default side margin is 0.7 inch (50 points).
      expect(Math.max(...page.words.map((w) => w.xMax))).toBeLessThan(page.width - 40);
      const words = page.words;
      const clashes = words.flatMap((a, i) =>
        words
          .slice(i + 1)
          .filter((b) => overlap(a, b))
          .map((b) => `${a.text}/${b.text}`),
      );
      expect(clashes).toEqual([]);
    }
  });
});
