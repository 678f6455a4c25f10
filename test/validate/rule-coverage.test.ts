import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/validate/registry.js";
import { CASES } from "./rule-cases.js";

/**
 * The meta-test of the rules: every rule of the registry must be made to fire by a test that asserts
 * exactly what it finds, so a rule that stops firing fails that test, and a rule without one fails here.
 * Two places count, because both are asserted finding for finding: the `found` of a case of
 * rule-cases.ts (run by rules.test.ts) and the findings of a workbook of fixtures/faulty/expected.json
 * (run by faulty-fixtures.test.ts). A code merely mentioned in a test counts for nothing.
 */

interface ManifestEntry {
  readonly findings: ReadonlyArray<{ readonly code: string }>;
}

function isEntry(value: unknown): value is ManifestEntry {
  if (typeof value !== "object" || value === null || !("findings" in value) || !Array.isArray(value.findings)) return false;
  return value.findings.every((f: unknown) => typeof f === "object" && f !== null && "code" in f && typeof f.code === "string");
}

/** fixtures/faulty/expected.json: each workbook and the findings it must produce. */
function manifest(): Map<string, ManifestEntry> {
  const parsed: unknown = JSON.parse(readFileSync("fixtures/faulty/expected.json", "utf8"));
  if (typeof parsed !== "object" || parsed === null) throw new Error("fixtures/faulty/expected.json is not an object");
  const entries = new Map<string, ManifestEntry>();
  for (const [file, entry] of Object.entries(parsed)) {
    if (!isEntry(entry)) throw new Error(`fixtures/faulty/expected.json: ${file} has no findings`);
    entries.set(file, entry);
  }
  return entries;
}

/** Where each code is asserted to fire: `rules.test.ts BC201` for a case, the workbook's name for a fixture. */
function firingTests(): Map<string, string[]> {
  const where = new Map<string, string[]>();
  const add = (code: string, test: string) => where.set(code, [...(where.get(code) ?? []), test]);
  for (const rule of CASES) for (const code of new Set(rule.found.map(([found]) => found))) add(code, `rules.test.ts ${rule.code}`);
  for (const [file, entry] of manifest()) for (const code of new Set(entry.findings.map((f) => f.code))) add(code, file);
  return where;
}

describe("every rule has a test that fails if it stops firing", () => {
  it("each code of the registry is in an exactly asserted finding of a rule case or a faulty fixture", () => {
    const firing = firingTests();
    expect(RULES.map((rule) => rule.code).filter((code) => !firing.has(code))).toEqual([]);
  });

  it("each rule case is named for a rule, fires it, and has valid grids it stays silent on", () => {
    const codes = new Set(RULES.map((rule) => rule.code));
    for (const rule of CASES) {
      expect(codes.has(rule.code), rule.code).toBe(true);
      expect(
        rule.found.map(([code]) => code),
        rule.code,
      ).toContain(rule.code);
      expect(rule.valid.length, rule.code).toBeGreaterThan(0);
    }
    expect(new Set(CASES.map((rule) => rule.code)).size).toBe(CASES.length);
  });

  it("each faulty fixture fires the rule it is named after", () => {
    for (const [file, entry] of manifest()) {
      const code = file.slice(0, file.indexOf("-"));
      expect(
        entry.findings.map((f) => f.code),
        file,
      ).toContain(code);
    }
  });

  it("the two tests that run them assert every case and every fixture, finding for finding", () => {
    const rules = readFileSync("test/validate/rules.test.ts", "utf8");
    expect(rules).toContain('from "./rule-cases.js"');
    expect(rules).toContain("for (const rule of CASES)");
    expect(rules).toContain("expect(found.sort()).toEqual([...rule.found].sort());");
    const fixtures = readFileSync("test/validate/faulty-fixtures.test.ts", "utf8");
    expect(fixtures).toContain("for (const [name, entry] of Object.entries(manifest))");
    expect(fixtures).toContain("expect(found.sort()).toEqual(entry.findings.map((f) => stated(f, values)).sort());");
  });
});
