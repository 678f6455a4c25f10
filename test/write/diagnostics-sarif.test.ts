import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runFiles } from "../../src/run/run-files.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { RULES } from "../../src/validate/registry.js";
import { artifactUri, diagnosticsAsSarif } from "../../src/write/diagnostics-as-sarif.js";
import { SAMPLE, TOOL } from "./sample-diagnostics.js";

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }>;
  properties: Record<string, unknown>;
}

const sarif = (text: string) => JSON.parse(text) as { version: string; runs: Array<{ tool: { driver: { name: string; version: string; rules: Array<{ id: string; name: string; defaultConfiguration: { level: string } }> } }; results: SarifResult[] }> };

describe("diagnosticsAsSarif", () => {
  const log = sarif(diagnosticsAsSarif(SAMPLE, { lang: "en", tool: TOOL }));
  const run = log.runs[0]!;

  it("describes the whole catalogue as the driver's rules", () => {
    expect(log.version).toBe("2.1.0");
    expect(run.tool.driver).toMatchObject({ name: "budget", version: "0.1.0" });
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.code));
    expect(run.tool.driver.rules.find((rule) => rule.id === "BC212")).toMatchObject({ name: "ParentNotSum", defaultConfiguration: { level: "error" } });
    expect(run.tool.driver.rules.find((rule) => rule.id === "BC104")?.defaultConfiguration.level).toBe("note");
  });

  it("puts the sheet row in the region, the sheet and cell in the message and properties", () => {
    const result = run.results[1]!;
    expect(result).toMatchObject({ ruleId: "BC212", level: "error", ruleIndex: RULES.findIndex((rule) => rule.code === "BC212") });
    expect(result.message.text).toBe("Biểu mẫu!E14: Column Total: stated 65,000, sub-rows add up to 65,562.5. Fix the subtotal or use a SUM formula.");
    expect(result.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: "phu-luc/so-y-te.xlsx" }, region: { startLine: 14 } });
    expect(result.properties).toMatchObject({ sheet: "Biểu mẫu", cell: "E14", rowCode: "1.2", expected: "65562.5", actual: "65000" });
    expect(run.results[0]?.locations[0]?.physicalLocation.region).toBeUndefined();
    expect(run.results[3]?.level).toBe("note");
  });

  it("percent-encodes relative paths segment by segment, and makes absolute paths file: URLs", () => {
    expect(artifactUri("phụ lục/Sở Y tế #2.xlsx")).toBe("ph%E1%BB%A5%20l%E1%BB%A5c/S%E1%BB%9F%20Y%20t%E1%BA%BF%20%232.xlsx");
    expect(artifactUri("/tmp/a b.xlsx")).toBe("file:///tmp/a%20b.xlsx");
  });

  it("passes Microsoft's SARIF validator (sarif-multitool) on the faulty fixtures' run, with only advisory notes", async () => {
    const { diagnostics } = await runFiles(["fixtures/faulty"], defaultPlan(), { workers: 0 });
    const folder = mkdtempSync(join(tmpdir(), "budget-sarif-"));
    const input = join(folder, "run.sarif");
    const output = join(folder, "report.sarif");
    writeFileSync(input, diagnosticsAsSarif(diagnostics, { lang: "vi", tool: TOOL }));
    await promisify(execFile)("node_modules/.bin/sarif-multitool", ["validate", input, "-o", output]);
    const ruleIds = new Set(sarif(readFileSync(output, "utf8")).runs[0]!.results.map((result) => result.ruleId));
    // The validator reports nothing at all for a log it cannot deserialise (a bad enum value): its
    // SARIF2005 note (no informationUri: the tool has no web page) shows the log was analysed.
    expect(ruleIds.has("SARIF2005")).toBe(true);
    // Schema (JSON…) and SARIF1xxx errors fail; SARIF2017 asks for a region on findings about a
    // whole file, which have no row to give.
    expect([...ruleIds].filter((id) => id !== "SARIF2005" && id !== "SARIF2017")).toEqual([]);
  });
});
