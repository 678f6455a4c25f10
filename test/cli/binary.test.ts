import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { budget, budgetProcess, tempFolder } from "./plan-cli-runner.js";

/**
 * The few tests of the real binary (`node bin/budget.js` in a child process): the other CLI tests
 * call `main` in-process, so these check that both print the same bytes and exit alike. `--version`
 * (test/cli/version.test.ts), the pseudo-terminal (test/integrations/terminal-manners.test.ts) and
 * test/golden run the binary too.
 */
describe("the binary and main in-process print the same bytes", () => {
  it("consolidate: the same totals, diagnostics, exit code and workbook", async () => {
    const [inProcess, binary] = [tempFolder(), tempFolder()];
    const args = (folder: string) => [
      "consolidate",
      "fixtures/forms",
      "fixtures/faulty/BC203-ambiguous-number.xlsx",
      "-o",
      join(folder, "phu-luc.xlsx"),
      "--rows",
      join(folder, "rows.csv"),
    ];
    const direct = await budget(...args(inProcess));
    const spawned = await budgetProcess(...args(binary));
    // Each names the files it wrote, in its own folder.
    const inOut = (result: typeof direct, folder: string) => ({ ...result, stderr: result.stderr.replaceAll(folder, "OUT") });
    expect(inOut(spawned, binary)).toEqual(inOut(direct, inProcess));
    expect(direct.stderr).toContain(`Đã ghi ${join(inProcess, "rows.csv")}.`);
    expect(direct.stdout).toContain("148.465,5");
    expect(direct.stderr).toContain("BC203");
    for (const file of ["phu-luc.xlsx", "rows.csv"]) expect(readFileSync(join(binary, file)).equals(readFileSync(join(inProcess, file))), file).toBe(true);
  });

  it("check: the same report and exit code, in every format", async () => {
    for (const format of ["text", "json", "sarif", "github", "junit"]) {
      const args = ["check", "fixtures/faulty", "--format", format, "--lang", "en"];
      const direct = await budget(...args);
      expect(direct.code, format).toBe(1);
      expect(await budgetProcess(...args), format).toEqual(direct);
    }
  });

  it("a usage error: the same message from commander and exit code 2", async () => {
    const args = ["consolidate", "fixtures/forms"];
    const direct = await budget(...args);
    expect(direct).toMatchObject({ code: 2, stdout: "" });
    expect(direct.stderr).toContain("-o, --output <file>");
    expect(await budgetProcess(...args)).toEqual(direct);
  });

  it("help: the same text, wrapped alike off a terminal", async () => {
    const direct = await budget("check", "--help");
    expect(direct.code).toBe(0);
    expect(await budgetProcess("check", "--help")).toEqual(direct);
  });
});
