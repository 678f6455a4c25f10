// The README's examples are what the commands print now: the first command's totals and warnings, the
// totals JSON, a plan-file error. Each example is read from README.md, its command run in-process.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { budget, tempFile, tempFolder } from "../cli/plan-cli-runner.js";

const README = readFileSync("README.md", "utf8");

/** The text of a README section, from its `## ` heading to the next one. */
function section(heading: string): string {
  const start = README.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const end = README.indexOf("\n## ", start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

/** The first match of a pattern in a text, its groups; fails the test when there is none. */
function groups(text: string, pattern: RegExp): string[] {
  const match = pattern.exec(text);
  expect(match, String(pattern)).not.toBeNull();
  return match ? match.slice(1).map((group) => group ?? "") : [];
}

/** A table printed by the tool: the row whose cells include `label`, keyed by the header's cells. */
function tableRow(table: string, label: string): Map<string, string> {
  const cells = (line: string) =>
    line
      .split("│")
      .slice(1, -1)
      .map((cell) => cell.trim());
  const lines = table.split("\n").filter((line) => line.startsWith("│"));
  const header = cells(lines[0] ?? "");
  const row = cells(lines.find((line) => cells(line).includes(label)) ?? "");
  return new Map(header.map((name, i) => [name, row[i] ?? ""]));
}

/** `code file cell` of every finding a text report lists, in order. */
function findings(report: string): string[] {
  return [...report.matchAll(/^fixtures\/forms\/(\S+):Biểu mẫu!(\w+): [^:]+? (BC\d{3}) /gm)].map((m) => `${m[3]} ${m[1]} ${m[2]}`);
}

describe("README examples are what the commands print", () => {
  it("the first command: the totals it states, its summary line and the warnings its table explains", async () => {
    const [command] = groups(README, /```sh\n(?:npm ci && )?npx budget ([^#\n]+?)\s+#/);
    const args = (command ?? "").split(" ");
    expect(args).toEqual(["consolidate", "fixtures/forms", "-o", "phu-luc.xlsx"]);
    const out = join(tempFolder(), "phu-luc.xlsx");
    const run = await budget(...args.slice(0, -1), out);
    expect(run.code).toBe(0);

    const [total, yearA, amountA, yearB, amountB] = groups(README, /\*\*([\d.]+) triệu đồng, of which (\d{4}): ([\d.]+) and (\d{4}): ([\d.]+)\*\*/);
    expect([total, yearA, amountA, yearB, amountB]).toEqual(["148.165", "2025", "65.562", "2026", "82.603"]);
    const row = tableRow(run.stdout, "TỔNG CỘNG");
    expect([row.get("Tổng"), row.get(yearA ?? ""), row.get(yearB ?? "")]).toEqual([total, amountA, amountB]);

    const [count, summary] = groups(README, /It also prints (\d+) warnings on stderr,\s+ending `([^`]+)`,\s+and exits 0/);
    expect(summary).toBe("⚠ 0 lỗi, 8 cảnh báo trong 3/5 tệp");
    expect(run.stderr.split("\n")).toContain(summary);

    const explained = [...README.matchAll(/^\| (BC\d{3}) \| `([^`]+)` \| ([A-Z0-9, ]+) \|/gm)].flatMap((m) =>
      (m[3] ?? "").split(", ").map((cell) => `${m[1]} ${m[2]} ${cell}`),
    );
    expect(explained).toHaveLength(Number(count));
    expect(findings(run.stderr).sort()).toEqual([...explained].sort());

    const check = await budget("check", "fixtures/forms");
    expect(check.code).toBe(0);
    expect(findings(check.stdout).sort()).toEqual([...explained].sort());
  });

  it("the totals JSON: the document its command prints, field for field", async () => {
    const text = section("The totals JSON (`--format json`)");
    const [command, json] = groups(text, /`npx budget ([^`]+)`[\s\S]*?```json\n([\s\S]*?)```/);
    expect(command).toBe("totals fixtures/forms --format json");
    const run = await budget(...(command ?? "").split(" "));
    expect(run.code).toBe(0);
    const printed: unknown = JSON.parse(run.stdout);
    expect(JSON.parse(json ?? "")).toEqual(printed);
    expect(printed).toMatchObject({ total: "148165", byYear: { "2025": "65562", "2026": "82603" }, diagnostics: { errors: 0, warnings: 8, infos: 0 } });
  });

  it("the broken plan file: the line it prints names the key path as the README shows", async () => {
    const [line] = groups(section("The plan profile (`--plan plan.yaml`)"), /naming the key\s+path: `(plan\.yaml: fundingSources\[1\]\.code: [^`]+)`/);
    const plan = tempFile(
      "plan.yaml",
      "name: Kế hoạch 2027\nyears: [2027]\nfundingSources:\n  - { code: NST, name: Ngân sách tỉnh, dimension: level }\n  - { code: '', name: X, dimension: level }\n",
    );
    const run = await budget("plan", "--plan", plan);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toContain((line ?? "").replace(/^plan\.yaml/, plan));
  });
});
