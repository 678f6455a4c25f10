import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = resolve(".");
const VERSION = String((JSON.parse(readFileSync("package.json", "utf8")) as { version: unknown }).version);

let tarball = "";
let app = "";

/** Runs a command in the installed app folder; resolves with its exit code and output, never rejects. */
async function inApp(command: string, args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(command, [...args], { cwd: app, env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (error && typeof error === "object" && "code" in error && "stdout" in error && "stderr" in error)
      return { code: Number(error.code), stdout: String(error.stdout), stderr: String(error.stderr) };
    throw error;
  }
}

// `npm test` has just built dist/: packing without scripts skips a second `tsc` (the `prepare` script) and keeps the test fast.
beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), "budget-pack-"));
  const { stdout } = await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", folder], { cwd: ROOT });
  const [packed] = JSON.parse(stdout) as Array<{ filename: string }>;
  tarball = join(folder, packed?.filename ?? "");
  app = join(folder, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "budget-consumer", private: true, type: "module" }));
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], { cwd: app });
});

describe("the npm package", () => {
  it("holds the build, the bin, the schemas, README and LICENSE: no tests, fixtures, scripts or sources", async () => {
    const { stdout } = await run("tar", ["-tzf", tarball]);
    const files = stdout.split("\n").filter((line) => line !== "");
    expect(files).toEqual(
      expect.arrayContaining([
        "package/package.json",
        "package/bin/budget.js",
        "package/dist/src/index.js",
        "package/dist/src/index.d.ts",
        "package/dist/src/run/parse-worker.js",
        "package/schemas/totals.schema.json",
        "package/README.md",
        "package/LICENSE",
      ]),
    );
    expect(files.filter((file) => /^package\/(test|fixtures|scripts|bench|src|docs|dist\/scripts|dist\/test)\//.test(file))).toEqual([]);
    expect(files.every((file) => file === "package/package.json" || /^package\/(bin|dist\/src|schemas)\/|^package\/(README\.md|LICENSE)$/.test(file))).toBe(
      true,
    );
  });

  it("installs into an empty folder and runs budget --version", async () => {
    const { code, stdout } = await inApp(join(app, "node_modules/.bin/budget"), ["--version"]);
    expect([code, stdout.trim()]).toEqual([0, VERSION]);
  });

  it("runs budget check on a fixture: clean exits 0, a faulty form exits 1 with its finding", async () => {
    const clean = await inApp(join(app, "node_modules/.bin/budget"), ["check", join(ROOT, "fixtures/appendix"), "--format", "json"]);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ schemaVersion: 1, tool: { name: "budget", version: VERSION }, summary: { files: 1, errors: 0 } });
    const faulty = await inApp(join(app, "node_modules/.bin/budget"), ["check", join(ROOT, "fixtures/faulty/BC212-parent-not-sum.xlsx"), "--lang", "en"]);
    expect(faulty.code).toBe(1);
    expect(faulty.stdout).toContain("error BC212 Column Total: stated 200, sub-rows add up to 150.");
  });

  it("reproduces the seed totals through the library API alone (ESM import of the package)", async () => {
    writeFileSync(
      join(app, "seed-totals.mjs"),
      [
        'import { readFileSync } from "node:fs";',
        'import { totals, TotalsDocumentSchema, totalsDocument } from "budget";',
        "const [forms, appendix] = process.argv.slice(2);",
        "const seed = await totals([forms]);",
        "const t = seed.consolidation.totals;",
        'const fromBytes = await totals([{ name: "so-tu-phap.xlsx", bytes: readFileSync(`${forms}/04-so-tu-phap.xlsx`) }]);',
        "const document = totalsDocument((await totals([appendix])).consolidation, []);",
        "console.log(JSON.stringify({",
        "  total: t.total.toFixed(), y2025: t.byYear.get(2025).toFixed(), y2026: t.byYear.get(2026).toFixed(),",
        "  stp: fromBytes.consolidation.totals.total.toFixed(), appendix: document.total, valid: TotalsDocumentSchema.safeParse(document).success,",
        "}));",
      ].join("\n"),
    );
    const { code, stdout, stderr } = await inApp("node", ["seed-totals.mjs", join(ROOT, "fixtures/forms"), join(ROOT, "fixtures/appendix")]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(JSON.parse(stdout)).toEqual({ total: "148165", y2025: "65562", y2026: "82603", stp: "1000", appendix: "52538", valid: true });
  });

  it("runs the README's yearly-rollup script as written, against the installed package", async () => {
    const readme = readFileSync("README.md", "utf8");
    const script = /^## Library\n[^]*?^```js\n([^]*?)^```$/m.exec(readme)?.[1] ?? "";
    expect(script).toContain('from "budget"');
    writeFileSync(join(app, "rollup.mjs"), script);
    const { code, stdout, stderr } = await inApp("node", ["rollup.mjs", join(ROOT, "fixtures/forms"), join(ROOT, "fixtures/appendix")]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout.split("\n")).toEqual([
      "Văn phòng Tỉnh ủy | 2025: 39000 | 2026: 40000 | 79000",
      "Sở Nội vụ | 2025: 9472 | 2026: 29603 | 39075",
      "Sở Khoa học và Công nghệ | 2025: 68538 | 2026: 12000 | 80538",
      "Sở Tư pháp | 2025: 0 | 2026: 1000 | 1000",
      "Chi cục Kiểm lâm | 2025: 1090 | 2026: 0 | 1090",
      "Tổng cộng: 200703 triệu đồng",
      "",
    ]);
  });

  it("ships types: a TypeScript consumer type-checks against the package's .d.ts (amounts are Money, not numbers)", async () => {
    writeFileSync(
      join(app, "use.ts"),
      [
        'import { check, Money, totals, type CheckResult, type TotalsResult } from "budget";',
        'const result: TotalsResult = await totals(["forms"], { by: ["agency", "year"] });',
        'export const total: string = result.consolidation.totals.total.plus(new Money("0.5")).toFixed();',
        "// @ts-expect-error: an amount is Money, never a number",
        "export const wrong: number = result.consolidation.totals.total;",
        'export const checked: CheckResult = await check([{ name: "a.xlsx", bytes: new Uint8Array() }], { only: ["BC2*"] });',
      ].join("\n"),
    );
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files: ["use.ts"],
      }),
    );
    const { code, stdout } = await inApp(join(ROOT, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"]);
    expect([code, stdout]).toEqual([0, ""]);
  });
});
