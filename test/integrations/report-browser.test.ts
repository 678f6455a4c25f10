import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budget } from "../cli/plan-cli-runner.js";
import { readWorkbook, sheetRows } from "../support/appendix-sheet.js";

/** Debian's Chromium, which `.ci/run` installs; the test says it is skipped without it. */
const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
/** No network of any kind, no first-run or background traffic: the page must need none. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

describe.skipIf(!hasChromium)(
  hasChromium ? "budget report in a real browser (Chromium, headless)" : `budget report in a browser (skipped: ${CHROMIUM} is missing)`,
  () => {
    const folder = mkdtempSync(join(tmpdir(), "budget-report-"));
    const page = join(folder, "bao-cao.html");
    const workbook = join(folder, "phu-luc.xlsx");
    let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;

    beforeAll(async () => {
      expect((await budget("report", "fixtures/forms", "-o", page, "--quiet")).code).toBe(0);
      expect((await budget("consolidate", "fixtures/forms", "-o", workbook, "--format", "none", "--quiet")).code).toBe(0);
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    it("loads with no console error and no request but the file, shows the workbook's figures, filters, and prints to a screenshot", async () => {
      if (!browser) throw new Error("Chromium did not start");
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      const requests: string[] = [];
      tab.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
      });
      tab.on("pageerror", (error) => problems.push(String(error)));
      tab.on("request", (request) => requests.push(request.url()));
      const url = pathToFileURL(page).href;
      await tab.goto(url, { waitUntil: "load" });
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);

      // The headline figures, as the seed prints them: 148.165 = 65.562 + 82.603.
      expect(await tab.locator("#figure-total").textContent()).toBe("148.165");
      const years = await tab.locator("#chart-year tbody tr").allTextContents();
      expect(years).toEqual(["202565.56244,2%", "202682.60355,8%"]);

      // Each agency's figure in the page equals the appendix workbook's `Tổng hợp` sheet.
      const summary = sheetRows(readWorkbook(workbook), "Tổng hợp").filter((row) => /^\d+$/u.test(String(row[0] ?? "")));
      expect(summary.length).toBe(5);
      const names = await tab.locator("#chart-agency tbody td:nth-child(1)").allTextContents();
      const amounts = await tab.locator("#chart-agency tbody td:nth-child(2)").allTextContents();
      const vietnamese = (value: unknown) => new Intl.NumberFormat("de-DE").format(Number(value));
      expect(new Map(names.map((name, i) => [name, amounts[i]]))).toEqual(new Map(summary.map((row) => [String(row[1]), vietnamese(row[2])])));
      const total = sheetRows(readWorkbook(workbook), "Tổng hợp").find((row) => row[1] === "TỔNG CỘNG");
      expect(total?.slice(2, 5)).toEqual([148165, 65562, 82603]);

      // Four charts drawn as SVG, each with its bars or slices.
      expect(await tab.locator("figure.chart svg").count()).toBe(4);

      // The filter: all 8 findings, then Sở Tư pháp's one, then BC303's one, then all again.
      const findings = tab.locator("#findings-table tbody tr");
      const visible = () => findings.filter({ visible: true }).count();
      expect(await tab.locator("#filters").isVisible()).toBe(true);
      expect(await visible()).toBe(8);
      await tab.selectOption("#filter-agency", "Sở Tư pháp");
      expect([await visible(), await tab.locator("#filter-count").textContent()]).toEqual([1, "1 / 8"]);
      expect(await findings.filter({ visible: true }).locator("td.place").textContent()).toBe("fixtures/forms/04-so-tu-phap.xlsx › Biểu mẫu › A10");
      await tab.selectOption("#filter-agency", "");
      await tab.selectOption("#filter-code", "BC303");
      expect(await visible()).toBe(1);
      await tab.selectOption("#filter-code", "");
      expect(await visible()).toBe(8);

      const shot = join(folder, "report.png");
      await tab.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(50_000);
      // Printed: A4 pages, the filter controls left out.
      await tab.emulateMedia({ media: "print" });
      expect(await tab.locator("#filters").isVisible()).toBe(false);
      const pdf = await tab.pdf({ preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      await tab.close();
    }, 60_000);

    it("shows every finding with JavaScript off", async () => {
      if (!browser) throw new Error("Chromium did not start");
      const context = await browser.newContext({ javaScriptEnabled: false });
      const tab = await context.newPage();
      await tab.goto(pathToFileURL(page).href);
      expect(await tab.locator("#findings-table tbody tr").filter({ visible: true }).count()).toBe(8);
      expect(await tab.locator("#filters").isVisible()).toBe(false);
      await context.close();
    }, 30_000);
  },
);
