import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import {
  deflateBombXlsx,
  emptyFile,
  encryptedEntryXlsx,
  forgedBothSizesXlsx,
  forgedLocalSizeXlsx,
  HEALTHY_ROWS,
  healthyXlsx,
  largeHealthyXlsx,
  manyEntriesZip,
  randomBytesWithPkHeader,
  renamedLocalXlsx,
  SHEET_PATH,
  truncatedXlsx,
  unsupportedMethodXlsx,
} from "../../scripts/hostile-zips.js";
import { inspectZip, unpackZip } from "../../src/read/zip/zip-guard.js";
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from "../../src/read/zip/zip-limits.js";
import { zipDeclaredSize } from "../../src/read/zip/zip-lookup.js";
import { SheetXml } from "../../src/write/xlsx/sheet-xml.js";
import { Style } from "../../src/write/xlsx/styles.js";
import { xlsxPackage } from "../../src/write/xlsx/xlsx-package.js";

const MiB = 1024 * 1024;
const lowLimits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 32 * MiB, maxTotalBytes: 64 * MiB };

function readCells(bytes: Uint8Array): unknown[][] {
  const workbook = XLSX.read(bytes, { type: "buffer", dense: true });
  const name = workbook.SheetNames[0];
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  if (sheet === undefined) throw new Error("workbook has no sheet");
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
}

describe("inspectZip on healthy containers", () => {
  it("passes the minimal xlsx, which SheetJS then reads", () => {
    const bytes = healthyXlsx();
    expect(inspectZip(bytes)).toBeNull();
    expect(readCells(bytes)).toEqual(HEALTHY_ROWS);
  });

  it("reads a Uint8Array view that does not start at its buffer's origin", () => {
    const bytes = healthyXlsx();
    const padded = new Uint8Array(bytes.byteLength + 100);
    padded.set(bytes, 37);
    expect(inspectZip(padded.subarray(37, 37 + bytes.byteLength))).toBeNull();
  });

  it("passes workbooks written by SheetJS and by our own writer", async () => {
    const sheetJsBook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      sheetJsBook,
      XLSX.utils.aoa_to_sheet([
        ["a", 1],
        ["b", 2],
      ]),
      "S",
    );
    const sheetJsBytes: unknown = XLSX.write(sheetJsBook, { type: "buffer", bookType: "xlsx", compression: true });
    if (!(sheetJsBytes instanceof Uint8Array)) throw new Error("SheetJS did not return bytes");
    expect(inspectZip(sheetJsBytes)).toBeNull();

    const ours = new SheetXml({ columns: [{ width: 10 }, { width: 10 }], frozenRows: 0, gridLines: true, summaryAbove: false, page: "" });
    ours.row(1).text(1, "Tổng", Style.text).number(2, 1234.5, Style.amount);
    expect(inspectZip(await xlsxPackage([{ name: "S", xml: ours.xml() }], new Date(Date.UTC(2000, 0, 1))))).toBeNull();
  });

  it("passes an archive that ends with a ZIP64 end-of-central-directory record", () => {
    expect(inspectZip(healthyXlsx({ zip64End: true }))).toBeNull();
  });

  it("builds byte-identical files on every call", () => {
    expect(healthyXlsx().equals(healthyXlsx())).toBe(true);
    expect(deflateBombXlsx({ inflatedBytes: 4 * MiB }).equals(deflateBombXlsx({ inflatedBytes: 4 * MiB }))).toBe(true);
  });

  it("inflates a ~5 MB workbook once, exactly the bytes its directory declares (its time is in npm run bench)", () => {
    const bytes = largeHealthyXlsx(50_000);
    expect(bytes.byteLength).toBeGreaterThan(4 * MiB);
    const unpacked = unpackZip(bytes);
    if ("problem" in unpacked) throw new Error(unpacked.problem.kind);
    const inflated = unpacked.entries.reduce((sum, entry) => sum + entry.data.byteLength, 0);
    expect(inflated).toBe(zipDeclaredSize(bytes));
    // The work is bounded by the limits: the total at the exact figure passes, one byte under it stops the container.
    expect(inspectZip(bytes, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: inflated })).toBeNull();
    expect(inspectZip(bytes, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: inflated - 1 })).toMatchObject({ kind: "total-too-large", limit: inflated - 1 });
  });
});

describe("inspectZip on forged headers", () => {
  it("reports a local header claiming 3.5 GB against an honest directory", () => {
    expect(inspectZip(forgedLocalSizeXlsx())).toEqual({ kind: "header-mismatch", entry: SHEET_PATH });
  });

  it("reports 3.5 GB claimed by both headers as too large, before inflating anything", () => {
    expect(inspectZip(forgedBothSizesXlsx())).toEqual({
      kind: "entry-too-large",
      entry: SHEET_PATH,
      bytes: 3_500_000_000,
      limit: DEFAULT_ZIP_LIMITS.maxEntryBytes,
    });
  });

  it("reports both headers understating the real size", () => {
    expect(inspectZip(forgedBothSizesXlsx(10))).toEqual({ kind: "header-mismatch", entry: SHEET_PATH });
  });

  it("reports a local header naming another part", () => {
    expect(inspectZip(renamedLocalXlsx())).toEqual({ kind: "header-mismatch", entry: SHEET_PATH });
  });
});

describe("inspectZip on deflate bombs", () => {
  it("stops inflating at the entry limit with bounded memory", () => {
    const bomb = deflateBombXlsx({ inflatedBytes: 512 * MiB });
    expect(bomb.byteLength).toBeLessThan(MiB);
    const before = process.memoryUsage().rss;
    const problem = inspectZip(bomb, lowLimits);
    const growth = process.memoryUsage().rss - before;
    expect(problem).toEqual({ kind: "entry-too-large", entry: SHEET_PATH, bytes: 32 * MiB + 1, limit: 32 * MiB });
    expect(growth).toBeLessThan(300 * MiB);
  });

  it("stops a 300 MB bomb with lying headers at the default limits once its ratio is too high", () => {
    const problem = inspectZip(deflateBombXlsx({ inflatedBytes: 300 * MiB }));
    expect(problem).toMatchObject({ kind: "ratio", entry: SHEET_PATH, limit: DEFAULT_ZIP_LIMITS.maxRatio });
    expect(problem?.kind === "ratio" && problem.ratio > DEFAULT_ZIP_LIMITS.maxRatio).toBe(true);
  });

  it("stops at the entry limit when the ratio would allow more", () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 32 * MiB, maxRatio: 10_000 };
    expect(inspectZip(deflateBombXlsx({ inflatedBytes: 300 * MiB }), limits)).toEqual({
      kind: "entry-too-large",
      entry: SHEET_PATH,
      bytes: 32 * MiB + 1,
      limit: 32 * MiB,
    });
  });

  it("refuses an honestly declared 300 MB worksheet from its header alone", () => {
    expect(inspectZip(deflateBombXlsx({ inflatedBytes: 300 * MiB, honestSizes: true }))).toMatchObject({
      kind: "entry-too-large",
      entry: SHEET_PATH,
      limit: DEFAULT_ZIP_LIMITS.maxEntryBytes,
    });
  });

  it("reports the ratio of a bomb that stays under the size limits", () => {
    expect(inspectZip(deflateBombXlsx({ inflatedBytes: 16 * MiB }))).toMatchObject({
      kind: "ratio",
      entry: SHEET_PATH,
      limit: DEFAULT_ZIP_LIMITS.maxRatio,
    });
    expect(inspectZip(deflateBombXlsx({ inflatedBytes: 16 * MiB, honestSizes: true }))).toMatchObject({ kind: "ratio" });
  });

  it("reports the real total when every entry stays under its own limit", () => {
    const limits = { maxEntries: 10, maxEntryBytes: 64 * MiB, maxTotalBytes: 16 * MiB, maxRatio: 10_000 };
    expect(inspectZip(deflateBombXlsx({ inflatedBytes: 32 * MiB }), limits)).toEqual({
      kind: "total-too-large",
      bytes: 16 * MiB + 1,
      limit: 16 * MiB,
    });
  });
});

describe("inspectZip on other hostile containers", () => {
  it("reports 20,000 entries without walking them", () => {
    expect(inspectZip(manyEntriesZip())).toEqual({ kind: "too-many-entries", count: 20_000, limit: 10_000 });
  });

  it("reports an encrypted entry", () => {
    expect(inspectZip(encryptedEntryXlsx())).toEqual({ kind: "encrypted", entry: SHEET_PATH });
  });

  it("reports a compression method SheetJS cannot inflate", () => {
    expect(inspectZip(unsupportedMethodXlsx())).toEqual({ kind: "unsupported-method", entry: SHEET_PATH, method: 12 });
  });

  it.each([
    ["a truncated archive", truncatedXlsx()],
    ["random bytes behind a PK header", randomBytesWithPkHeader()],
    ["an empty file", emptyFile()],
  ])("reports %s as truncated", (_, bytes) => {
    expect(inspectZip(bytes)).toEqual({ kind: "truncated" });
  });

  it("reports every proper prefix of a healthy file as truncated", () => {
    const bytes = healthyXlsx();
    for (let length = 0; length < bytes.byteLength; length++) {
      expect(inspectZip(bytes.subarray(0, length))).toEqual({ kind: "truncated" });
    }
  });

  it("never throws on corrupted bytes", () => {
    const healthy = healthyXlsx();
    const corruption = fc.array(fc.tuple(fc.nat({ max: healthy.byteLength - 1 }), fc.nat({ max: 255 })), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(corruption, (edits) => {
        const bytes = Buffer.from(healthy);
        for (const [at, value] of edits) bytes[at] = value;
        const problem = inspectZip(bytes);
        expect(problem === null || typeof problem.kind === "string").toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("configurable limits", () => {
  it("refuses a healthy file under a tiny per-entry limit", () => {
    expect(inspectZip(healthyXlsx(), { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 16 })).toMatchObject({
      kind: "entry-too-large",
      limit: 16,
    });
  });

  it("refuses a healthy file under a tiny entry count or total", () => {
    expect(inspectZip(healthyXlsx(), { ...DEFAULT_ZIP_LIMITS, maxEntries: 4 })).toEqual({
      kind: "too-many-entries",
      count: 5,
      limit: 4,
    });
    expect(inspectZip(healthyXlsx(), { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 100 })).toMatchObject({
      kind: "total-too-large",
      limit: 100,
    });
  });

  it("weighs the declared total against the reader's memory only after the other checks, before inflating", () => {
    expect(inspectZip(healthyXlsx(), { ...DEFAULT_ZIP_LIMITS, maxDeclaredForMemory: 100 })).toMatchObject({ kind: "memory", limit: 100 });
    expect(inspectZip(healthyXlsx(), { ...DEFAULT_ZIP_LIMITS, maxDeclaredForMemory: 100 * MiB })).toBeNull();
    // A forged size is still reported as what it is, not as a lack of memory.
    expect(inspectZip(forgedBothSizesXlsx(), { ...DEFAULT_ZIP_LIMITS, maxDeclaredForMemory: 100 })).toMatchObject({ kind: "entry-too-large" });
    expect(inspectZip(encryptedEntryXlsx(), { ...DEFAULT_ZIP_LIMITS, maxDeclaredForMemory: 100 })).toMatchObject({ kind: "encrypted" });
  });
});
