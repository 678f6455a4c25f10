import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDelimited } from "../../src/read/text/delimited-text.js";
import { RowsDocumentSchema } from "../../src/schemas/rows.js";
import { HYPERLINK, hostileFormBytes } from "../write/rows-forms.js";
import { budget, tempFolder } from "./plan-cli-runner.js";

describe("budget consolidate --rows", () => {
  it("writes the rows as JSON next to the workbook, the totals on stdout unchanged (--format json)", async () => {
    const folder = tempFolder();
    const { code, stdout } = await budget(
      "consolidate",
      "fixtures/forms",
      "-o",
      join(folder, "phu-luc.xlsx"),
      "--rows",
      join(folder, "rows.json"),
      "--format",
      "json",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ schemaVersion: 2, total: "148165", byYear: { "2025": "65562", "2026": "82603" } });
    expect(existsSync(join(folder, "phu-luc.xlsx"))).toBe(true);
    const value: unknown = JSON.parse(readFileSync(join(folder, "rows.json"), "utf8"));
    const document = RowsDocumentSchema.parse(value);
    expect(document).toEqual(value);
    expect(document.total).toBe("148165");
    const counted = document.rows.filter((r) => r.inTotal);
    const add = (pick: (r: (typeof counted)[number]) => string | undefined) => counted.reduce((total, r) => total + BigInt(pick(r) ?? "0"), 0n);
    expect([add((r) => r.total), add((r) => r.byYear["2025"]), add((r) => r.byYear["2026"])]).toEqual([148165n, 65562n, 82603n]);
  });

  it("writes CSV from the extension, or as --rows-format says whatever the extension", async () => {
    const folder = tempFolder();
    expect((await budget("consolidate", "fixtures/appendix", "-o", join(folder, "a.xlsx"), "--rows", join(folder, "rows.csv"), "--format", "none")).code).toBe(
      0,
    );
    const records = parseDelimited(readFileSync(join(folder, "rows.csv"), "utf8"), ",");
    expect(records.filter((r) => r[4] === "item").map((r) => r[10])).toEqual([...Array<string>(26).fill("CTX, NST"), "NSNN", "NSNN"]);
    expect(
      (
        await budget(
          "consolidate",
          "fixtures/appendix",
          "-o",
          join(folder, "b.xlsx"),
          "--rows",
          join(folder, "rows.txt"),
          "--rows-format",
          "json",
          "--format",
          "none",
        )
      ).code,
    ).toBe(0);
    expect(RowsDocumentSchema.parse(JSON.parse(readFileSync(join(folder, "rows.txt"), "utf8"))).rows).toHaveLength(29);
  });

  it("neutralises a hostile name in CSV and keeps it exact in JSON", async () => {
    const folder = tempFolder();
    const input = join(folder, "hostile.xlsx");
    writeFileSync(input, hostileFormBytes());
    expect((await budget("consolidate", input, "-o", join(folder, "a.xlsx"), "--rows", join(folder, "rows.csv"), "--format", "none")).code).toBe(0);
    expect((await budget("consolidate", input, "-o", join(folder, "b.xlsx"), "--rows", join(folder, "rows.json"), "--format", "none")).code).toBe(0);
    const records = parseDelimited(readFileSync(join(folder, "rows.csv"), "utf8"), ",");
    expect(records[2]?.slice(6, 8)).toEqual([`'${HYPERLINK}`, "0.1"]);
    const document = RowsDocumentSchema.parse(JSON.parse(readFileSync(join(folder, "rows.json"), "utf8")));
    expect([document.rows[1]?.name, document.rows[1]?.total, document.total]).toEqual([HYPERLINK, "0.1", "123456789019.8"]);
  });

  it("refuses an existing rows file without --force (exit 2, file untouched) and replaces it with --force", async () => {
    const folder = tempFolder();
    const rows = join(folder, "rows.csv");
    writeFileSync(rows, "cũ\n");
    const refused = await budget("consolidate", "fixtures/forms", "-o", join(folder, "a.xlsx"), "--rows", rows, "--format", "none", "--lang", "en");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`Not written: ${rows} exists; use --force to overwrite it.`);
    expect(readFileSync(rows, "utf8")).toBe("cũ\n");
    const forced = await budget("consolidate", "fixtures/forms", "-o", join(folder, "a.xlsx"), "--rows", rows, "--format", "none", "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(rows, "utf8").split("\n")[0]).toMatch(/^\uFEFFsection,agency,code,/);
  });

  it("never overwrites an input, even with --force, nor the workbook of the same run", async () => {
    const folder = tempFolder();
    const input = join(folder, "01.csv");
    copyFileSync("fixtures/formats/seed/seed000-form-utf8-comma.csv", input);
    const before = readFileSync(input);
    const overInput = await budget("consolidate", input, "-o", join(folder, "a.xlsx"), "--rows", input, "--force", "--format", "none", "--lang", "en");
    expect(overInput.code).toBe(2);
    expect(overInput.stderr).toBe(`Not written: ${input} is one of the inputs.\n`);
    expect(readFileSync(input).equals(before)).toBe(true);
    // The workbook's name can never be a rows file's: .xlsx is refused for --rows, whatever --rows-format says.
    const overWorkbook = await budget(
      "consolidate",
      input,
      "-o",
      join(folder, "b.xlsx"),
      "--rows",
      join(folder, ".", "b.xlsx"),
      "--rows-format",
      "json",
      "--format",
      "none",
      "--lang",
      "en",
    );
    expect(overWorkbook.code).toBe(2);
    expect(overWorkbook.stderr).toBe(`--rows-format json: JSON is not written to a .xlsx file: ${join(folder, ".", "b.xlsx")}. Name it .json (or .txt).\n`);
    expect(readdirSync(folder)).toEqual(["01.csv"]);
  });

  it("refuses a rows file it cannot name a format for before reading anything (exit 2, nothing written)", async () => {
    const folder = tempFolder();
    const { code, stderr } = await budget("consolidate", "fixtures/forms", "-o", join(folder, "a.xlsx"), "--rows", join(folder, "rows.txt"), "--lang", "en");
    expect(code).toBe(2);
    expect(stderr).toContain("--rows: only .csv or .json can be written");
    expect([existsSync(join(folder, "a.xlsx")), existsSync(join(folder, "rows.txt"))]).toEqual([false, false]);
    expect((await budget("consolidate", "fixtures/forms", "-o", join(folder, "a.xlsx"), "--rows", join(folder, "rows.csv"), "--rows-format", "xml")).code).toBe(
      2,
    );
  });
});
