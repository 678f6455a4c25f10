import { describe, expect, it } from "vitest";
import { budget, tempFile } from "./plan-cli-runner.js";

describe("budget totals --by", () => {
  it("prints a pivot by agency and year as JSON whose leaves are the published figures", async () => {
    const { code, stdout } = await budget("totals", "fixtures/forms", "--by", "agency,year", "--format", "json");
    expect(code).toBe(0);
    const document: unknown = JSON.parse(stdout);
    expect(document).toMatchObject({ kind: "pivot", schemaVersion: 1, by: ["agency", "year"], total: "148165" });
    expect(document).toHaveProperty("nodes.0", {
      key: "Văn phòng Tỉnh ủy",
      label: "Văn phòng Tỉnh ủy",
      amount: "79000",
      children: [
        { key: "2025", label: "2025", amount: "39000" },
        { key: "2026", label: "2026", amount: "40000" },
      ],
    });
    expect(document).toHaveProperty("rows.2", { keys: { agency: "Sở Nội vụ", year: "2025" }, amount: "9472" });
  });

  it("prints CSV with subtotal lines, leaves and the grand total", async () => {
    const { code, stdout } = await budget("totals", "fixtures/appendix", "--by", "source,year", "--format", "csv");
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "kind,level,source,year,amount",
        'subtotal,1,"CTX, NST",,26838',
        'line,2,"CTX, NST",2025,26838',
        "subtotal,1,NSNN,,25700",
        "line,2,NSNN,2025,25700",
        "total,0,,,52538",
        "",
      ].join("\n"),
    );
  });

  it("draws a bar next to each line of the terminal table, the largest full", async () => {
    const { code, stdout } = await budget("totals", "fixtures/forms", "--by", "nam");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines.find((l) => l.includes("2025"))).toMatch(/65\.562 .*44,2% .*█{12}▊/);
    expect(lines.find((l) => l.includes("2026"))).toMatch(/82\.603 .*55,8% .*█{16}/);
    expect(lines.find((l) => l.includes("TỔNG CỘNG"))).toContain("148.165");
  });

  it("scales every bar of a table alike: a child as long as its equal parent, never longer", async () => {
    const { code, stdout } = await budget("totals", "fixtures/forms", "--by", "agency,group");
    expect(code).toBe(0);
    const barOf = (line: string | undefined) => /│ ([█▏▎▍▌▋▊▉]+) +│$/.exec(line ?? "")?.[1];
    const lines = stdout.split("\n");
    const at = (label: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(label));
    const office = at("Văn phòng Tỉnh ủy");
    const home = at("Sở Nội vụ");
    // 79.000 is the largest line: full; its 50.000 of data 50/79 of it; Sở Nội vụ's only group equals it.
    expect([barOf(lines[office]), barOf(lines[at("KH02: Dữ liệu", office)])]).toEqual(["█".repeat(16), "██████████▏"]);
    expect([barOf(lines[home]), barOf(lines[home + 1])]).toEqual(["███████▉", "███████▉"]);
  });

  it("exits 2 and names the word it does not know", async () => {
    const { code, stderr, stdout } = await budget("totals", "fixtures/forms", "--by", "agency,colour");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("colour");
  });
});

describe("budget totals --plan", () => {
  it("exits 2 on a broken plan, naming the key path, without a stack trace", async () => {
    const plan = tempFile(
      "plan.json",
      JSON.stringify({
        name: "X",
        years: [2025],
        fundingSources: [
          { code: "NST", name: "Ngân sách tỉnh", dimension: "level" },
          { name: "Y", dimension: "type" },
        ],
      }),
    );
    const { code, stdout, stderr } = await budget("totals", "fixtures/forms", "--plan", plan, "--lang", "en");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${plan}: fundingSources[1].code: missing the funding-source code (required)`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("totals through a custom plan's vocabulary", async () => {
    const plan = tempFile(
      "plan.yaml",
      [
        "name: Kế hoạch thử",
        "years: [2025]",
        "fundingSources:",
        "  - { code: NS, name: Ngân sách, dimension: level, aliases: [NST, NSNN] }",
        "  - { code: CTX, name: Chi thường xuyên, dimension: type }",
        "",
      ].join("\n"),
    );
    const { code, stdout } = await budget("totals", "fixtures/appendix", "--plan", plan, "--by", "source", "--format", "csv");
    expect(code).toBe(0);
    expect(stdout).toBe(["kind,level,source,amount", "line,1,NS,25700", 'line,1,"NS, CTX",26838', "total,0,,52538", ""].join("\n"));
  });
});
