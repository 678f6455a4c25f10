import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { adjacencyOf, type ImportEdge, importCycles, importGraph } from "./import-graph.js";
import { consoleOutsideCli, fileSystemOutsideRead, filesCreatedOutsideWrite, layerViolations } from "./layer-rules.js";
import { scanImports } from "./source-imports.js";

const SRC = new URL("../../src", import.meta.url).pathname;
const graph = importGraph(SRC);
const sources = graph.files.map((file) => ({ file, text: readFileSync(join(SRC, file), "utf8") }));

/**
 * Cycles known to exist while their owner breaks them (issue 12, item 4: engineer A, plan/). The list
 * must shrink: the test fails on a cycle not listed, and on a listed one that no longer exists, so
 * whoever breaks one deletes its line.
 */
const EXPECTED_CYCLES: readonly string[] = [];

/** Layer-table breaches known to exist while their owners remove them; the same rule as for cycles. */
const EXPECTED_VIOLATIONS: readonly string[] = [];

/** Compares found items with an expected list both ways, naming what differs. */
function expectExactly(found: readonly string[], expected: readonly string[]): void {
  const unexpected = found.filter((item) => !expected.includes(item));
  const gone = expected.filter((item) => !found.includes(item));
  expect({ unexpected, "listed but gone (delete from the list)": gone }).toEqual({ unexpected: [], "listed but gone (delete from the list)": [] });
}

describe("the import scanner and the cycle finder (self-check)", () => {
  it("finds static, type, re-export, side-effect and dynamic imports, and none in comments, patterns or templates", () => {
    const source = [
      'import { a } from "./a.js";',
      'import type { B } from "./b.js";',
      "import {",
      "  c,",
      "  type D,",
      '} from "./c.js";',
      'export { e } from "./e.js";',
      'export * from "./f.js";',
      'import "./g.js";',
      '// import { x } from "./comment.js";',
      '/* export { y } from "./block.js"; */',
      'const pattern = /import("\\.\\/pattern.js")/;',
      'const text = `import { z } from "./template.js"`;',
      'const ratio = 4 / 2; const h = await import("./h.js");',
      "const name = './dynamic.js'; await import(name);",
    ].join("\n");
    const scanned = scanImports(source);
    expect(scanned.imports.map((i) => `${i.kind} ${i.specifier}:${i.line}`).sort()).toEqual(
      ["static ./a.js:1", "static ./b.js:2", "static ./c.js:6", "static ./e.js:7", "static ./f.js:8", "static ./g.js:9", "dynamic ./h.js:14"].sort(),
    );
    expect(scanned.unscannable).toEqual([15]);
  });

  it("names a cycle once, however it is entered, and finds none in a tree", () => {
    const graphOf = (edges: Record<string, string[]>) => new Map(Object.entries(edges));
    expect(importCycles(graphOf({ a: ["b"], b: ["c"], c: ["a"], d: ["a"] }))).toEqual(["a ↔ b ↔ c"]);
    expect(importCycles(graphOf({ x: ["x"], y: [] }))).toEqual(["x"]);
    expect(importCycles(graphOf({ a: ["b", "c"], b: ["c"], c: [] }))).toEqual([]);
  });

  it("flags an import the layer table forbids", () => {
    const edge = (from: string, to: string): ImportEdge => ({ from, to, specifier: to, kind: "static", line: 1, external: false });
    expect(
      layerViolations([
        edge("read/a.ts", "plan/schema.ts"),
        edge("plan/load-plan.ts", "read/read-file.ts"),
        edge("plan/load-plan.ts", "read/text/read-text-file.ts"),
      ]),
    ).toEqual(["plan/load-plan.ts → read/read-file.ts", "read/a.ts → plan/schema.ts"]);
  });
});

describe("imports of src/", () => {
  it("all resolve to files, and every dynamic import names one", () => {
    expect(graph.problems).toEqual([]);
    expect(graph.files.length).toBeGreaterThan(100);
  });

  it("form no cycle beyond the known ones", () => {
    expectExactly(importCycles(adjacencyOf(graph)), EXPECTED_CYCLES);
  });

  it("follow the layer table of docs/ARCHITECTURE.md", () => {
    expectExactly(layerViolations(graph.edges), EXPECTED_VIOLATIONS);
  });

  it("open the file system only in read/ (inputs) and write/atomic-write.ts (outputs)", () => {
    expect(fileSystemOutsideRead(graph.edges)).toEqual([]);
  });

  it("create files only in write/", () => {
    expect(sources.flatMap(({ file, text }) => filesCreatedOutsideWrite(file, text))).toEqual([]);
  });

  it("touch the console and the exit code only in cli/", () => {
    expect(sources.flatMap(({ file, text }) => consoleOutsideCli(file, text))).toEqual([]);
  });
});
