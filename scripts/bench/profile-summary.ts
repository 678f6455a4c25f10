import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Summarises the V8 CPU profiles of one run (`node --cpu-prof --cpu-prof-dir=DIR bin/budget.js …`
 * writes one per thread: the main thread and each worker). For each profile, and for all together:
 * when the thread was busy, time per pipeline stage (the innermost `src/<stage>/` frame of each
 * sample, so SheetJS called from `read/` counts as read; helpers of `src/data/` are named with the
 * stage that called them; a sample with no `src/` frame, such as a library's own callback, is named
 * by the library) and the functions with the most self time.
 *
 * Usage: node dist/scripts/bench/profile-summary.js DIR [top]
 */
interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface Profile {
  readonly startTime: number;
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Microseconds per key. */
type Tally = Map<string, number>;

function isProfile(value: unknown): value is Profile {
  return (
    typeof value === "object" &&
    value !== null &&
    "startTime" in value &&
    typeof value.startTime === "number" &&
    "nodes" in value &&
    Array.isArray(value.nodes) &&
    "samples" in value &&
    Array.isArray(value.samples) &&
    "timeDeltas" in value &&
    Array.isArray(value.timeDeltas)
  );
}

/** The stage a frame belongs to: `read`, `parse`, … for the project's code, else undefined. */
function stageOf(url: string): string | undefined {
  return /\/dist\/src\/([a-z-]+)\//.exec(url)?.[1];
}

/** Where a function lives, shortened: `xlsx`, `exceljs`, `src/read/read-file.js`, `node:zlib`. */
function placeOf(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (pkg) return pkg;
  const own = /\/dist\/(.+)$/.exec(url)?.[1];
  if (own) return own;
  if (url.startsWith("node:")) return "node";
  return url === "" ? "(native)" : url.replace(/^file:\/\//, "");
}

/** What one profile says: stages, functions, sampled time and when the thread was busy (µs). */
interface Summary {
  readonly stages: Tally;
  readonly functions: Tally;
  /** Self time per function within each stage. */
  readonly stageFunctions: Map<string, Tally>;
  total: number;
  firstBusy: number;
  lastBusy: number;
}

function summarise(profile: Profile): Summary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // The stage of a node: its own, else its caller's; `data` helpers keep looking for their caller.
  const stageCache = new Map<number, string | undefined>();
  const pipelineStage = (id: number | undefined): string | undefined => {
    if (id === undefined) return undefined;
    if (stageCache.has(id)) return stageCache.get(id);
    const own = stageOf(byId.get(id)?.callFrame.url ?? "");
    const stage = own !== undefined && own !== "data" ? own : pipelineStage(parent.get(id));
    stageCache.set(id, stage);
    return stage;
  };
  const keyOf = (id: number): string => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return "(unknown)";
    if (frame.functionName.startsWith("(") && frame.url === "") return frame.functionName;
    const stage = pipelineStage(id);
    const viaData = stageOf(frame.url) === "data" || isUnder(id, "data");
    if (stage !== undefined) return viaData ? `${stage} (in src/data helpers)` : stage;
    return `(no src frame) ${placeOf(frame.url)}`;
  };
  const isUnder = (id: number, stage: string): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const own = stageOf(byId.get(at)?.callFrame.url ?? "");
      if (own === stage) return true;
      if (own !== undefined) return false;
    }
    return false;
  };
  const summary = emptySummary();
  let clock = profile.startTime;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    clock += micros;
    summary.total += micros;
    const key = keyOf(id);
    add(summary.stages, key, micros);
    if (key !== "(idle)" && key !== "(program)") {
      summary.firstBusy = Math.min(summary.firstBusy, clock);
      summary.lastBusy = Math.max(summary.lastBusy, clock);
    }
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const name = `${frame.functionName || "(anonymous)"} ${placeOf(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    add(summary.functions, name, micros);
    let inStage = summary.stageFunctions.get(key);
    if (!inStage) summary.stageFunctions.set(key, (inStage = new Map()));
    add(inStage, name, micros);
  });
  return summary;
}

function emptySummary(): Summary {
  return { stages: new Map(), functions: new Map(), stageFunctions: new Map(), total: 0, firstBusy: Number.POSITIVE_INFINITY, lastBusy: 0 };
}

function merge(into: Summary, from: Summary): void {
  for (const [k, v] of from.stages) add(into.stages, k, v);
  for (const [k, v] of from.functions) add(into.functions, k, v);
  for (const [stage, tally] of from.stageFunctions) {
    let inStage = into.stageFunctions.get(stage);
    if (!inStage) into.stageFunctions.set(stage, (inStage = new Map()));
    for (const [k, v] of tally) add(inStage, k, v);
  }
  into.total += from.total;
  into.firstBusy = Math.min(into.firstBusy, from.firstBusy);
  into.lastBusy = Math.max(into.lastBusy, from.lastBusy);
}

function add(tally: Tally, key: string, micros: number): void {
  tally.set(key, (tally.get(key) ?? 0) + micros);
}

/** Stages under this share of a profile are summed into one line. */
const MINOR_SHARE = 0.003;

function print(title: string, summary: Summary, top: number, origin: number): void {
  const seconds = (micros: number) => `${(micros / 1e6).toFixed(2).padStart(7)} s ${((100 * micros) / summary.total).toFixed(1).padStart(5)} %`;
  const sorted = (tally: Tally) => [...tally.entries()].sort((a, b) => b[1] - a[1]);
  const busy = Number.isFinite(summary.firstBusy)
    ? `, busy from ${((summary.firstBusy - origin) / 1e6).toFixed(2)} s to ${((summary.lastBusy - origin) / 1e6).toFixed(2)} s`
    : "";
  process.stdout.write(`\n== ${title}: ${(summary.total / 1e6).toFixed(2)} s sampled${busy}\n-- by stage, with its top functions by self time\n`);
  let minor = 0;
  for (const [stage, micros] of sorted(summary.stages)) {
    if (micros < MINOR_SHARE * summary.total) {
      minor += micros;
      continue;
    }
    const within = sorted(summary.stageFunctions.get(stage) ?? new Map()).slice(0, 3);
    process.stdout.write(`${seconds(micros)}  ${stage}: ${within.map(([name, t]) => `${name} ${(t / 1e6).toFixed(2)} s`).join("; ")}\n`);
  }
  if (minor > 0) process.stdout.write(`${seconds(minor)}  (other stages, each under ${MINOR_SHARE * 100} %)\n`);
  process.stdout.write(`-- top ${top} functions by self time\n`);
  for (const [name, micros] of sorted(summary.functions).slice(0, top)) process.stdout.write(`${seconds(micros)}  ${name}\n`);
}

// Piped into `head`, stdout closes early: stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const dir = process.argv[2];
const top = Number(process.argv[3] ?? "20");
if (dir === undefined) {
  process.stderr.write("usage: node dist/scripts/bench/profile-summary.js DIR [top]\n");
  process.exitCode = 2;
} else {
  const profiles: Array<[string, Profile]> = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".cpuprofile"))
    .sort()) {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, name), "utf8"));
    if (isProfile(parsed)) profiles.push([name, parsed]);
  }
  // Times are shown from the start of the earliest profile (the main thread's).
  const origin = Math.min(...profiles.map(([, p]) => p.startTime));
  const all = emptySummary();
  for (const [name, profile] of profiles) {
    const summary = summarise(profile);
    print(name, summary, top, origin);
    merge(all, summary);
  }
  print("all threads", all, top, origin);
}
