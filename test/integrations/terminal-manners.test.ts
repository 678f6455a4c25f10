import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { progressBar, progressLine, wantsProgress } from "../../src/cli/progress-bar.js";
import { budget, budgetWith, tempFolder } from "../cli/plan-cli-runner.js";

const exec = promisify(execFile);
const COMMANDS = ["consolidate", "totals", "check", "rollup", "template", "plan"] as const;
const ESC = "\u001b[";

/** Runs the built CLI on a pseudo-terminal (util-linux `script`): what a user sees, stdout and stderr together. */
async function onTerminal(args: string, env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await exec("script", ["-qfec", `node bin/budget.js ${args}; true`, "/dev/null"], {
    env: { ...process.env, NO_COLOR: "", CI: "", TERM: "xterm-256color", ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}
const hasScript = existsSync("/usr/bin/script");

describe("help: budget --help and every command's help show examples and the shared options", () => {
  it("budget --help lists examples of every command, the shared options and the exit codes", async () => {
    const { code, stdout } = await budget("--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Ví dụ / Examples:");
    for (const command of COMMANDS) expect(stdout, command).toMatch(new RegExp(`^  budget ${command} `, "m"));
    expect(stdout).toContain("--lang vi|en, -q/--quiet, --no-color (or NO_COLOR=1)");
    expect(stdout).toMatch(/Exit codes: 0 .*1 .*2 /);
  });

  for (const command of COMMANDS) {
    it(`budget ${command} --help shows examples and takes --lang, --quiet, --no-color, --plan`, async () => {
      const { code, stdout } = await budget(command, "--help");
      expect(code).toBe(0);
      expect(stdout).toContain("Ví dụ / Examples:");
      expect(stdout).toMatch(new RegExp(`^  budget ${command} `, "m"));
      for (const option of ["--lang <lang>", "--no-color", "-q, --quiet", "--plan <file>"]) expect(stdout, option).toContain(option);
    });
  }
});

describe("--quiet: errors only, in every command", () => {
  it("totals and consolidate print their data but no warnings or summary", async () => {
    const totals = await budget("totals", "fixtures/forms", "--format", "csv", "-q");
    expect([totals.code, totals.stderr, totals.stdout.length > 0]).toEqual([0, "", true]);
    const consolidated = await budget("consolidate", "fixtures/forms", "-o", join(tempFolder(), "phu-luc.xlsx"), "--format", "none", "--quiet");
    expect([consolidated.code, consolidated.stderr, consolidated.stdout]).toEqual([0, "", ""]);
  });

  it("check prints nothing for warnings only, and errors with their summary", async () => {
    const warned = await budget("check", "fixtures/faulty/BC203-ambiguous-number.xlsx", "-q");
    expect([warned.code, warned.stdout, warned.stderr]).toEqual([0, "", ""]);
    const failed = await budget("check", "fixtures/faulty/BC203-ambiguous-number.xlsx", "fixtures/faulty/BC212-parent-not-sum.xlsx", "-q", "--lang", "en");
    expect(failed.code).toBe(1);
    expect(failed.stdout).not.toContain("BC203");
    expect(failed.stdout).toMatch(/error BC212 [^]*✖ 1 error, 1 warning in 2\/2 files\n$/);
  });

  it("rollup, template and plan write their files without a word", async () => {
    const folder = tempFolder();
    const rollup = await budget("rollup", "fixtures/appendix/seed004-skhcn-2025.xlsx", "-o", join(folder, "rollup.json"), "-q");
    const template = await budget("template", "-o", join(folder, "form.xlsx"), "--agency", "Sở Không Có Trong Danh Sách", "-q");
    const plan = await budget("plan", "--export", join(folder, "plan.yaml"), "-q");
    expect([rollup, template, plan].map((r) => [r.code, r.stdout, r.stderr])).toEqual([0, 0, 0].map((code) => [code, "", ""]));
  });
});

describe("--lang en: every command speaks English", () => {
  it("gives each command's own messages in English", async () => {
    expect((await budget("totals", "no/such/folder", "--lang", "en")).stderr).toBe("No such folder or file: no/such/folder\n");
    expect((await budget("consolidate", "fixtures/forms", "-o", "out.csv.xlsx", "--plan", "no/such-plan.yaml", "--lang", "en")).stderr).toContain(
      "plan file not found",
    );
    expect((await budget("check", "fixtures/forms", "--only", "BC999", "--lang", "en")).stderr).toBe("--only: no such code: BC999. See docs/DIAGNOSTICS.md.\n");
    expect((await budget("rollup", "no/such.json", "--lang", "en")).stderr).toBe("no/such.json: not found.\n");
    expect((await budget("template", "-o", "form.xlsx", "--rows", "0", "--lang", "en")).stderr).toContain("--rows: expected a whole number from 1 to 1000");
    expect((await budget("plan", "--plan", "no/such-plan.yaml", "--lang", "en")).stderr).toContain("plan file not found");
  });
});

describe.runIf(hasScript)("on a terminal: colour and the progress bar", () => {
  it("colours findings on a terminal, never with --no-color or NO_COLOR", async () => {
    const faulty = "check fixtures/faulty/BC212-parent-not-sum.xlsx";
    expect(await onTerminal(faulty)).toContain(`${ESC}31m`);
    expect(await onTerminal(`${faulty} --no-color`)).not.toContain(ESC);
    expect(await onTerminal(faulty, { NO_COLOR: "1" })).not.toContain(ESC);
    expect(await onTerminal("totals fixtures/faulty/BC212-parent-not-sum.xlsx --format csv", { NO_COLOR: "1" })).not.toContain(ESC);
  });

  it("draws a progress bar on stderr while many files are read, and erases it; none in CI, under --quiet, or in a pipe", async () => {
    const many = "totals fixtures/faulty fixtures/forms fixtures/formats --format csv --lang en >/dev/null";
    const seen = await onTerminal(many);
    expect(seen).toMatch(/Reading \[[█░]{20}\] \d+\/\d+ /);
    expect(seen).toContain(`\r${ESC}K`);
    expect(await onTerminal(many, { CI: "true" })).not.toContain("Reading [");
    expect(await onTerminal(`${many} -q`)).not.toContain("Reading [");
    const piped = await budget("totals", "fixtures/faulty", "fixtures/forms", "fixtures/formats", "--format", "csv", "--lang", "en");
    expect(piped.stderr).not.toContain("Reading [");
    expect(piped.stderr).not.toContain("\r");
  });
});

describe("in-process, main takes the terminal and the environment from its io, never from the process", () => {
  const terminal = { isTTY: true, columns: 100, env: { NO_COLOR: "", CI: "", TERM: "xterm-256color" } };

  it("colours findings when its stdout is a terminal, never with --no-color or NO_COLOR in its env", async () => {
    const faulty = ["check", "fixtures/faulty/BC212-parent-not-sum.xlsx"];
    expect((await budgetWith(terminal, ...faulty)).stdout).toContain(`${ESC}31m`);
    expect((await budgetWith(terminal, ...faulty, "--no-color")).stdout).not.toContain(ESC);
    expect((await budgetWith({ ...terminal, env: { ...terminal.env, NO_COLOR: "1" } }, ...faulty)).stdout).not.toContain(ESC);
    expect((await budgetWith({ ...terminal, isTTY: false }, ...faulty)).stdout).not.toContain(ESC);
  });

  it("draws the progress bar on its stderr when that is a terminal, not when its env says CI", async () => {
    const many = ["totals", "fixtures/faulty", "fixtures/forms", "fixtures/formats", "--format", "csv", "--lang", "en"];
    expect((await budgetWith(terminal, ...many)).stderr).toMatch(/Reading \[[█░]{20}\] \d+\/\d+ /);
    expect((await budgetWith({ ...terminal, env: { ...terminal.env, CI: "true" } }, ...many)).stderr).not.toContain("Reading [");
  });
});

describe("the progress bar itself", () => {
  const terminal = (columns = 60) => {
    const written: string[] = [];
    return { stream: { isTTY: true, columns, write: (text: string) => written.push(text) }, written };
  };

  it("is wanted only on a terminal, not quiet, not in CI, not on a dumb terminal", () => {
    const tty = { isTTY: true, write: () => true };
    expect(wantsProgress(tty, false, {})).toBe(true);
    expect(wantsProgress({ isTTY: false, write: () => true }, false, {})).toBe(false);
    expect(wantsProgress(tty, true, {})).toBe(false);
    expect(wantsProgress(tty, false, { CI: "true" })).toBe(false);
    expect(wantsProgress(tty, false, { TERM: "dumb" })).toBe(false);
  });

  it("shows the share done, the count and the file, cut to the width", () => {
    expect(progressLine({ done: 5, total: 20, file: "de-xuat/so-tu-phap.xlsx" }, 80, "vi")).toBe("Đang đọc [█████░░░░░░░░░░░░░░░] 5/20 so-tu-phap.xlsx");
    expect(progressLine({ done: 20, total: 20, file: "a.xlsx" }, 80, "en")).toBe("Reading [████████████████████] 20/20 a.xlsx");
    expect(progressLine({ done: 1, total: 3, file: "a-very-long-file-name.xlsx" }, 40, "en")).toBe("Reading [███████░░░░░░░░░░░░░] 1/3 a-ve…");
  });

  it("waits before it appears, redraws at most every 100 ms, and erases itself when the last file is in", () => {
    const { stream, written } = terminal();
    let now = 0;
    const update = progressBar(stream, { quiet: false, lang: "en", env: {} }, () => now);
    if (!update) throw new Error("expected a bar on a terminal");
    update({ done: 1, total: 4, file: "a.xlsx" });
    expect(written).toEqual([]);
    now = 400;
    update({ done: 2, total: 4, file: "b.xlsx" });
    now = 450;
    update({ done: 3, total: 4, file: "c.xlsx" });
    expect(written).toEqual([`\r${ESC}KReading [██████████░░░░░░░░░░] 2/4 b.xlsx`]);
    update({ done: 4, total: 4, file: "d.xlsx" });
    expect(written.at(-1)).toBe(`\r${ESC}K`);
  });

  it("never draws for a single file or a quick run", () => {
    const { stream, written } = terminal();
    let now = 0;
    const update = progressBar(stream, { quiet: false, lang: "vi", env: {} }, () => now);
    now = 1000;
    update?.({ done: 0, total: 1, file: "a.xlsx" });
    update?.({ done: 1, total: 1, file: "a.xlsx" });
    expect(written).toEqual([]);
    expect(progressBar({ isTTY: false, write: () => true }, { quiet: false, lang: "vi", env: {} })).toBeUndefined();
    expect(progressBar(stream, { quiet: false, lang: "vi", env: { CI: "true" } })).toBeUndefined();
  });
});
