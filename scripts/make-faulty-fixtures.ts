import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ruleFor } from "../src/validate/registry.js";
import { faultyFixtures } from "./fixtures/faulty-forms.js";

/**
 * Writes `fixtures/faulty/`: one small workbook per rule a file can show, named `BC212-parent-not-sum.xlsx`
 * after the rule, and `expected.json`, the findings a check over the folder must report for each.
 */
async function main(): Promise<void> {
  const folder = join(process.argv[2] ?? "fixtures", "faulty");
  mkdirSync(folder, { recursive: true });
  for (const old of readdirSync(folder)) if (old.endsWith(".xlsx")) rmSync(join(folder, old));
  const expected: Record<string, unknown> = {};
  for (const fixture of faultyFixtures()) {
    const name = `${fixture.code}-${ruleFor(fixture.code).name}.xlsx`;
    writeFileSync(join(folder, name), await fixture.bytes());
    expected[name] = { ...(fixture.with ? { with: fixture.with } : {}), findings: fixture.expect };
  }
  writeFileSync(join(folder, "expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
}

await main();
