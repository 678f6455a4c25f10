import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import {
  deflateBombXlsx,
  emptyFile,
  encryptedEntryXlsx,
  forgedBothSizesXlsx,
  forgedLocalSizeXlsx,
  manyEntriesZip,
  randomBytesWithPkHeader,
  renamedLocalXlsx,
  truncatedXlsx,
  unsupportedMethodXlsx,
} from "../../scripts/hostile-zips.js";
import { budget, CRASH } from "./cli-run.js";
import { folderHashes, runInputs, tempFolder } from "./hostile-run.js";

const MiB = 1024 * 1024;
const FORMS = "fixtures/forms";

/** Each hostile container, and the start of the BC101 reason it must get. */
const HOSTILE: ReadonlyArray<readonly [string, () => Uint8Array, string]> = [
  ["forged-local-size.xlsx", () => forgedLocalSizeXlsx(), "zip-header-mismatch, xl/worksheets/sheet1.xml"],
  ["forged-both-sizes.xlsx", () => forgedBothSizesXlsx(), "zip-entry-too-large, xl/worksheets/sheet1.xml > 256 MiB"],
  ["deflate-bomb.xlsx", () => deflateBombXlsx({ inflatedBytes: 300 * MiB }), "zip-ratio, xl/worksheets/sheet1.xml"],
  ["honest-bomb.xlsx", () => deflateBombXlsx({ inflatedBytes: 300 * MiB, honestSizes: true }), "zip-entry-too-large, xl/worksheets/sheet1.xml > 256 MiB"],
  ["many-entries.xlsx", () => manyEntriesZip(20_000), "zip-too-many-entries, 20000 > 10000"],
  ["encrypted-entry.xlsx", () => encryptedEntryXlsx(), "zip-encrypted, xl/worksheets/sheet1.xml"],
  ["unsupported-method.xlsx", () => unsupportedMethodXlsx(), "zip-unsupported-method, xl/worksheets/sheet1.xml (12)"],
  ["renamed-local.xlsx", () => renamedLocalXlsx(), "zip-header-mismatch, xl/worksheets/sheet1.xml"],
  ["truncated.xlsx", () => truncatedXlsx(), "zip-truncated"],
  ["random-after-pk.xlsx", () => randomBytesWithPkHeader(), "zip-truncated"],
  ["empty.xlsx", () => emptyFile(), "empty"],
];

describe("hostile ZIP containers among good forms", () => {
  let folder = "";
  let before = new Map<string, string>();

  beforeAll(() => {
    folder = tempFolder();
    for (const name of readdirSync(FORMS)) copyFileSync(join(FORMS, name), join(folder, name));
    for (const [name, bytes] of HOSTILE) writeFileSync(join(folder, name), bytes());
    before = folderHashes(folder);
  });

  for (const workers of [0, 2]) {
    it(`runFiles (${workers} workers): one BC101 naming each hostile file with its reason, the five forms still consolidated`, async () => {
      const { run } = await runInputs([folder], { workers });
      for (const [name, , reason] of HOSTILE) {
        const found = run.diagnostics.filter((d) => d.file === join(folder, name));
        expect(
          found.map((d) => [d.code, d.severity]),
          name,
        ).toEqual([["BC101", "error"]]);
        expect(found[0]?.args?.reason, name).toMatch(new RegExp(`^${reason.replace(/[()]/g, "\\$&")}`));
      }
      expect(run.files).toHaveLength(HOSTILE.length + 5);
      expect(run.consolidation.totals.total.toFixed()).toBe("148165");
      expect(folderHashes(folder)).toEqual(before);
    });
  }

  it("budget consolidate: exit 1, each file named in plain words, no stack trace, the appendix written whole from the good forms, inputs unchanged", async () => {
    const out = tempFolder("budget-out-");
    const output = join(out, "phu-luc.xlsx");
    const { code, stdout, stderr } = await budget("consolidate", folder, "-o", output, "--lang", "en");
    expect(code).toBe(1);
    expect(stderr).not.toMatch(CRASH);
    expect(stdout).not.toMatch(CRASH);
    for (const [name] of HOSTILE) expect(stderr).toContain(`${join(folder, name)}: error BC101 The file cannot be read (`);
    expect(stderr).toContain("an abnormal compression ratio (zip bomb)");
    // English tables group the English way.
    expect(stdout).toContain("148,165");
    // Written atomically: the one finished file, no temporary left beside it.
    expect(readdirSync(out)).toEqual(["phu-luc.xlsx"]);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(readFileSync(output)).Sheets["Phụ lục"] ?? {}, { header: 1, raw: true });
    expect(rows.find((row) => row[1] === "TỔNG")?.slice(2, 5)).toEqual([148165, 65562, 82603]);
    expect(folderHashes(folder)).toEqual(before);
  });

  it("budget check --format json: exit 1, each hostile file unreadable, each form read", async () => {
    const { code, stdout, stderr } = await budget("check", folder, "--format", "json");
    expect(code).toBe(1);
    expect(stderr).not.toMatch(CRASH);
    const report: unknown = JSON.parse(stdout);
    const statuses = new Map<string, string>();
    if (typeof report === "object" && report !== null && "files" in report && Array.isArray(report.files)) {
      for (const entry of report.files)
        if (typeof entry === "object" && entry !== null && "file" in entry && "status" in entry) statuses.set(String(entry.file), String(entry.status));
    }
    for (const [name] of HOSTILE) expect(statuses.get(join(folder, name)), name).toBe("unreadable");
    for (const name of readdirSync(FORMS)) expect(statuses.get(join(folder, name)), name).toMatch(/^(ok|info|warning)$/);
    expect(folderHashes(folder)).toEqual(before);
  });

  it("an output that cannot be written: exit 2, nothing half-written, an existing file left as it was", async () => {
    const out = tempFolder("budget-out-");
    const blocker = join(out, "not-a-folder");
    writeFileSync(blocker, "giữ nguyên");
    const intoFile = await budget("consolidate", FORMS, "-o", join(blocker, "phu-luc.xlsx"));
    expect(intoFile.code).toBe(2);
    expect(intoFile.stderr).not.toMatch(CRASH);
    const existing = await budget("consolidate", FORMS, "-o", blocker);
    expect(existing.code).toBe(2);
    expect(readdirSync(out)).toEqual(["not-a-folder"]);
    expect(readFileSync(blocker, "utf8")).toBe("giữ nguyên");
  });
});
