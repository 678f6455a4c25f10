import { copyFileSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readZipEntry } from "../../src/read/zip/zip-lookup.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

/** The creation date written into a workbook's document properties. */
function created(bytes: Uint8Array): string | undefined {
  const core = Buffer.from(readZipEntry(bytes, "docProps/core.xml") ?? new Uint8Array()).toString("utf8");
  return /<dcterms:created[^>]*>([^<]*)</u.exec(core)?.[1];
}

describe("budget consolidate writes its workbook safely and reproducibly", () => {
  it("gives byte-identical workbooks for the same inputs, dated SOURCE_DATE_EPOCH when it is set", async () => {
    const folder = tempFolder();
    const paths = ["a.xlsx", "b.xlsx", "c.xlsx"].map((name) => join(folder, name));
    const [first = "", second = "", dated = ""] = paths;
    expect((await budget("consolidate", "fixtures/forms", "fixtures/appendix", "-o", first, "--format", "none", "-q")).code).toBe(0);
    expect((await budget("consolidate", "fixtures/forms", "fixtures/appendix", "-o", second, "--format", "none", "-q", "--jobs", "1")).code).toBe(0);
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
    expect(created(readFileSync(first))).toBe("2000-01-01T00:00:00Z");

    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = "1735689600";
    try {
      expect((await budget("consolidate", "fixtures/forms", "fixtures/appendix", "-o", dated, "--format", "none", "-q")).code).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
    expect(created(readFileSync(dated))).toBe("2025-01-01T00:00:00Z");
  });

  it("refuses an existing output without --force, in Vietnamese and English, and replaces it with --force", async () => {
    const folder = tempFolder();
    const output = join(folder, "phu-luc.xlsx");
    writeFileSync(output, "bản cũ");
    const vi = await budget("consolidate", "fixtures/appendix", "-o", output, "--format", "none");
    const en = await budget("consolidate", "fixtures/appendix", "-o", output, "--format", "none", "--lang", "en");
    expect([vi.code, en.code]).toEqual([2, 2]);
    expect(vi.stderr).toContain(`Không ghi: ${output} đã có; dùng --force để ghi đè.`);
    expect(en.stderr).toContain(`Not written: ${output} exists; use --force to overwrite it.`);
    expect(readFileSync(output, "utf8")).toBe("bản cũ");
    expect((await budget("consolidate", "fixtures/appendix", "-o", output, "--format", "none", "--force")).code).toBe(0);
    expect(readFileSync(output).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(readdirSync(folder)).toEqual(["phu-luc.xlsx"]);
  });

  it("never writes over an input, even through a link and with --force", async () => {
    const folder = tempFolder();
    const input = join(folder, "seed004.xlsx");
    copyFileSync("fixtures/appendix/seed004-skhcn-2025.xlsx", input);
    symlinkSync(input, join(folder, "link.xlsx"));
    const before = readFileSync(input);
    for (const output of [input, join(folder, "link.xlsx")]) {
      const { code, stderr } = await budget("consolidate", input, "-o", output, "--format", "none", "--force");
      expect(code, output).toBe(2);
      expect(stderr).toContain(`Không ghi: ${output} là một tệp đầu vào.`);
    }
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(["link.xlsx", "seed004.xlsx"]);
  });
});
