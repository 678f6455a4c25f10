import type { CorpusManifest } from "./corpus.js";
import { median, type Sample } from "./measure.js";

/** The samples of one command over the rounds of a run, and their medians. */
export interface CommandStats {
  /** The command line as the report shows it (paths shortened). */
  readonly label: string;
  readonly samples: readonly Sample[];
  readonly wall: number;
  readonly cpu: number;
  readonly rssMiB: number;
  /** The distinct exit codes seen. */
  readonly exitCodes: readonly number[];
}

/** The medians of some samples. */
export function summarise(label: string, samples: readonly Sample[]): CommandStats {
  return {
    label,
    samples,
    wall: median(samples.map((s) => s.wall)),
    cpu: median(samples.map((s) => s.cpu)),
    rssMiB: median(samples.map((s) => s.rssMiB)),
    exitCodes: [...new Set(samples.map((s) => s.exitCode))].sort((a, b) => a - b),
  };
}

/** Whether the tool's totals match what the generator wrote into the corpus. */
export interface Exactness {
  readonly expectedTotal: string;
  readonly reportedTotal: string | undefined;
  readonly byYearMatches: boolean;
}

/** What one round of a hand-over command left on disk. */
export interface WrittenFile {
  /** Its size in bytes, 0 when the command wrote nothing. */
  readonly bytes: number;
  /** Whether it begins as its kind must (`%PDF-`, `<!DOCTYPE html`). */
  readonly signature: boolean;
}

/** A hand-over command (the PDF, the HTML report) over the rounds, and the file each round wrote. */
export interface HandOverStats {
  readonly stats: CommandStats;
  /** One per round, in the order of `stats.samples`. */
  readonly written: readonly WrittenFile[];
}

/** The documents for leadership written from a corpus (issue 18): the PDF alone, the HTML report. */
export interface HandOver {
  readonly pdf: HandOverStats;
  readonly html: HandOverStats;
}

/** One corpus of a run: its manifest, the interleaved commands and the exactness check. */
export interface CorpusResult {
  readonly manifest: CorpusManifest;
  readonly rounds: number;
  readonly consolidate: CommandStats;
  readonly check: CommandStats;
  readonly floor: CommandStats;
  readonly exact: Exactness;
  /** Measured on the big forms corpus only (each round costs tens of seconds). */
  readonly handOver?: HandOver;
}

/** The totals JSON printed under each worker setting, compared byte for byte. */
export interface Determinism {
  readonly corpus: string;
  /** The flag that sets the number of workers, or undefined when the tool has none. */
  readonly flag: string | undefined;
  /** Each setting (`default`, `1`, `2`, …) and the SHA-256 of what it printed. */
  readonly runs: ReadonlyArray<{ readonly setting: string; readonly sha256: string; readonly exitCode: number }>;
}

/** The machine a run was measured on. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  readonly date: string;
  readonly commit: string;
  readonly uncommitted: number;
  readonly toolVersion: string;
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
}

/** A hostile input's median time over its rounds, read in the bench's own process (scripts/bench/hostile-inputs.ts). */
export interface HostileTiming {
  readonly name: string;
  readonly limitMs: number;
  /** Median milliseconds of a round, divided by the files read for a per-file case. */
  readonly ms: number;
  readonly perFile: boolean;
}

/** Everything one `npm run bench` measured. */
export interface BenchRun {
  readonly quick: boolean;
  readonly machine: Machine;
  /** `check`, or `totals --format json` when the tool has no check command yet. */
  readonly checkCommand: "check" | "totals";
  /** Whether the corpora's own plan (a registry of their agencies) was passed with `--plan`. */
  readonly planPassed: boolean;
  readonly corpora: readonly CorpusResult[];
  readonly startup: { readonly rounds: number; readonly bareNode: CommandStats; readonly version: CommandStats; readonly checkOne: CommandStats };
  readonly determinism: readonly Determinism[];
  readonly hostile: readonly HostileTiming[];
}
