import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { CorpusManifest } from "../../scripts/bench/corpus.js";
import type { Sample } from "../../scripts/bench/measure.js";
import { type BenchRun, type CorpusResult, summarise } from "../../scripts/bench/results.js";
import { verdicts } from "../../scripts/bench/targets.js";

function stats(label: string, wall: number, rssMiB: number) {
  const sample: Sample = { wall, cpu: wall, rssMiB, exitCode: 0, stderrTail: "", stdout: "" };
  return summarise(label, [sample, sample, sample]);
}

function corpus(name: string, consolidate: [number, number], floor: [number, number]): CorpusResult {
  const manifest: CorpusManifest = {
    hash: "0",
    spec: { name, files: 1, agenciesPerFile: 1, itemsPerAgency: 1 },
    formsDir: "forms",
    planFile: "plan.json",
    files: ["a.xlsx"],
    items: 1,
    subItems: 0,
    bytes: 1,
    expected: { total: "10", byYear: { "2025": "10" } },
  };
  return {
    manifest,
    rounds: 3,
    consolidate: stats("consolidate", ...consolidate),
    check: stats("check", ...consolidate),
    floor: stats("floor", ...floor),
    exact: { expectedTotal: "10", reportedTotal: "10", byYearMatches: true },
  };
}

const RUN: BenchRun = {
  quick: false,
  machine: {
    cpu: "cpu",
    cores: 2,
    memoryGiB: 8,
    node: "v20",
    os: "Linux",
    date: "2025-07-01",
    commit: "abc",
    uncommitted: 0,
    toolVersion: "0.1.0",
    loadBefore: [],
    loadAfter: [],
  },
  checkCommand: "check",
  planPassed: true,
  corpora: [corpus("1000x50", [2.0, 600], [2.5, 100]), corpus("1x50000", [4.0, 300], [2.5, 200])],
  startup: { rounds: 10, bareNode: stats("node", 0.05, 40), version: stats("budget --version", 0.12, 40), checkOne: stats("budget check", 0.4, 60) },
  determinism: [
    {
      corpus: "1000x50",
      flag: "--jobs",
      runs: [
        { setting: "1", sha256: "aa", exitCode: 0 },
        { setting: "2", sha256: "aa", exitCode: 0 },
      ],
    },
  ],
  hostile: [
    { name: "inspectZip on a ~5 MB xlsx", limitMs: 500, ms: 80, perFile: false },
    { name: "mutated fixtures read in this thread, per file", limitMs: 200, ms: 250, perFile: true },
  ],
};

describe("the benchmark's verdicts", () => {
  const list = verdicts(RUN);
  const status = (start: string) => list.find((v) => v.target.startsWith(start));

  it("judges each target of issue 7 by the medians of one run", () => {
    expect(status("1,000 × 50 consolidate wall")).toMatchObject({ measured: "0.80×", status: "PASS" });
    expect(status("1,000 × 50 consolidate peak RSS")).toMatchObject({ measured: "600 MiB", status: "FAIL" });
    expect(status("50,000-item file consolidate wall")).toMatchObject({ measured: "1.60×", status: "FAIL" });
    expect(status("50,000-item file consolidate peak RSS")).toMatchObject({ measured: "1.50×", status: "PASS" });
    expect(status("check on one small form")).toMatchObject({ measured: "0.400 s", status: "FAIL" });
    expect(status("--version")).toMatchObject({ measured: "0.120 s", status: "PASS" });
    expect(status("1000x50: totals byte-identical")).toMatchObject({ status: "PASS" });
    expect(status("1000x50: exact totals")).toMatchObject({ status: "PASS" });
  });

  it("judges each hostile input against the limit its unit test once asserted", () => {
    expect(status("hostile input, in this process: inspectZip")).toMatchObject({ measured: "80.0 ms", status: "PASS" });
    expect(status("hostile input, in this process: mutated fixtures")).toMatchObject({ measured: "250.0 ms per file", status: "FAIL" });
  });

  it("says `not measured` for a corpus a quick run leaves out", () => {
    expect(
      verdicts({ ...RUN, corpora: [] })
        .slice(0, 4)
        .map((v) => v.status),
    ).toEqual(["not measured", "not measured", "not measured", "not measured"]);
  });

  it("the runner prints its usage", () => {
    expect(execFileSync("node", ["dist/scripts/bench/run.js", "--help"], { encoding: "utf8" })).toContain("--quick");
  });
});
