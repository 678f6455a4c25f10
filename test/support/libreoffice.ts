import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { parseDelimited } from "../../src/read/text/delimited-text.js";

/**
 * LibreOffice as the real client of our workbooks, for tests. What works on LibreOffice 7.4.7
 * (Debian `libreoffice-calc-nogui`), measured:
 *
 * - By default it does NOT recalculate an .xlsx on load: it shows the cached results. A user profile whose
 *   `user/registrymodifications.xcu` sets `/org.openoffice.Office.Calc/Formula/Load` `OOXMLRecalcMode` = 0
 *   ("always"), passed as `-env:UserInstallation=file:///<dir>`, makes it recalculate every formula; a cell
 *   `SUM(A1:A2)` over 1 and 2 cached as 999 then exports 3 (999 with a fresh empty profile). A profile
 *   holding only that file is enough: the first start fills in the rest.
 * - CSV filter options `44,34,76,1,,0,false,true,false,false,false,-1`: comma, `"` quotes, UTF-8, from line 1,
 *   (cell format), language 0, quoted fields as text off,
 *   special numbers on (import only), 9th `false` = raw values rather than "as shown" (so `#,##0` does not put
 *   grouping into the figures), 10th `false` = values rather than formulas, 11th (trim spaces) off, 12th = the
 *   sheet to export: N (1-based) for one sheet, -1 for every sheet. With the 12th token, even for one sheet,
 *   the output is named `<input base>-<sheet name>.csv`; without it only the first sheet is written, as `<base>.csv`.
 * - Raw values still take the decimal separator of the process locale (`1234,5` under de_DE or vi_VN, whatever the
 *   language token): soffice runs under `LC_ALL=C.UTF-8`, which gives `1234.5` and keeps UTF-8 file names.
 *   A cell whose number format names its own locale (`[$-42A]…`, Vietnamese, as the appendix's amounts do)
 *   takes that locale's separator instead: `1234,5` whatever the process locale.
 * - Each run gets its own profile: two instances sharing a profile would hand the job to the one already running.
 */

/** The `soffice` launcher on PATH, or `undefined` when LibreOffice is not installed. */
export const soffice = (process.env.PATH ?? "")
  .split(delimiter)
  .map((folder) => join(folder, "soffice"))
  .find((path) => existsSync(path));

/** Why the LibreOffice tests are skipped when `soffice` is missing. */
export const SOFFICE_MISSING = "soffice not on PATH: install LibreOffice (apt-get install -y libreoffice-calc-nogui, as .ci/run does) to run these tests";

const CSV_EVERY_SHEET_RAW = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** How LibreOffice opens the workbook. */
export interface OpenOptions {
  /** Forces recalculation of every formula on load (the test profile); otherwise a fresh default profile. */
  readonly recalculate: boolean;
  /** Kills LibreOffice (its whole process group) after this long; 80 s unless told. */
  readonly timeoutMs?: number;
}

/**
 * Has LibreOffice open `workbook` headless and export every sheet as CSV of raw values.
 * Takes the workbook's path and how to open it; returns each sheet's rows of cell texts, keyed by sheet name.
 */
export async function sheetsAsSeenByLibreOffice(workbook: string, options: OpenOptions): Promise<Map<string, string[][]>> {
  const work = mkdtempSync(join(tmpdir(), "budget-lo-test-"));
  try {
    const profile = join(work, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    if (options.recalculate) writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
    const input = join(work, "book.xlsx");
    copyFileSync(workbook, input);
    const outdir = join(work, "out");
    await runSoffice(
      ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", CSV_EVERY_SHEET_RAW, "--outdir", outdir, input],
      options.timeoutMs ?? 80_000,
    );
    const sheets = new Map<string, string[][]>();
    for (const file of readdirSync(outdir)) {
      if (!file.startsWith("book-") || !file.endsWith(".csv")) continue;
      sheets.set(file.slice("book-".length, -".csv".length), parseDelimited(readFileSync(join(outdir, file), "utf8"), ","));
    }
    return sheets;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A word of a printed page, where `pdftotext -bbox` puts it (points from the top left). */
export interface PrintedWord {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  /** The height of its box: the type size times the print scale, times the font's ascent plus descent. */
  readonly height: number;
}

/** A page LibreOffice printed: its size in points, its text as `pdftotext -layout` gives it, its words. */
export interface PrintedPage {
  readonly width: number;
  readonly height: number;
  readonly text: string;
  readonly words: readonly PrintedWord[];
}

/**
 * Has LibreOffice print `workbook` to PDF (a fresh profile, headless) and returns its pages as poppler
 * (`pdfinfo`, `pdftotext`) reads them.
 */
export async function pdfAsPrintedByLibreOffice(workbook: string, timeoutMs = 80_000): Promise<PrintedPage[]> {
  const work = mkdtempSync(join(tmpdir(), "budget-lo-pdf-"));
  try {
    const profile = join(work, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    const input = join(work, "book.xlsx");
    copyFileSync(workbook, input);
    await runSoffice(["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", "pdf", "--outdir", work, input], timeoutMs);
    const pdf = join(work, "book.pdf");
    const count = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? "0");
    const bbox = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
    const pages = [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
    return Array.from({ length: count }, (_, i): PrintedPage => {
      const [, width = "0", height = "0", body = ""] = pages[i] ?? [];
      const words = [...body.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        ([, xMin = "0", yMin = "0", xMax = "0", yMax = "0", text = ""]): PrintedWord => ({
          text: text.replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"'),
          xMin: Number(xMin),
          xMax: Number(xMax),
          yMin: Number(yMin),
          height: Number(yMax) - Number(yMin),
        }),
      );
      const text = execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" });
      return { width: Number(width), height: Number(height), text, words };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Whether `pdftotext` and `pdfinfo` (poppler-utils) are on PATH, for the print tests. */
export const poppler = ["pdfinfo", "pdftotext"].every((tool) => (process.env.PATH ?? "").split(delimiter).some((folder) => existsSync(join(folder, tool))));

/** Runs soffice in its own process group; resolves when it exits 0, rejects (after killing the group on timeout) otherwise. */
function runSoffice(args: readonly string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Detached: the launcher script execs oosplash, which starts soffice.bin in the same group; killing the group ends both.
    const child = spawn("soffice", args, { detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C.UTF-8" } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      reject(new Error(`soffice did not finish in ${timeoutMs} ms and was killed\n${output}`));
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`soffice exited with ${code ?? signal}\n${output}`));
    });
  });
}
