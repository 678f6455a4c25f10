import type { ImportEdge } from "./import-graph.js";
import { maskSource } from "./source-imports.js";

/** A folder under `src/` (or `index` for `src/index.ts`, the library's entry). */
export type Layer = "data" | "read" | "layout" | "parse" | "plan" | "validate" | "aggregate" | "write" | "schemas" | "run" | "api" | "cli" | "index";

/**
 * What each layer may import, from docs/ARCHITECTURE.md's "may not" column: data flows
 * read → layout → parse → validate → aggregate → write, and a layer imports only those before it.
 * A layer always may import itself.
 */
export const ALLOWED: Readonly<Record<Layer, readonly Layer[]>> = {
  // The shared vocabulary imports no stage.
  data: [],
  // read/ turns bytes into a Grid; it does not know the plan.
  read: ["data"],
  // layout/ classifies columns by the plan's vocabulary; it does not parse amounts.
  layout: ["data", "plan"],
  parse: ["data", "plan", "layout"],
  // plan/ depends on no stage, except that it reads its file through read/text/read-text-file.ts (see PLAN_READS).
  plan: ["data", "read"],
  validate: ["data", "plan", "layout", "parse"],
  aggregate: ["data", "plan", "parse"],
  // write/ renders; it does not read inputs.
  write: ["data", "plan", "parse", "validate", "aggregate", "schemas"],
  // schemas/ computes nothing: data types and constants, and the plan's own JSON Schema.
  schemas: ["data", "plan"],
  // run/ is the machinery of one run: the per-file pipeline, the worker pool and the run-level checks.
  run: ["data", "read", "layout", "parse", "plan", "validate", "aggregate"],
  // api/ is the library: it starts runs and renders documents.
  api: ["data", "read", "layout", "parse", "plan", "validate", "aggregate", "write", "schemas", "run"],
  cli: ["data", "read", "layout", "parse", "plan", "validate", "aggregate", "write", "schemas", "run", "api"],
  index: ["data", "read", "layout", "parse", "plan", "validate", "aggregate", "write", "schemas", "run", "api"],
};

/** The one file of read/ that plan/ may import. */
export const PLAN_READS = "read/text/read-text-file.ts";

function isLayer(name: string): name is Layer {
  return Object.hasOwn(ALLOWED, name);
}

/** The layer of a file relative to `src/`. */
export function layerOf(file: string): Layer | undefined {
  const head = file.includes("/") ? file.slice(0, file.indexOf("/")) : file.replace(/\.ts$/, "");
  return isLayer(head) ? head : undefined;
}

/** The imports between files that the layer table forbids, as `from → to`. */
export function layerViolations(edges: readonly ImportEdge[]): string[] {
  const violations: string[] = [];
  for (const edge of edges) {
    if (edge.external) continue;
    const from = layerOf(edge.from);
    const to = layerOf(edge.to);
    const allowed =
      from !== undefined && to !== undefined && (from === to || ALLOWED[from].includes(to)) && !(from === "plan" && to === "read" && edge.to !== PLAN_READS);
    if (!allowed) violations.push(`${edge.from} → ${edge.to}`);
  }
  return [...new Set(violations)].sort();
}

/** The Node modules that reach the file system. */
const FS_MODULES = new Set(["fs", "fs/promises", "node:fs", "node:fs/promises"]);

/**
 * Files outside read/ that may import the file system, each with its reason. Only read/ opens
 * inputs; write/ creates its outputs through one file.
 */
export const FS_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ["write/atomic-write.ts", "the one writer of outputs: a temporary file and a rename, refusing to overwrite an input"],
  ["api/version.ts", "reads the tool's own package.json for --version, not an input"],
]);

/** Imports of a file-system module outside read/ and the exceptions: `file:line imports module`. */
export function fileSystemOutsideRead(edges: readonly ImportEdge[]): string[] {
  const found = edges
    .filter((edge) => edge.external && FS_MODULES.has(edge.to))
    .filter((edge) => layerOf(edge.from) !== "read" && !FS_EXCEPTIONS.has(edge.from))
    .map((edge) => `${edge.from}:${edge.line} imports ${edge.to}`);
  return [...new Set(found)].sort();
}

/** Calls that create, change or remove files (Node's fs, and the writers of SheetJS and exceljs). */
const CREATES_FILES =
  /(?<![\w$])(writeFile|writeFileXLSX|appendFile|createWriteStream|mkdir|mkdtemp|rename|rm|rmdir|unlink|copyFile|cp|truncate|symlink|link|utimes|chmod)(Sync)?\s*\(/;
/** An `open(path, flags)` whose flags write, append or create. */
const OPENS_FOR_WRITING = /\bopen\s*\([^)]*,\s*["'`][^"'`]*[wa+]/;

/** Lines outside write/ that call something creating or changing files: `file:line text`. */
export function filesCreatedOutsideWrite(file: string, source: string): string[] {
  if (layerOf(file) === "write") return [];
  // Strings stay readable for the open() flags; comments and patterns are blanked.
  const calls = maskSource(source, true).split("\n");
  const flags = maskSource(source).split("\n");
  return calls.flatMap((line, i) => (CREATES_FILES.test(line) || OPENS_FOR_WRITING.test(flags[i] ?? "") ? [`${file}:${i + 1} ${line.trim()}`] : []));
}

/** What only cli/ may touch: the process's streams and exit code, and the console. */
const CONSOLE = /\bprocess\s*\.\s*(stdout|stderr|stdin|exit|exitCode)\b|\bconsole\s*\./;

/** Files outside cli/ that may touch the console, each with its reason. */
export const CONSOLE_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ["read/read-file.ts", "silences console.error around SheetJS calls (its ODS reader prints notes); prints nothing"],
]);

/** Lines outside cli/ (and the exceptions) that touch the console or the exit code. */
export function consoleOutsideCli(file: string, source: string): string[] {
  if (layerOf(file) === "cli" || CONSOLE_EXCEPTIONS.has(file)) return [];
  const lines = maskSource(source, true).split("\n");
  return lines.flatMap((line, i) => (CONSOLE.test(line) ? [`${file}:${i + 1} ${line.trim()}`] : []));
}
