import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { largeHealthyXlsx } from "../../scripts/hostile-zips.js";
import { MIN_FILE_HEAP_MB } from "../../src/run/run-options.js";
import { budget, CRASH } from "./cli-run.js";
import { folderHashes, runInputs, tempFolder } from "./hostile-run.js";

const FORMS = "fixtures/forms";
const BIG = "lon.xlsx";
const MEDIUM = "vua.xlsx";

describe("time and memory bounds per file: a file over a bound is reported, and the run goes on", () => {
  let folder = "";
  let medium = "";
  beforeAll(() => {
    folder = tempFolder();
    medium = tempFolder();
    for (const name of readdirSync(FORMS)) {
      copyFileSync(join(FORMS, name), join(folder, name));
      copyFileSync(join(FORMS, name), join(medium, name));
    }
    // 200,000 rows × 12 cells, 88 MB of sheet XML: about 8 s to read on a 2-core machine and 700 MiB
    // of heap, so even a machine several times faster stays over the 2 s bound.
    writeFileSync(join(folder, BIG), largeHealthyXlsx(200_000));
    // 50,000 rows, 22 MB of XML: 160-200 MiB of heap to read.
    writeFileSync(join(medium, MEDIUM), largeHealthyXlsx(50_000));
  });

  it("over its heap while it is read (96 MiB): BC101 memory-limit for that file, the five forms consolidated", async () => {
    const { run } = await runInputs([medium], { workers: 2, fileHeapMb: 96 });
    expect(run.diagnostics.filter((d) => d.code === "BC101").map((d) => [d.file, d.args?.reason])).toEqual([[join(medium, MEDIUM), "memory-limit"]]);
    expect(run.consolidation.totals.total.toFixed()).toBe("148165");
  });

  for (const fileHeapMb of [16, 128]) {
    it(`content too large for its heap (${fileHeapMb} MiB asked, at least ${MIN_FILE_HEAP_MB}): BC101 memory-limit before it is read, the process alive`, async () => {
      // Node aborted the whole process here when the worker tried (Node issue 47224).
      const { run } = await runInputs([folder], { workers: 2, fileHeapMb });
      expect(run.diagnostics.filter((d) => d.code === "BC101").map((d) => [d.file, d.args?.reason])).toEqual([[join(folder, BIG), "memory-limit"]]);
      expect(run.consolidation.totals.total.toFixed()).toBe("148165");
    });
  }

  it("over its time (2 s): BC101 time-limit for that file, the five forms consolidated", async () => {
    const { run } = await runInputs([folder], { workers: 2, fileTimeMs: 2_000 });
    expect(run.diagnostics.filter((d) => d.code === "BC101").map((d) => [d.file, d.args?.reason])).toEqual([[join(folder, BIG), "time-limit"]]);
    expect(run.consolidation.totals.total.toFixed()).toBe("148165");
  });

  it("budget check --file-memory and --file-timeout: the file named in words, exit 1, no stack trace, inputs unchanged", async () => {
    const before = folderHashes(folder);
    const memory = await budget("check", folder, "--file-memory", String(MIN_FILE_HEAP_MB), "--lang", "en");
    expect(memory.code).toBe(1);
    expect(memory.stdout).toContain(`${join(folder, BIG)}: error BC101 The file cannot be read (needs more memory than allowed, see --file-memory).`);
    expect(memory.stdout + memory.stderr).not.toMatch(CRASH);
    const time = await budget("check", folder, "--file-timeout", "1", "--lang", "en");
    expect(time.code).toBe(1);
    expect(time.stdout).toContain(`${join(folder, BIG)}: error BC101 The file cannot be read (took longer than allowed, see --file-timeout).`);
    expect(folderHashes(folder)).toEqual(before);
  });

  it("rejects bounds that make no sense: exit 2", async () => {
    expect((await budget("check", FORMS, "--file-memory", "16")).code).toBe(2);
    expect((await budget("check", FORMS, "--file-timeout", "0")).code).toBe(2);
    expect((await budget("totals", FORMS, "--file-timeout", "soon")).code).toBe(2);
    expect((await budget("consolidate", FORMS, "-o", join(tempFolder(), "x.xlsx"), "--file-memory", "-5")).code).toBe(2);
  });
});
