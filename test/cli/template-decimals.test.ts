import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { fillTemplate } from "../support/fill-template.js";
import { SOFFICE_MISSING, soffice } from "../support/libreoffice.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

const ROWS = 5;

/** LibreOffice's CSV of the first sheet, saved "as shown" (9th token `true`), as a user saving CSV from Calc gets it. */
const CSV_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true";

describe("amounts typed into the blank form show as typed", () => {
  it("formats amount cells so decimals show: General, zero as a dash, Vietnamese separators", async () => {
    const folder = tempFolder();
    const file = join(folder, "bm.xlsx");
    expect((await budget("template", "-o", file, "--rows", String(ROWS))).code).toBe(0);
    const sheet = XLSX.read(readFileSync(file), { cellNF: true, sheetStubs: true }).Sheets["Biểu mẫu"];
    // F10: the first item row's total amount; F9: the agency row's formula.
    expect([sheet?.F10?.z, sheet?.F9?.z]).toEqual(['[$-42A]General;-General;"-"', '[$-42A]General;-General;"-"']);
  });

  it.skipIf(soffice === undefined)(
    soffice === undefined ? `LibreOffice (skipped: ${SOFFICE_MISSING})` : "800,5 typed, saved as CSV by LibreOffice, reads back as 800,5",
    async () => {
      const folder = tempFolder();
      const blank = join(folder, "bm.xlsx");
      expect((await budget("template", "-o", blank, "--agency", "Sở Tư pháp", "--rows", String(ROWS))).code).toBe(0);
      const filled = join(folder, "stp.xlsx");
      fillTemplate(
        blank,
        filled,
        [
          { code: "1.1", name: "Số hóa hồ sơ hộ tịch", amount: 800.5, year2025: 800.5 },
          { code: "1.2", name: "Nâng cấp cổng dịch vụ công", amount: 1000, year2025: 1000 },
        ],
        ROWS,
      );
      const outdir = join(folder, "csv");
      mkdirSync(outdir);
      const profile = join(folder, "profile");
      const run = spawnSync(
        "soffice",
        ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", CSV_AS_SHOWN, "--outdir", outdir, filled],
        {
          env: { ...process.env, LC_ALL: "C.UTF-8" },
          timeout: 120_000,
        },
      );
      expect(run.status, String(run.stderr)).toBe(0);
      const csv = readFileSync(join(outdir, "stp.csv"), "utf8");
      expect(csv).toContain('1.1,Số hóa hồ sơ hộ tịch,,,,"800,5",,"800,5","800,5",,x');
      expect(csv).toContain("1.2,Nâng cấp cổng dịch vụ công,,,,1000,,1000,1000,,x");
      const { code, stdout, stderr } = await budget("totals", join(outdir, "stp.csv"), "--format", "json");
      expect(code, stderr).toBe(0);
      const document: unknown = JSON.parse(stdout);
      expect(document).toMatchObject({ total: "1800.5", byYear: { "2025": "1800.5" } });
      expect(document).toHaveProperty("sections.0.agencies.0.name", "Sở Tư pháp");
    },
    150_000,
  );
});
