import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix, sep } from "node:path";
import { type SourceImport, scanImports } from "./source-imports.js";

/** One import between two files of the tree, or from a file to a package or Node module. */
export interface ImportEdge extends SourceImport {
  /** The importing file, relative to the root (`read/zip/zip-guard.ts`). */
  readonly from: string;
  /** The imported file relative to the root, or the package/module name (`node:fs`, `xlsx`). */
  readonly to: string;
  readonly external: boolean;
}

/** The files of a tree and their imports. */
export interface ImportGraph {
  readonly files: readonly string[];
  readonly edges: readonly ImportEdge[];
  /** Relative imports that name no file, and dynamic imports of no literal specifier: `file:line what`. */
  readonly problems: readonly string[];
}

function sourceFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".ts") && !path.endsWith(".d.ts"))
    .map((path) => path.split(sep).join("/"))
    .sort();
}

/** `./x.js` from `read/a.ts` → `read/x.ts`, as TypeScript's NodeNext resolution maps it. */
function resolveRelative(root: string, from: string, specifier: string): string | undefined {
  const target = posix.normalize(posix.join(posix.dirname(from), specifier));
  const candidates = [target.replace(/\.js$/, ".ts"), target, `${target}/index.ts`];
  return candidates.find((candidate) => candidate.endsWith(".ts") && existsSync(join(root, candidate)));
}

/** Scans every `.ts` file under `root` and resolves its imports. */
export function importGraph(root: string): ImportGraph {
  const files = sourceFiles(root);
  const edges: ImportEdge[] = [];
  const problems: string[] = [];
  for (const from of files) {
    const scanned = scanImports(readFileSync(join(root, from), "utf8"));
    for (const line of scanned.unscannable) problems.push(`${from}:${line} dynamic import of no string literal`);
    for (const found of scanned.imports) {
      if (!found.specifier.startsWith(".")) {
        edges.push({ ...found, from, to: found.specifier, external: true });
        continue;
      }
      const to = resolveRelative(root, from, found.specifier);
      if (to === undefined) problems.push(`${from}:${found.line} ${found.specifier} names no file`);
      else edges.push({ ...found, from, to, external: false });
    }
  }
  return { files, edges, problems };
}

/**
 * The cycles of a graph given as adjacency: each strongly connected component of more than one file
 * (or a file importing itself), as its members sorted and joined with ` ↔ `, so a cycle has one name
 * however it is entered. Tarjan's algorithm.
 */
export function importCycles(adjacency: ReadonlyMap<string, readonly string[]>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of adjacency.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const members: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      members.push(member);
    } while (member !== node);
    const selfLoop = (adjacency.get(node) ?? []).includes(node);
    if (members.length > 1 || selfLoop) cycles.push(members.sort().join(" ↔ "));
  };
  for (const node of [...adjacency.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles.sort();
}

/** The files each file imports, within the tree (type-only imports included: they couple too). */
export function adjacencyOf(graph: ImportGraph): Map<string, string[]> {
  const adjacency = new Map<string, string[]>(graph.files.map((file) => [file, []]));
  for (const edge of graph.edges) if (!edge.external) adjacency.get(edge.from)?.push(edge.to);
  return adjacency;
}
