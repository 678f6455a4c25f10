import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as zlib from "node:zlib";
import * as XLSX from "xlsx";
import { foldText } from "../../src/data/text.js";
import { DEFAULT_PLAN } from "../../src/plan/default-plan.js";
import { type GeneratedAgency, type GeneratedItem, generateAgency, halvesToDecimal, sumOf, YEARS } from "./form-data.js";
import { formSheet } from "./form-sheet.js";
import { seededRandom } from "./prng.js";
import { type CorpusAgency, nationalAgencies, registryAgencies } from "./vietnamese-text.js";

/** A corpus: `files` workbooks of `agenciesPerFile` agency blocks of `itemsPerAgency` items each. */
export interface CorpusSpec {
  readonly name: string;
  readonly files: number;
  readonly agenciesPerFile: number;
  readonly itemsPerAgency: number;
}

/** The corpora of the benchmark (issue 7): N agency forms × M items, and one file of 50,000 items. */
export const CORPORA: readonly CorpusSpec[] = [
  { name: "20x30", files: 20, agenciesPerFile: 1, itemsPerAgency: 30 },
  { name: "200x50", files: 200, agenciesPerFile: 1, itemsPerAgency: 50 },
  { name: "1000x50", files: 1000, agenciesPerFile: 1, itemsPerAgency: 50 },
  { name: "1x50000", files: 1, agenciesPerFile: 500, itemsPerAgency: 100 },
];

/** What a generated corpus holds, and the totals a correct consolidation must report. */
export interface CorpusManifest {
  readonly hash: string;
  readonly spec: CorpusSpec;
  /** The folder of the input workbooks. */
  readonly formsDir: string;
  /** A plan whose registry lists every agency of the corpus. */
  readonly planFile: string;
  readonly files: readonly string[];
  readonly items: number;
  readonly subItems: number;
  readonly bytes: number;
  /** Exact totals in triệu đồng, as the totals JSON prints them. */
  readonly expected: { readonly total: string; readonly byYear: Readonly<Record<string, string>> };
}

/** The modules whose code shapes the corpus: a change to any of them regenerates it. */
const GENERATOR_MODULES = ["./corpus", "./form-data", "./form-sheet", "./prng", "./vietnamese-text", "../../src/plan/default-plan"];
// Built, this file is dist/scripts/bench/corpus.js; under vitest it runs as the .ts source.
const OWN_EXTENSION = import.meta.url.endsWith(".ts") ? ".ts" : ".js";

/** The hash of a spec and of the generator's code; a corpus with another hash is stale. */
export function corpusHash(spec: CorpusSpec): string {
  const hash = createHash("sha256").update(JSON.stringify(spec));
  for (const module of GENERATOR_MODULES) hash.update(readFileSync(new URL(module + OWN_EXTENSION, import.meta.url)));
  return hash.digest("hex").slice(0, 16);
}

/**
 * Returns the corpus under `root/<name>/`, generating it first unless a manifest with the same hash is
 * there already. Generation is deterministic: the same spec and code give byte-identical files.
 * Generating switches this thread's SheetJS to Node's zlib for good (SheetJS has no way back): the
 * tool under test must read in another process or worker thread.
 */
export function ensureCorpus(spec: CorpusSpec, root: string): CorpusManifest {
  const dir = join(root, spec.name);
  const manifestFile = join(dir, "manifest.json");
  const hash = corpusHash(spec);
  if (existsSync(manifestFile)) {
    const manifest = readManifest(manifestFile);
    if (manifest?.hash === hash) return manifest;
  }
  rmSync(dir, { recursive: true, force: true });
  const manifest = generateCorpus(spec, dir, hash);
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function generateCorpus(spec: CorpusSpec, dir: string, hash: string): CorpusManifest {
  // Excel's own deflate (zlib) rather than SheetJS's: files the size Excel writes, written faster.
  // SheetJS's use_zlib reads zlib's deprecated `bytesRead`; the warning (DEP0108) says nothing about the corpus.
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  try {
    XLSX.CFB.utils.use_zlib(zlib);
    return writeCorpus(spec, dir, hash);
  } finally {
    process.noDeprecation = quiet;
  }
}

function writeCorpus(spec: CorpusSpec, dir: string, hash: string): CorpusManifest {
  const formsDir = join(dir, "forms");
  mkdirSync(formsDir, { recursive: true });
  const agencyCount = spec.files * spec.agenciesPerFile;
  const random = seededRandom(`${spec.name}/agencies`);
  const registry = DEFAULT_PLAN.agencies ?? [];
  const agencies =
    agencyCount <= registry.length
      ? registryAgencies(
          registry.slice(0, agencyCount).map((a) => a.name),
          random,
        )
      : nationalAgencies(agencyCount, random);

  const files: string[] = [];
  const blocks: GeneratedAgency[] = [];
  let bytes = 0;
  for (let f = 0; f < spec.files; f++) {
    const formRandom = seededRandom(`${spec.name}/form/${f}`);
    const mine = agencies.slice(f * spec.agenciesPerFile, (f + 1) * spec.agenciesPerFile);
    const fileBlocks = mine.map((agency, i) => generateAgency(formRandom, agency, String(i + 1), spec.itemsPerAgency, new Set()));
    blocks.push(...fileBlocks);
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, formSheet(fileBlocks, spec.agenciesPerFile > 1), "Biểu mẫu");
    const out: unknown = XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true, bookSST: true });
    if (!Buffer.isBuffer(out)) throw new TypeError("SheetJS did not return a buffer");
    const name = spec.files === 1 ? `tong-hop-${spec.name}.xlsx` : `${String(f + 1).padStart(4, "0")}-${slug(mine[0]?.name ?? "")}.xlsx`;
    writeFileSync(join(formsDir, name), out);
    files.push(name);
    bytes += out.length;
  }
  const planFile = join(dir, "plan.json");
  writeFileSync(planFile, `${JSON.stringify(planFor(agencies), null, 2)}\n`);
  const allItems = blocks.flatMap((block) => block.items);
  return {
    hash,
    spec,
    formsDir,
    planFile,
    files,
    items: allItems.length,
    subItems: sumOf(allItems, (item: GeneratedItem) => item.children.length),
    bytes,
    expected: {
      total: halvesToDecimal(sumOf(blocks, (b) => b.total)),
      byYear: Object.fromEntries(YEARS.map((year, i) => [String(year), halvesToDecimal(sumOf(blocks, (b) => b.years[i] ?? 0))])),
    },
  };
}

/** The default plan with a registry of exactly the corpus's agencies (a national rollup's plan). */
function planFor(agencies: readonly CorpusAgency[]): typeof DEFAULT_PLAN {
  return { ...DEFAULT_PLAN, agencies: agencies.map((a) => ({ name: a.name, section: a.section, aliases: [] })) };
}

function readManifest(file: string): CorpusManifest | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    return isManifest(parsed) && statSync(parsed.formsDir).isDirectory() ? parsed : undefined;
  } catch {
    // An unreadable manifest is a stale corpus: it is generated again.
    return undefined;
  }
}

function isManifest(value: unknown): value is CorpusManifest {
  if (typeof value !== "object" || value === null) return false;
  const fields = ["hash", "formsDir", "planFile"] as const;
  return (
    fields.every((field) => field in value && typeof Reflect.get(value, field) === "string") &&
    "files" in value &&
    Array.isArray(value.files) &&
    "expected" in value
  );
}

/** A file-name slug: `Sở Tư pháp tỉnh Gia Lai` → `so-tu-phap-tinh-gia-lai`. */
function slug(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
