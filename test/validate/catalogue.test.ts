import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnosticsDoc } from "../../scripts/diagnostics-doc.js";
import { DIAGNOSTIC_CODES } from "../../src/data/diagnostic-codes.js";
import { RULES } from "../../src/validate/registry.js";

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the diagnostic catalogue", () => {
  it("has one rule per code, sorted by code, with unique kebab-case names", () => {
    expect(RULES.map((rule) => rule.code)).toEqual([...DIAGNOSTIC_CODES].sort());
    expect(new Set(RULES.map((rule) => rule.name)).size).toBe(RULES.length);
    for (const rule of RULES) expect(rule.name, rule.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("keeps each rule in its own file, src/validate/rules/<code>-<name>.ts", () => {
    const files = readdirSync("src/validate/rules").sort();
    expect(files).toEqual(RULES.map((rule) => `${rule.code}-${rule.name}.ts`).sort());
  });

  it("writes every text in both languages, and each message names the same values in both", () => {
    for (const rule of RULES) {
      for (const text of [rule.description, rule.message, rule.hint]) {
        expect(text.vi.trim(), rule.code).not.toBe("");
        expect(text.en.trim(), rule.code).not.toBe("");
      }
      expect(placeholders(rule.message.vi), rule.code).toEqual(placeholders(rule.message.en));
      for (const arg of Object.keys(rule.terms ?? {})) expect(placeholders(rule.message.en), `${rule.code} terms`).toContain(arg);
    }
  });

  // That every rule has a test which fails when it stops firing is rule-coverage.test.ts's to check.
  it("documents every rule in docs/DIAGNOSTICS.md, which is current (npm run build && npm run docs)", () => {
    const doc = readFileSync("docs/DIAGNOSTICS.md", "utf8");
    for (const rule of RULES) expect(doc, rule.code).toContain(`## ${rule.code} ${rule.name}\n`);
    const fixtures = new Set(readdirSync("fixtures/faulty").filter((name) => name.endsWith(".xlsx")));
    expect(doc).toBe(diagnosticsDoc(RULES, fixtures));
  });
});
