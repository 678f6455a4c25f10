import { createHash } from "node:crypto";
import { closeSync, existsSync, fstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { CORPORA, type CorpusManifest, type CorpusSpec, ensureCorpus } from "./corpus.js";
import { benchHostile } from "./hostile-inputs.js";
import { describeMachine } from "./machine.js";
import { GNU_TIME, hasGnuTime, measure, type Sample } from "./measure.js";
import { BENCH_DIR, BUDGET_BIN, CORPUS_DIR, FLOOR_SCRIPT, REPO_ROOT } from "./paths.js";
import { renderReport } from "./report.js";
import { type BenchRun, type CorpusResult, type Determinism, type Exactness, summarise, type WrittenFile } from "./results.js";
import { BIG_FORMS_CORPUS, verdicts } from "./targets.js";
import { detectTool, type ToolCapabilities } from "./tool.js";

/** Rounds per corpus in a full run: fewer for the big ones, each round costing minutes today. */
const FULL_ROUNDS: Readonly<Record<string, number>> = { "20x30": 5, "200x50": 5, "1000x50": 3, "1x50000": 3 };
const QUICK_CORPORA = ["20x30", "200x50"];
const USAGE = `usage: npm run bench [-- --quick] [-- --only 1000x50,1x50000] [-- --rounds N] [-- --out FILE]
  --quick    the two small corpora, 2 rounds, 3 start-up rounds (results in bench/corpus/RESULTS-quick.md)
  --only     these corpora (${CORPORA.map((c) => c.name).join(", ")}); results in bench/corpus/RESULTS-only.md
  --rounds   rounds per corpus instead of the defaults
  --out      where to write the results page (a full run writes bench/RESULTS.md)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      rounds: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!hasGnuTime()) {
    process.stderr.write(`bench: GNU time is needed at ${GNU_TIME} (Debian/Ubuntu: apt-get install -y time)\n`);
    return 2;
  }
  if (!existsSync(join(REPO_ROOT, "dist/src/cli/main.js"))) {
    process.stderr.write("bench: build first (npx tsc -p tsconfig.json)\n");
    return 2;
  }
  const only = values.only?.split(",").map((name) => name.trim());
  const specs = CORPORA.filter((c) => (only ? only.includes(c.name) : !values.quick || QUICK_CORPORA.includes(c.name)));
  if (only && specs.length !== only.length) {
    process.stderr.write(`bench: unknown corpus in --only ${values.only ?? ""}\n${USAGE}\n`);
    return 2;
  }
  const rounds = (spec: CorpusSpec) => (values.rounds ? Number(values.rounds) : values.quick ? 2 : (FULL_ROUNDS[spec.name] ?? 3));
  const out = values.out ?? (values.quick ? join(CORPUS_DIR, "RESULTS-quick.md") : only ? join(CORPUS_DIR, "RESULTS-only.md") : join(BENCH_DIR, "RESULTS.md"));

  const tool = await detectTool();
  const machine = describeMachine(tool.version);
  progress(
    `budget ${tool.version}: check ${tool.check ? "yes" : "no (totals --format json stands in)"}, --plan ${tool.planFlag ? "yes" : "no"}, workers flag ${tool.workersFlag ?? "none"}`,
  );
  const scratch = mkdtempSync(join(tmpdir(), "budget-bench-"));
  try {
    mkdirSync(CORPUS_DIR, { recursive: true });
    const corpora: CorpusResult[] = [];
    for (const spec of specs) {
      progress(`${spec.name}: corpus…`);
      const manifest = ensureCorpus(spec, CORPUS_DIR);
      corpora.push(await benchCorpus(manifest, rounds(spec), tool, scratch));
    }
    const small = ensureCorpus(CORPORA[0] ?? { name: "20x30", files: 20, agenciesPerFile: 1, itemsPerAgency: 30 }, CORPUS_DIR);
    const startup = await benchStartup(join(small.formsDir, small.files[0] ?? ""), values.quick ? 3 : 10, tool);
    const hostile = await benchHostile(values.quick ? 1 : 3, progress);
    const determinism: Determinism[] = [];
    for (const corpus of corpora) {
      if (corpus.manifest.spec.name === "200x50" || corpus.manifest.spec.name === BIG_FORMS_CORPUS)
        determinism.push(await checkDeterminism(corpus.manifest, tool));
    }
    const run: BenchRun = {
      quick: values.quick,
      machine: { ...machine, loadAfter: loadavg() },
      checkCommand: tool.check ? "check" : "totals",
      planPassed: tool.planFlag,
      corpora,
      startup,
      determinism,
      hostile,
    };
    const list = verdicts(run);
    writeFileSync(out, renderReport(run, list));
    process.stdout.write(`\nVerdicts (${relative(REPO_ROOT, out)}):\n`);
    for (const v of list) process.stdout.write(`  ${v.status.padEnd(12)} ${v.target}: ${v.measured}\n`);
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Runs consolidate, check and the floor on a corpus, interleaved round after round; on the big forms
 * corpus the PDF and the HTML report too, in the same rounds, so that their ratios to the floor hold.
 */
async function benchCorpus(manifest: CorpusManifest, rounds: number, tool: ToolCapabilities, scratch: string): Promise<CorpusResult> {
  const name = manifest.spec.name;
  const plan = tool.planFlag ? ["--plan", manifest.planFile] : [];
  const output = join(scratch, `${name}.xlsx`);
  const pdf = join(scratch, `${name}.pdf`);
  const html = join(scratch, `${name}.html`);
  const commands = {
    consolidate: [BUDGET_BIN, "consolidate", manifest.formsDir, "-o", output, "--force", ...plan],
    check: tool.check ? [BUDGET_BIN, "check", manifest.formsDir, ...plan] : [BUDGET_BIN, "totals", manifest.formsDir, "--format", "json", ...plan],
    floor: [FLOOR_SCRIPT, manifest.formsDir],
    pdf: [BUDGET_BIN, "consolidate", manifest.formsDir, "-o", pdf, "--force", ...plan],
    html: [BUDGET_BIN, "report", manifest.formsDir, "-o", html, "--force", ...plan],
  };
  const handOver = name === BIG_FORMS_CORPUS;
  const keys = handOver ? (["consolidate", "check", "floor", "pdf", "html"] as const) : (["consolidate", "check", "floor"] as const);
  const handOverFiles = { pdf: { path: pdf, signature: "%PDF-" }, html: { path: html, signature: "<!doctype html" } } as const;
  warmPageCache(manifest.formsDir);
  const samples: Record<keyof typeof commands, Sample[]> = { consolidate: [], check: [], floor: [], pdf: [], html: [] };
  const written: Record<keyof typeof handOverFiles, WrittenFile[]> = { pdf: [], html: [] };
  for (let round = 1; round <= rounds; round++) {
    for (const key of keys) {
      const kind = key === "pdf" || key === "html" ? key : undefined;
      // A file left by an earlier round must not stand in for one this round failed to write.
      if (kind) rmSync(handOverFiles[kind].path, { force: true });
      const sample = await measure(process.execPath, commands[key]);
      samples[key].push(sample);
      let note = "";
      if (kind) {
        const wrote = writtenFile(handOverFiles[kind].path, handOverFiles[kind].signature);
        written[kind].push(wrote);
        note = `, ${wrote.bytes} bytes written${wrote.signature ? "" : " (not a file of its kind)"}`;
      }
      progress(
        `${name} round ${round}/${rounds}: ${key.padEnd(11)} ${sample.wall.toFixed(2)} s wall, ${sample.cpu.toFixed(2)} s CPU, ${sample.rssMiB.toFixed(0)} MiB, exit ${sample.exitCode}${note}`,
      );
    }
  }
  return {
    manifest,
    rounds,
    consolidate: summarise("consolidate", samples.consolidate),
    check: summarise(tool.check ? "check" : "totals --format json", samples.check),
    floor: summarise("floor", samples.floor),
    exact: await exactness(manifest, plan),
    ...(handOver
      ? {
          handOver: {
            pdf: { stats: summarise("consolidate -o <tmp>.pdf", samples.pdf), written: written.pdf },
            html: { stats: summarise("report -o <tmp>.html", samples.html), written: written.html },
          },
        }
      : {}),
  };
}

/** The size of a file a command was to write and whether it begins with `signature` (case aside). */
function writtenFile(path: string, signature: string): WrittenFile {
  if (!existsSync(path)) return { bytes: 0, signature: false };
  const head = Buffer.alloc(signature.length);
  const fd = openSync(path, "r");
  try {
    readSync(fd, head, 0, head.length, 0);
    return { bytes: fstatSync(fd).size, signature: head.toString("latin1").toLowerCase() === signature.toLowerCase() };
  } finally {
    closeSync(fd);
  }
}

/** Compares the totals JSON of the corpus with the totals the generator wrote. */
async function exactness(manifest: CorpusManifest, plan: readonly string[]): Promise<Exactness> {
  const sample = await measure(process.execPath, [BUDGET_BIN, "totals", manifest.formsDir, "--format", "json", ...plan], { keepStdout: true });
  let reported: unknown;
  try {
    reported = JSON.parse(sample.stdout);
  } catch {
    reported = undefined;
  }
  const total = field(reported, "total");
  const byYear = field(reported, "byYear");
  return {
    expectedTotal: manifest.expected.total,
    reportedTotal: typeof total === "string" ? total : undefined,
    byYearMatches: Object.entries(manifest.expected.byYear).every(([year, amount]) => field(byYear, year) === amount),
  };
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && key in value ? Reflect.get(value, key) : undefined;
}

/**
 * `budget --version` and a check of one small form, interleaved with a bare `node -e ""` (the part of
 * start-up no code of ours can save): the cost of starting the tool.
 */
async function benchStartup(form: string, rounds: number, tool: ToolCapabilities): Promise<BenchRun["startup"]> {
  const checkArgs = tool.check ? [BUDGET_BIN, "check", form] : [BUDGET_BIN, "totals", form, "--format", "json"];
  const bareNode: Sample[] = [];
  const version: Sample[] = [];
  const checkOne: Sample[] = [];
  for (let round = 1; round <= rounds; round++) {
    bareNode.push(await measure(process.execPath, ["-e", ""]));
    version.push(await measure(process.execPath, [BUDGET_BIN, "--version"]));
    checkOne.push(await measure(process.execPath, checkArgs));
  }
  progress(`start-up: --version ${version.map((s) => s.wall.toFixed(3)).join(" ")} s; check one form ${checkOne.map((s) => s.wall.toFixed(3)).join(" ")} s`);
  return {
    rounds,
    bareNode: summarise('node -e "" (Node\'s own start-up)', bareNode),
    version: summarise("budget --version", version),
    checkOne: summarise(`budget ${tool.check ? "check" : "totals --format json"} <one form of 30 items>`, checkOne),
  };
}

/**
 * Prints the totals JSON under several worker counts (or twice with the default when the CLI has no
 * worker option) and hashes each.
 */
async function checkDeterminism(manifest: CorpusManifest, tool: ToolCapabilities): Promise<Determinism> {
  const plan = tool.planFlag ? ["--plan", manifest.planFile] : [];
  const settings = tool.workersFlag ? ["default", "1", "2", "4"] : ["1", "2"];
  const runs: Array<Determinism["runs"][number]> = [];
  for (const setting of settings) {
    const workers = tool.workersFlag && setting !== "default" ? [tool.workersFlag, setting] : [];
    const sample = await measure(process.execPath, [BUDGET_BIN, "totals", manifest.formsDir, "--format", "json", ...plan, ...workers], { keepStdout: true });
    runs.push({ setting, sha256: createHash("sha256").update(sample.stdout).digest("hex"), exitCode: sample.exitCode });
  }
  progress(`${manifest.spec.name} determinism: ${runs.map((r) => `${r.setting}=${r.sha256.slice(0, 12)}`).join(" ")}`);
  return { corpus: manifest.spec.name, flag: tool.workersFlag, runs };
}

/** Reads every input once so that no command pays for a cold disk cache. */
function warmPageCache(dir: string): void {
  for (const name of readdirSync(dir)) readFileSync(join(dir, name));
}

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

process.exitCode = await main();
