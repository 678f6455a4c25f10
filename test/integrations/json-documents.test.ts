import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { DOCUMENT_NAMES, DOCUMENT_SCHEMAS, documentJsonSchema, documentJsonSchemaText } from "../../src/schemas/documents.js";
import { budget, tempFolder } from "../cli/plan-cli-runner.js";

/**
 * Parses a real output with its zod schema and checks nothing was dropped: the schemas strip fields
 * they do not know, so a field the writer added without documenting it makes the two differ.
 */
function expectDocument(schema: z.ZodType, text: string): unknown {
  const value: unknown = JSON.parse(text);
  const parsed = schema.safeParse(value);
  expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
  expect(parsed.data).toEqual(value);
  return value;
}

const DOCUMENTS = ["totals", "pivot", "check", "rollup", "rows", "status", "inspect", "diff"] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every property name a JSON Schema declares, through `$ref`s, nested objects and arrays. */
function propertyNames(schema: Record<string, unknown>): Set<string> {
  const defs = isRecord(schema.$defs) ? schema.$defs : {};
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    const entries = Object.entries(node);
    for (const [key, value] of entries) {
      if (key === "properties" && isRecord(value)) for (const name of Object.keys(value)) names.add(name);
      if (key === "$ref" && typeof value === "string") walk(defs[value.replace("#/$defs/", "")]);
      if (key !== "$defs") walk(value);
    }
  };
  walk(schema);
  return names;
}

describe("JSON documents: schemas", () => {
  it("keeps schemas/*.schema.json current with the zod schemas (npm run build && npm run schemas)", () => {
    for (const name of DOCUMENT_NAMES) expect(readFileSync(`schemas/${name}.schema.json`, "utf8"), name).toBe(documentJsonSchemaText(name));
    expect(DOCUMENT_NAMES).toEqual([...DOCUMENTS, "plan"]);
    expect(Object.keys(DOCUMENT_SCHEMAS)).toEqual([...DOCUMENTS]);
  });

  it("gives every document a schemaVersion and leaves objects open to new fields", () => {
    for (const name of DOCUMENTS) {
      const schema = documentJsonSchema(name);
      expect(schema.required, name).toContain("schemaVersion");
      expect(JSON.stringify(schema), name).not.toContain('"additionalProperties":false');
    }
  });

  it("documents every field of every document in docs/JSON.md, under the document's heading", () => {
    const doc = readFileSync("docs/JSON.md", "utf8");
    for (const name of DOCUMENTS) {
      const section = doc.split(/^## /m).find((part) => part.startsWith(`${name}\n`)) ?? "";
      const missing = [...propertyNames(documentJsonSchema(name))].filter((field) => !new RegExp(`\`([\\w.\\[\\]]*\\.)?${field}\``).test(section));
      expect(missing, name).toEqual([]);
    }
  });
});

describe("JSON documents: real outputs of the built CLI validate against their schemas", () => {
  it("totals and consolidate --format json", async () => {
    // Sở Khoa học và Công nghệ's 2025–2026 form and its 2025 appendix are two documents, added up on purpose.
    const totals = await budget("totals", "fixtures/forms", "fixtures/appendix", "--versions", "all", "--format", "json");
    expect(expectDocument(DOCUMENT_SCHEMAS.totals, totals.stdout)).toMatchObject({ schemaVersion: 2, total: "200703" });
    const consolidated = await budget("consolidate", "fixtures/forms", "-o", join(tempFolder(), "phu-luc.xlsx"), "--format", "json");
    expect(expectDocument(DOCUMENT_SCHEMAS.totals, consolidated.stdout)).toMatchObject({ total: "148165", byYear: { "2025": "65562", "2026": "82603" } });
  });

  it("totals --by … --format json, along every dimension", async () => {
    const pivot = await budget(
      "totals",
      "fixtures/forms",
      "fixtures/appendix",
      "--versions",
      "all",
      "--by",
      "section,agency,year,source,group,period",
      "--format",
      "json",
    );
    expect(expectDocument(DOCUMENT_SCHEMAS.pivot, pivot.stdout)).toMatchObject({ kind: "pivot", total: "200703" });
  });

  it("check --format json on the faulty fixtures, in both languages", async () => {
    for (const lang of ["vi", "en"]) {
      const check = await budget("check", "fixtures/faulty", "--format", "json", "--lang", lang);
      const files = readdirSync("fixtures/faulty").filter((name) => name.endsWith(".xlsx")).length;
      expect(expectDocument(DOCUMENT_SCHEMAS.check, check.stdout)).toMatchObject({ schemaVersion: 1, lang, summary: { files } });
    }
  });

  it("rollup --format json and -o .json, of an appendix workbook and a totals export", async () => {
    const folder = tempFolder();
    await budget("consolidate", "fixtures/forms", "-o", join(folder, "phu-luc.xlsx"), "--format", "none");
    const exported = await budget("totals", "fixtures/appendix", "--format", "json");
    writeFileSync(join(folder, "tong.json"), exported.stdout);
    const printed = await budget("rollup", join(folder, "phu-luc.xlsx"), join(folder, "tong.json"), "--by", "input,agency,source", "--format", "json");
    expect(expectDocument(DOCUMENT_SCHEMAS.rollup, printed.stdout)).toMatchObject({ kind: "rollup", amount: "200703" });
    await budget("rollup", join(folder, "phu-luc.xlsx"), join(folder, "tong.json"), "-o", join(folder, "rollup.json"));
    expectDocument(DOCUMENT_SCHEMAS.rollup, readFileSync(join(folder, "rollup.json"), "utf8"));
  });

  it("diff --format json and -o .json, of the two versions of a form", async () => {
    const printed = await budget("diff", "fixtures/versions/05-so-khcn-lan-1.xlsx", "fixtures/versions/05-so-khcn-lan-2.xlsx", "-q", "--format", "json");
    expect(expectDocument(DOCUMENT_SCHEMAS.diff, printed.stdout)).toMatchObject({ kind: "diff", schemaVersion: 1, changed: true, total: { change: "2800" } });
    const out = join(tempFolder(), "thay-doi.json");
    await budget("diff", "fixtures/versions/05-so-khcn-lan-2.xlsx", "fixtures/versions/05-so-khcn-lan-1.xlsx", "-q", "--min", "1000", "-o", out);
    expect(expectDocument(DOCUMENT_SCHEMAS.diff, readFileSync(out, "utf8"))).toMatchObject({ minimum: "1000", total: { change: "-2800" } });
  });

  it("status --format json and -o .json, with a deadline and files that are not forms", async () => {
    const printed = await budget("status", "fixtures/forms", "fixtures/faulty", "--format", "json", "--deadline", "2025-07-15");
    expect(expectDocument(DOCUMENT_SCHEMAS.status, printed.stdout)).toMatchObject({ kind: "status", schemaVersion: 1, deadline: "2025-07-15" });
    const out = join(tempFolder(), "tinh-hinh.json");
    await budget("status", "fixtures/forms", "-o", out, "--lang", "en");
    expect(expectDocument(DOCUMENT_SCHEMAS.status, readFileSync(out, "utf8"))).toMatchObject({
      summary: { registry: 20, submitted: 5, missing: 15, total: "148165" },
    });
  });

  it("inspect --format json, of a form, a list of units and an unreadable file, in both languages", async () => {
    const form = await budget("inspect", "fixtures/seeds/seed000-form.xlsx", "--format", "json");
    expect(expectDocument(DOCUMENT_SCHEMAS.inspect, form.stdout)).toMatchObject({ kind: "inspect", schemaVersion: 1 });
    const list = await budget("inspect", "fixtures/units/mua-bao-11-dia-phuong.xlsx", "--format", "json", "--lang", "en");
    expectDocument(DOCUMENT_SCHEMAS.inspect, list.stdout);
    const broken = await budget("inspect", "fixtures/formats/container/truncated.xlsx", "--format", "json");
    expect(expectDocument(DOCUMENT_SCHEMAS.inspect, broken.stdout)).toMatchObject({ sha256: null, sheets: [] });
  });
});
