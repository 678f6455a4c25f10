import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { tempFolder } from "../cli/plan-cli-runner.js";

const exec = promisify(execFile);
const ROOT = resolve(".");

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Outcome> {
  try {
    const { stdout, stderr } = await exec(command, [...args], { ...options, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (error && typeof error === "object" && "code" in error && "stdout" in error && "stderr" in error)
      return { code: Number(error.code), stdout: String(error.stdout), stderr: String(error.stderr) };
    throw error;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly shell?: string;
  readonly if?: string;
  readonly "working-directory"?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, string>;
}

const action: unknown = parse(readFileSync("action.yml", "utf8"));
const inputs = isRecord(action) && isRecord(action.inputs) ? action.inputs : {};
const runs = isRecord(action) && isRecord(action.runs) ? action.runs : {};
const steps: Step[] = Array.isArray(runs.steps) ? runs.steps.filter(isRecord) : [];

/** Substitutes `${{ inputs.name }}` (given, or the input's default) and `${{ github.action_path }}` in a text of action.yml. */
function substitute(template: string, given: Readonly<Record<string, string>>): string {
  return template.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (whole, expression: string) => {
    if (expression === "github.action_path") return ROOT;
    const name = expression.replace(/^inputs\./, "");
    if (name === expression) return whole;
    const input = inputs[name];
    return given[name] ?? (isRecord(input) ? text(input.default) : "");
  });
}

/** Runs a `run:` step of the action as GitHub runs a bash step (`bash --noprofile --norc -eo pipefail`), in the repo as workspace. */
async function runStep(id: string, given: Readonly<Record<string, string>>): Promise<Outcome & { outputs: Map<string, string> }> {
  const step = steps.find((s) => s.id === id);
  if (!step?.run) throw new Error(`no run step ${id}`);
  const folder = tempFolder();
  const script = join(folder, "step.sh");
  const outputs = join(folder, "github-output");
  writeFileSync(script, step.run);
  writeFileSync(outputs, "");
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: outputs };
  for (const [name, value] of Object.entries(step.env ?? {})) env[name] = substitute(value, given);
  const cwd = resolve(ROOT, substitute(step["working-directory"] ?? ".", given));
  const outcome = await run("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], { cwd, env });
  const written = readFileSync(outputs, "utf8")
    .split("\n")
    .filter((line) => line.includes("="));
  return { ...outcome, outputs: new Map(written.map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)])) };
}

describe("the GitHub Action (action.yml)", () => {
  it("is a composite action: sets up Node, installs the tool from its checkout, checks, uploads SARIF on request", () => {
    expect(runs.using).toBe("composite");
    expect(steps.map((s) => s.uses ?? s.id)).toEqual(["actions/setup-node@v4", "install", "check", "github/codeql-action/upload-sarif@v3"]);
    expect(steps[0]?.with?.["node-version"]).toBe("${{ inputs.node-version }}");
    expect(steps[1]?.run).toMatch(/cd "\$GITHUB_ACTION_PATH"\s+npm ci --no-audit --no-fund/);
    expect(Object.keys(inputs)).toEqual(["paths", "args", "sarif", "upload-sarif", "working-directory", "node-version"]);
    const upload = steps[3];
    expect(upload?.if).toContain("inputs.upload-sarif == 'true'");
    expect(upload?.with?.sarif_file).toBe("${{ steps.check.outputs.sarif }}");
    // Inputs reach the shell only through the environment.
    expect(steps.map((s) => s.run ?? "").join("\n")).not.toContain("${{");
  });

  it("passes a clean folder: exit 0, no annotations", async () => {
    const step = await runStep("check", { paths: "fixtures/appendix" });
    expect([step.code, step.stdout, step.outputs.get("exit-code")]).toEqual([0, "", "0"]);
    expect(step.outputs.has("sarif")).toBe(false);
  });

  it("annotates findings with --format github, fails with exit 1, and writes the SARIF report it names", async () => {
    const sarif = join(tempFolder(), "budget.sarif");
    const step = await runStep("check", { paths: "fixtures/faulty/BC212-parent-not-sum.xlsx\n  fixtures/appendix  \n\n", sarif, args: "--lang en" });
    expect(step.code).toBe(1);
    expect(step.stdout).toBe(
      "::error file=fixtures/faulty/BC212-parent-not-sum.xlsx,line=11,title=BC212::Biểu mẫu!E11: Column Total: stated 200, sub-rows add up to 150.%0A1.2 Trang bị thiết bị dạy học số cho các trường%0Aexpected: 150 · actual: 200%0A→ Fix the subtotal or use a SUM formula.\n",
    );
    expect(step.outputs.get("exit-code")).toBe("1");
    expect(step.outputs.get("sarif")).toBe(sarif);
    const report: unknown = JSON.parse(readFileSync(sarif, "utf8"));
    expect(report).toMatchObject({ version: "2.1.0", runs: [{ tool: { driver: { name: "budget" } }, results: [{ ruleId: "BC212", level: "error" }] }] });
  });

  it("takes paths with spaces and further options (--strict fails on a warning)", async () => {
    const folder = join(tempFolder(), "Sở Tư pháp");
    mkdirSync(folder);
    copyFileSync("fixtures/faulty/BC203-ambiguous-number.xlsx", join(folder, "biểu mẫu 2025.xlsx"));
    const lenient = await runStep("check", { paths: folder });
    expect([lenient.code, lenient.stdout.startsWith(`::warning file=${folder}/biểu mẫu 2025.xlsx,line=10,title=BC203::`)]).toEqual([0, true]);
    const strict = await runStep("check", { paths: folder, args: "--strict --only BC203" });
    expect([strict.code, strict.outputs.get("exit-code")]).toEqual([1, "1"]);
  });
});

describe("docs/INTEGRATIONS.md", () => {
  const blocks = [...readFileSync("docs/INTEGRATIONS.md", "utf8").matchAll(/^```yaml\n([^]*?)^```$/gm)].map((m): unknown => parse(m[1] ?? ""));

  it("shows a workflow that uses the action with inputs it has", () => {
    const workflow = blocks.find((b) => isRecord(b) && isRecord(b.jobs));
    const jobs = isRecord(workflow) && isRecord(workflow.jobs) ? Object.values(workflow.jobs).filter(isRecord) : [];
    const uses = jobs.flatMap((job) => (Array.isArray(job.steps) ? job.steps.filter(isRecord) : [])).find((step) => text(step.uses).includes("/budget@"));
    const given = isRecord(uses?.with) ? Object.keys(uses.with) : [];
    expect(given).toEqual(["paths", "args", "sarif", "upload-sarif"]);
    expect(given.filter((name) => !(name in inputs))).toEqual([]);
  });

  it("shows a pre-commit configuration of the hook this repository defines", () => {
    const config = blocks.find((b) => isRecord(b) && Array.isArray(b.repos));
    const hooks =
      isRecord(config) && Array.isArray(config.repos)
        ? config.repos.filter(isRecord).flatMap((repo) => (Array.isArray(repo.hooks) ? repo.hooks.filter(isRecord) : []))
        : [];
    expect(hooks.map((h) => h.id)).toEqual(["budget-check"]);
  });
});

describe("the pre-commit hook (.pre-commit-hooks.yaml)", () => {
  const hooks: unknown = parse(readFileSync(".pre-commit-hooks.yaml", "utf8"));
  const hook = (Array.isArray(hooks) ? hooks.filter(isRecord) : []).find((h) => h.id === "budget-check") ?? {};
  /** pre-commit's Python patterns, with the leading `(?i)` as JavaScript's `i` flag. */
  const pattern = (source: string) => (source.startsWith("(?i)") ? new RegExp(source.slice(4), "i") : new RegExp(source));
  const selects = (path: string) => pattern(text(hook.files)).test(path) && !pattern(text(hook.exclude)).test(path);

  it("is a node hook named budget-check that runs budget check", () => {
    expect([hook.language, hook.entry, hook.name]).toEqual(["node", "budget check", "budget check"]);
  });

  it("selects spreadsheet and CSV files only, in any case, and no Excel lock files", () => {
    for (const path of ["de-xuat/so-tu-phap.xlsx", "A.XLSX", "cu/bieu-mau.xls", "b.xlsm", "c.ods", "d.csv"]) expect(selects(path), path).toBe(true);
    for (const path of ["README.md", "tong.json", "plan.yaml", "de-xuat/~$so-tu-phap.xlsx", "xlsx/notes.txt"]) expect(selects(path), path).toBe(false);
  });

  it("runs its entry on the files pre-commit would pass: clean forms pass, a faulty form fails", async () => {
    const [command, ...words] = text(hook.entry).split(" ");
    expect(command).toBe("budget");
    const args = Array.isArray(hook.args) ? hook.args.map(text) : [];
    const entry = (files: readonly string[]) =>
      run("node", ["bin/budget.js", ...words, ...args, ...files], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } });
    const staged = [
      "fixtures/forms/01-van-phong-tinh-uy.xlsx",
      "fixtures/forms/04-so-tu-phap.xlsx",
      "fixtures/appendix/seed004-skhcn-2025.xlsx",
      "docs/JSON.md",
    ].filter(selects);
    expect(staged).toHaveLength(3);
    expect((await entry(staged)).code).toBe(0);
    const faulty = await entry([...staged, "fixtures/faulty/BC212-parent-not-sum.xlsx"].filter(selects));
    expect(faulty.code).toBe(1);
    expect(faulty.stdout).toMatch(/^fixtures\/faulty\/BC212-parent-not-sum\.xlsx:Biểu mẫu!E11: lỗi BC212 /m);
  });
});
