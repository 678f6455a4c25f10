import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { budget } from "./plan-cli-runner.js";

const FAULTY = "fixtures/faulty";
/** The folder's files are independent faults, added up (its two Sở Y tế files, BC405, are not versions). */
const ALL = ["--versions", "all"] as const;
const manifest = JSON.parse(readFileSync(`${FAULTY}/expected.json`, "utf8")) as Record<
  string,
  { findings: Array<{ code: string; sheet?: string; cell?: string }> }
>;
const FILES = Object.keys(manifest).length;
const FINDINGS = Object.values(manifest).reduce((n, entry) => n + entry.findings.length, 0);

describe("budget check (in-process)", () => {
  it("finds each faulty fixture's fault at its cell, sums up, and exits 1", async () => {
    const { code, stdout } = await budget("check", FAULTY, ...ALL);
    expect(code).toBe(1);
    for (const [name, entry] of Object.entries(manifest)) {
      for (const finding of entry.findings) {
        const where = `${FAULTY}/${name}${finding.sheet ? `:${finding.sheet}${finding.cell ? `!${finding.cell}` : ""}` : ""}`;
        expect(stdout, `${name} ${finding.code}`).toMatch(
          new RegExp(`^${where.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: (lỗi|cảnh báo|thông tin) ${finding.code} `, "m"),
        );
      }
    }
    expect(stdout.endsWith(`✖ 16 lỗi, 32 cảnh báo trong 36/${FILES} tệp\n`)).toBe(true);
    expect(stdout.includes("\u001b[")).toBe(false);
  });

  it("prints a finding with its row, expected vs actual and hint (golden, colour off)", async () => {
    const { code, stdout } = await budget("check", `${FAULTY}/BC212-parent-not-sum.xlsx`, "--lang", "en");
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        `${FAULTY}/BC212-parent-not-sum.xlsx:Biểu mẫu!E11: error BC212 Column Total: stated 200, sub-rows add up to 150.`,
        "    1.2 Trang bị thiết bị dạy học số cho các trường",
        "    expected: 150 · actual: 200",
        "    → Fix the subtotal or use a SUM formula.",
        "✖ 1 error, 0 warnings in 1/1 file",
        "",
      ].join("\n"),
    );
  });

  it("exits 0 on a clean file, and on warnings unless --strict or --max-warnings is exceeded", async () => {
    expect((await budget("check", "fixtures/appendix")).code).toBe(0);
    const warned = `${FAULTY}/BC203-ambiguous-number.xlsx`;
    expect((await budget("check", warned)).code).toBe(0);
    expect((await budget("check", warned, "--strict")).code).toBe(1);
    expect((await budget("check", warned, "--max-warnings", "0")).code).toBe(1);
    expect((await budget("check", warned, "--max-warnings", "1")).code).toBe(0);
  });

  it("never exits 0 on a file it cannot read, even when BC101 is ignored; 2 when an input is missing", async () => {
    const corrupt = await budget("check", `${FAULTY}/BC101-file-unreadable.xlsx`, "--ignore", "BC101");
    expect(corrupt.code).toBe(1);
    expect(corrupt.stdout).toContain("lỗi BC101");
    // A missing input is said at once, before anything is read, and the report stays empty.
    const missing = await budget("check", "fixtures/forms", "khong-co.xlsx");
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, "", "Không tìm thấy thư mục hoặc tệp: khong-co.xlsx\n"]);
  });

  it("exits 2 on usage errors: an unknown code, format or warning count", async () => {
    const unknown = await budget("check", FAULTY, "--only", "BC999");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--only: không có mã: BC999");
    expect((await budget("check", FAULTY, "--format", "xml")).code).toBe(2);
    expect((await budget("check", FAULTY, "--max-warnings", "-1")).code).toBe(2);
  });

  it("--only and --ignore select codes; json gives every diagnostic and each file's status", async () => {
    const { code, stdout } = await budget("check", FAULTY, ...ALL, "--only", "BC212,parent-not-sum,BC4*", "--ignore", "BC405", "--format", "json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      schemaVersion: number;
      files: Array<{ file: string; status: string }>;
      diagnostics: Array<{ code: string; cell: string | null }>;
    };
    expect(report.schemaVersion).toBe(1);
    expect(report.diagnostics.map((d) => `${d.code}@${d.cell ?? ""}`)).toEqual([
      "BC101@",
      "BC406@A9",
      "BC406@A9",
      "BC406@A9",
      "BC406@A9",
      "BC406@",
      "BC406@",
      "BC212@E11",
      "BC406@A9",
      "BC406@A9",
      "BC406@A9",
      "BC406@A9",
      "BC401@E8",
      "BC402@D11",
      "BC403@A11",
      "BC404@A10",
      "BC406@A9",
      "BC408@I8",
      "BC406@A9",
      "BC406@",
      "BC412@E3",
    ]);
    expect(report.files).toHaveLength(FILES);
    expect(report.files.find((f) => f.file.endsWith("BC101-file-unreadable.xlsx"))?.status).toBe("unreadable");
    expect(report.files.find((f) => f.file.endsWith("BC405-agency-in-two-files.xlsx"))?.status).toBe("ok");
  });

  it("--sheet reads only the sheet named: the notes sheet has no form header (BC102), the form sheet is clean", async () => {
    const notes = await budget("check", `${FAULTY}/BC109-other-sheets.xlsx`, "--sheet", "Ghi chú");
    expect([notes.code, notes.stdout.split("\n")[0]]).toEqual([
      1,
      `${FAULTY}/BC109-other-sheets.xlsx:Ghi chú: lỗi BC102 Không tìm thấy dòng tiêu đề của biểu mẫu.`,
    ]);
    expect((await budget("check", `${FAULTY}/BC109-other-sheets.xlsx`, "--sheet", "Biểu mẫu")).stdout).toBe("✔ 0 lỗi, 0 cảnh báo trong 0/1 tệp\n");
  });

  it("writes SARIF, GitHub annotations and JUnit on request, in English with --lang en", async () => {
    const sarif = JSON.parse((await budget("check", FAULTY, ...ALL, "--format", "sarif")).stdout) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0]?.results).toHaveLength(FINDINGS);
    const github = (await budget("check", `${FAULTY}/BC212-parent-not-sum.xlsx`, "--format", "github", "--lang", "en")).stdout;
    expect(github).toMatch(/^::error file=fixtures\/faulty\/BC212-parent-not-sum\.xlsx,line=11,title=BC212::Biểu mẫu!E11: Column Total: stated 200/);
    const junit = (await budget("check", FAULTY, ...ALL, "--format", "junit")).stdout;
    expect(junit.match(/<testcase /g)).toHaveLength(FILES);
    expect(junit).toContain('failures="15" errors="1"');
    expect((await budget("check", FAULTY, ...ALL, "--lang", "en")).stdout.endsWith(`✖ 16 errors, 32 warnings in 36/${FILES} files\n`)).toBe(true);
  });
});
