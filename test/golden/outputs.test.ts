// Every command's output on the fixtures, compared with what the tool printed and wrote before the
// redesign of issue 12 (captured at 84c8a75). A change to any byte of stdout, stderr, an exit code, a
// CSV/JSON file, or any cell (value, formula, number format) of a workbook we write fails here.
// An intended change is recorded with `GOLDEN_UPDATE=1 npx vitest run test/golden` and reviewed in the diff.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { budget, tempFolder } from "../cli/plan-cli-runner.js";

const EXPECTED = "test/golden/expected";
const UPDATE = process.env.GOLDEN_UPDATE === "1";

/** One run: its name (the golden file), its arguments (`OUT/` is the run's temporary folder), and the files it writes. */
interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly outputs?: readonly string[];
}

// fixtures/faulty, fixtures/formats and fixtures/seeds are catalogues of cases, not an intake folder:
// several of their files hold the same agency (Sở Y tế twice for BC405, Sở Tư pháp in every format,
// Sở Khoa học và Công nghệ in the form and its excerpt) and are not its versions, so their runs add
// them all up (`--versions all`), as before versions were told apart, whatever times a checkout gave
// the files. test/cli/versions.test.ts covers the default.
const CASES: readonly Case[] = [
  { name: "consolidate-forms", args: ["consolidate", "fixtures/forms", "-o", "OUT/phu-luc.xlsx"], outputs: ["phu-luc.xlsx"] },
  { name: "consolidate-forms-en", args: ["consolidate", "fixtures/forms", "-o", "OUT/en.xlsx", "--lang", "en"] },
  {
    name: "consolidate-json-rows-csv",
    args: ["consolidate", "fixtures/forms", "-o", "OUT/a.xlsx", "--format", "json", "--rows", "OUT/rows.csv"],
    outputs: ["rows.csv"],
  },
  {
    name: "consolidate-csv-rows-json",
    args: ["consolidate", "fixtures/forms", "-o", "OUT/b.xlsx", "--format", "csv", "--rows", "OUT/rows.json"],
    outputs: ["rows.json"],
  },
  { name: "consolidate-appendix", args: ["consolidate", "fixtures/appendix", "-o", "OUT/phu-luc-004.xlsx"], outputs: ["phu-luc-004.xlsx"] },
  {
    name: "consolidate-faulty",
    args: ["consolidate", "fixtures/faulty", "--versions", "all", "-o", "OUT/faulty.xlsx", "--jobs", "2"],
    outputs: ["faulty.xlsx"],
  },
  {
    name: "consolidate-formats",
    args: ["consolidate", "fixtures/formats", "--versions", "all", "-o", "OUT/formats.xlsx", "--format", "json", "--jobs", "2"],
    outputs: ["formats.xlsx"],
  },
  { name: "totals-forms", args: ["totals", "fixtures/forms"] },
  { name: "totals-forms-json", args: ["totals", "fixtures/forms", "--format", "json"] },
  { name: "totals-forms-csv", args: ["totals", "fixtures/forms", "--format", "csv"] },
  { name: "totals-seeds-json", args: ["totals", "fixtures/seeds", "--versions", "all", "--format", "json"] },
  { name: "totals-by-agency-year-source", args: ["totals", "fixtures/forms", "--by", "agency,year,source"] },
  { name: "totals-by-section-group-json", args: ["totals", "fixtures/forms", "--by", "section,group", "--format", "json"] },
  { name: "totals-by-period-source-csv", args: ["totals", "fixtures/forms", "--by", "period,source", "--format", "csv"] },
  { name: "totals-by-year-en", args: ["totals", "fixtures/appendix", "--by", "year,agency", "--lang", "en"] },
  { name: "check-forms", args: ["check", "fixtures/forms"] },
  { name: "check-faulty-text", args: ["check", "fixtures/faulty", "--versions", "all", "--jobs", "2"] },
  { name: "check-faulty-text-en", args: ["check", "fixtures/faulty", "--versions", "all", "--lang", "en", "--jobs", "2"] },
  { name: "check-faulty-json", args: ["check", "fixtures/faulty", "--versions", "all", "--format", "json", "--jobs", "2"] },
  { name: "check-faulty-sarif", args: ["check", "fixtures/faulty", "--versions", "all", "--format", "sarif", "--jobs", "2"] },
  { name: "check-faulty-github", args: ["check", "fixtures/faulty", "--versions", "all", "--format", "github", "--jobs", "2"] },
  { name: "check-faulty-junit", args: ["check", "fixtures/faulty", "--versions", "all", "--format", "junit", "--jobs", "2"] },
  { name: "check-formats-json", args: ["check", "fixtures/formats", "--versions", "all", "--format", "json", "--jobs", "2"] },
  { name: "check-forms-strict", args: ["check", "fixtures/forms", "--strict"] },
  { name: "rollup-table", args: ["rollup", "OUT/phu-luc.xlsx", "OUT/phu-luc-004.xlsx"] },
  { name: "rollup-json", args: ["rollup", "OUT/phu-luc.xlsx", "OUT/phu-luc-004.xlsx", "--format", "json", "--by", "agency,source,section,input"] },
  { name: "rollup-csv", args: ["rollup", "OUT/phu-luc.xlsx", "OUT/phu-luc-004.xlsx", "--format", "csv", "--by", "section"] },
  { name: "rollup-workbook", args: ["rollup", "OUT/phu-luc.xlsx", "OUT/phu-luc-004.xlsx", "-o", "OUT/rollup.xlsx"], outputs: ["rollup.xlsx"] },
  { name: "template-agency", args: ["template", "-o", "OUT/bm.xlsx", "--agency", "Sở Tư pháp"], outputs: ["bm.xlsx"] },
  { name: "template-rows", args: ["template", "-o", "OUT/bm-20.xlsx", "--rows", "20", "--lang", "en"], outputs: ["bm-20.xlsx"] },
  { name: "plan-text", args: ["plan"] },
  { name: "plan-json", args: ["plan", "--format", "json"] },
  { name: "plan-yaml", args: ["plan", "--format", "yaml"] },
  { name: "plan-json-schema", args: ["plan", "--json-schema"] },
  { name: "help", args: ["--help"] },
  { name: "help-consolidate", args: ["consolidate", "--help"] },
  { name: "help-totals", args: ["totals", "--help"] },
  { name: "help-check", args: ["check", "--help"] },
  { name: "help-rollup", args: ["rollup", "--help"] },
  { name: "help-template", args: ["template", "--help"] },
  { name: "help-plan", args: ["plan", "--help"] },
  { name: "help-status", args: ["status", "--help"] },
  { name: "help-inspect", args: ["inspect", "--help"] },
  { name: "inspect-seed000-form", args: ["inspect", "fixtures/seeds/seed000-form.xlsx"] },
  { name: "inspect-units-en", args: ["inspect", "fixtures/units/mua-bao-11-dia-phuong.xlsx", "--lang", "en"] },
  { name: "inspect-plan-json", args: ["inspect", "fixtures/plans/seed003-table-vii.xlsx", "--format", "json"] },
  { name: "help-diff", args: ["diff", "--help"] },
  { name: "help-review", args: ["review", "--help"] },
  { name: "review-init", args: ["review", "--init", "fixtures/forms", "-o", "OUT/tham-dinh.xlsx"], outputs: ["tham-dinh.xlsx"] },
  { name: "diff-versions", args: ["diff", "fixtures/versions/05-so-khcn-lan-1.xlsx", "fixtures/versions/05-so-khcn-lan-2.xlsx"] },
  {
    name: "diff-workbook",
    args: ["diff", "fixtures/versions/05-so-khcn-lan-1.xlsx", "fixtures/versions/05-so-khcn-lan-2.xlsx", "--min", "1000", "-o", "OUT/thay-doi.xlsx"],
    outputs: ["thay-doi.xlsx"],
  },
  { name: "usage-missing-output", args: ["consolidate", "fixtures/forms"] },
  { name: "usage-unknown-format", args: ["totals", "fixtures/forms", "--format", "xml"] },
];

/** Every cell of every sheet of a workbook: address, type, value, formula, number format; and the merges. */
function workbookCells(path: string): string {
  const book = XLSX.read(readFileSync(path), { cellFormula: true, cellNF: true, cellDates: false });
  const lines: string[] = [];
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name];
    if (!sheet) continue;
    lines.push(`## ${name} ${sheet["!ref"] ?? ""} merges ${(sheet["!merges"] ?? []).map((m) => XLSX.utils.encode_range(m)).join(" ")}`);
    for (const address of Object.keys(sheet)) {
      if (address.startsWith("!")) continue;
      const cell = sheet[address] as XLSX.CellObject;
      const format = cell.z === undefined || cell.z === "General" ? "" : ` z=${String(cell.z)}`;
      const formula = cell.f === undefined ? "" : ` f=${cell.f}`;
      lines.push(`${address} ${cell.t} ${JSON.stringify(cell.v)}${formula}${format}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** What a case produced, as one text: the exit code, stdout, stderr and each output file. */
function transcript(result: { code: number; stdout: string; stderr: string }, out: string, outputs: readonly string[]): string {
  const scrub = (text: string): string => text.split(out).join("OUT");
  const parts = [`# exit ${result.code}`, "# stdout", scrub(result.stdout), "# stderr", scrub(result.stderr)];
  for (const name of outputs) {
    const path = join(out, name);
    parts.push(`# file ${name}`);
    if (!existsSync(path)) parts.push("(missing)");
    else if (name.endsWith(".xlsx")) parts.push(scrub(workbookCells(path)));
    else parts.push(scrub(readFileSync(path, "utf8")));
  }
  return parts.join("\n");
}

let out = "";

beforeAll(() => {
  out = tempFolder();
  if (UPDATE) mkdirSync(EXPECTED, { recursive: true });
});

describe("outputs on the fixtures are those of before the redesign", () => {
  // In order: the rollups read the appendices the first cases write.
  for (const item of CASES) {
    it(item.name, async () => {
      for (const name of item.outputs ?? []) rmSync(join(out, name), { force: true });
      const args = item.args.map((arg) => arg.replace(/^OUT\//, `${out}/`));
      const result = await budget(...args);
      const text = transcript(result, out, item.outputs ?? []);
      const file = join(EXPECTED, `${item.name}.txt`);
      if (UPDATE) writeFileSync(file, text);
      expect(text).toBe(readFileSync(file, "utf8"));
    });
  }
});
