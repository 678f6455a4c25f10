import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { runFiles } from "../../src/run/run-files.js";
import { RULES } from "../../src/validate/registry.js";
import { artifactUri, diagnosticsAsSarif } from "../../src/write/diagnostics-as-sarif.js";
import { validateJsonSchema } from "../support/json-schema.js";
import { SAMPLE, TOOL } from "./sample-diagnostics.js";

/**
 * The SARIF 2.1.0 JSON Schema (draft-04, errata 01) as OASIS publishes it: oasis-tcs/sarif-spec,
 * sarif-2.1/schema/sarif-schema-2.1.0.json at commit e0583813964ec43cea53b6b531b402866095ed1f,
 * vendored unchanged (SHA-256 c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e).
 */
const SARIF_SCHEMA = JSON.parse(readFileSync("test/support/sarif-schema-2.1.0.json", "utf8")) as Record<string, unknown>;

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }>;
  properties: Record<string, unknown>;
}

const sarif = (text: string) =>
  JSON.parse(text) as {
    version: string;
    runs: Array<{
      tool: { driver: { name: string; version: string; rules: Array<{ id: string; name: string; defaultConfiguration: { level: string } }> } };
      results: SarifResult[];
    }>;
  };

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

  it("is valid against the SARIF 2.1.0 JSON Schema on the faulty fixtures' run, in both languages, with absolute paths too", async () => {
    const { diagnostics } = await runFiles(["fixtures/faulty"], defaultPlan(), { workers: 0, versions: "all" });
    const absolute = diagnostics.map((d) => ({ ...d, file: resolve(d.file) }));
    for (const [lang, found] of [
      ["vi", diagnostics],
      ["en", absolute],
    ] as const) {
      const text = diagnosticsAsSarif(found, { lang, tool: TOOL });
      expect(validateJsonSchema(SARIF_SCHEMA, JSON.parse(text)), lang).toEqual([]);
      expect(sarif(text).runs[0]?.results).toHaveLength(found.length);
    }
  });

  it("(the schema check itself) rejects what the SARIF schema forbids", () => {
    const broken = (change: (log: { version: string; runs: Array<{ results: Array<Record<string, unknown>> }> }) => void) => {
      const copy = JSON.parse(diagnosticsAsSarif(SAMPLE, { lang: "en", tool: TOOL })) as {
        version: string;
        runs: Array<{ results: Array<Record<string, unknown>> }>;
      };
      change(copy);
      return validateJsonSchema(SARIF_SCHEMA, copy).map((error) => `${error.path} ${error.message.split(":")[0]}`);
    };
    expect(broken((log) => (log.version = "2.0.0"))).toEqual(["/version enum"]);
    expect(broken((log) => (log.runs[0]!.results[1]!.level = "fatal"))).toEqual(["/runs/0/results/1/level enum"]);
    expect(broken((log) => (log.runs[0]!.results[1]!.ruleIndex = -2))).toEqual(["/runs/0/results/1/ruleIndex minimum"]);
    expect(broken((log) => (log.runs[0]!.results[1]!.severity = "error"))).toEqual(["/runs/0/results/1/severity additionalProperties"]);
    expect(broken((log) => delete log.runs[0]?.results[1]?.message)).toEqual(["/runs/0/results/1 required"]);
  });

  // What Microsoft's validator (sarif-multitool) checked beyond the schema, for this log: its SARIF1xxx
  // rules. Its advisory notes (SARIF2005 informationUri, SARIF2017 a region on whole-file findings) are
  // not requirements: the tool has no web page, and a file-level finding has no row.
  it("keeps the rules the SARIF validator checks beyond the schema", async () => {
    const { diagnostics } = await runFiles(["fixtures/faulty"], defaultPlan(), { workers: 0, versions: "all" });
    const log = JSON.parse(diagnosticsAsSarif(diagnostics, { lang: "vi", tool: TOOL })) as {
      $schema: string;
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; name: string }> } }; results: SarifResult[] }>;
    };
    // SARIF1011: the final 2.1.0 schema.
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    const run = log.runs[0]!;
    const rules = run.tool.driver.rules;
    // SARIF1001: rule ids unique, names not the ids, names without path characters.
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) expect(rule.name === rule.id || /[/\\.]/.test(rule.name), rule.id).toBe(false);
    for (const result of run.results) {
      // SARIF1009, SARIF1010: the rule index points at the rule the result names.
      expect(rules[result.ruleIndex]?.id, result.ruleId).toBe(result.ruleId);
      expect(result.message.text.trim()).not.toBe("");
      for (const location of result.locations) {
        // SARIF1002: a valid URI reference, no backslash; SARIF1007: a line is a positive integer.
        const { uri } = location.physicalLocation.artifactLocation;
        expect(URL.canParse(uri, "file:///repo/") && !uri.includes("\\"), uri).toBe(true);
        const line = location.physicalLocation.region?.startLine;
        if (line !== undefined) expect(Number.isInteger(line) && line >= 1, uri).toBe(true);
      }
    }
  });
});
