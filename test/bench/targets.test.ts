import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { CorpusManifest } from "../../scripts/bench/corpus.js";
import type { Sample } from "../../scripts/bench/measure.js";
import { renderReport } from "../../scripts/bench/report.js";
import { type BenchRun, type CorpusResult, type HandOverStats, summarise } from "../../scripts/bench/results.js";
import { verdicts } from "../../scripts/bench/targets.js";
import { CHECK_USAGE } from "../../scripts/bench/tool.js";

function stats(label: string, wall: number, rssMiB: number) {
  const sample: Sample = { wall, cpu: wall, rssMiB, exitCode: 0, stderrTail: "", stdout: "" };
  return summarise(label, [sample, sample, sample]);
}

/** A hand-over command's three rounds: their wall seconds, exit codes and the bytes each wrote. */
function handOver(
  walls: [number, number, number],
  exits: [number, number, number] = [0, 0, 0],
  bytes: [number, number, number] = [9000, 9000, 9000],
): HandOverStats {
  const samples: Sample[] = walls.map((wall, i) => ({ wall, cpu: wall * 0.9, rssMiB: 300 + i * 10, exitCode: exits[i] ?? 0, stderrTail: "", stdout: "" }));
  return { stats: summarise("hand-over", samples), written: bytes.map((b) => ({ bytes: b, signature: b > 0 })) };
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
  corpora: [
    { ...corpus("1000x50", [2.0, 600], [2.5, 100]), handOver: { pdf: handOver([9.5, 8.0, 11.0]), html: handOver([12.0, 10.5, 13.0]) } },
    corpus("1x50000", [4.0, 300], [2.5, 200]),
  ],
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
        .slice(0, 6)
        .map((v) => v.status),
    ).toEqual(["not measured", "not measured", "not measured", "not measured", "not measured", "not measured"]);
  });
});

describe("the hand-over verdicts of issue 18 (1,000 agencies, 10 s)", () => {
  const withHandOver = (pdf: HandOverStats, html: HandOverStats): BenchRun => ({
    ...RUN,
    corpora: [{ ...corpus("1000x50", [2.0, 400], [2.5, 100]), handOver: { pdf, html } }],
  });
  const find = (run: BenchRun, start: string) => verdicts(run).find((v) => v.target.startsWith(start));

  it("judges the wall median of each against 10 s, with its ratio to the floor", () => {
    expect(find(RUN, "PDF of 1,000 agencies")).toEqual({ target: "PDF of 1,000 agencies under 10 s", measured: "9.50 s (3.80× floor)", status: "PASS" });
    expect(find(RUN, "HTML report of 1,000 agencies")).toEqual({
      target: "HTML report of 1,000 agencies under 10 s",
      measured: "12.00 s (4.80× floor)",
      status: "FAIL",
    });
  });

  it("passes at exactly 10 s", () => {
    expect(find(withHandOver(handOver([10, 10, 10]), handOver([10, 9, 11])), "HTML report")).toMatchObject({
      measured: "10.00 s (4.00× floor)",
      status: "PASS",
    });
  });

  it("fails a fast run that exited non-zero or wrote nothing, naming the round", () => {
    const run = withHandOver(handOver([1.0, 1.1, 1.2], [0, 1, 0], [9000, 0, 9000]), handOver([1.0, 1.0, 1.0], [0, 0, 0], [9000, 9000, 0]));
    expect(find(run, "PDF of")).toMatchObject({ measured: "1.10 s (0.44× floor); round 2: exit 1, nothing written", status: "FAIL" });
    expect(find(run, "HTML report of")).toMatchObject({ measured: "1.00 s (0.40× floor); round 3: nothing written", status: "FAIL" });
  });

  it("fails a file that is not of its kind", () => {
    const wrong: HandOverStats = { ...handOver([1, 1, 1]), written: [1, 2, 3].map(() => ({ bytes: 500, signature: false })) };
    expect(find(withHandOver(wrong, wrong), "PDF of")?.measured).toBe("1.00 s (0.40× floor); round 1: not a PDF; round 2: not a PDF; round 3: not a PDF");
    expect(find(withHandOver(wrong, wrong), "HTML report of")?.status).toBe("FAIL");
  });

  it("says `not measured` when the big forms corpus ran without them", () => {
    const run: BenchRun = { ...RUN, corpora: [corpus("1000x50", [2.0, 400], [2.5, 100])] };
    expect(find(run, "PDF of")).toMatchObject({ measured: "—", status: "not measured" });
    expect(find(run, "HTML report of")).toMatchObject({ measured: "—", status: "not measured" });
  });

  it("shows them in their own section of the results page, min / median / max per round", () => {
    const page = renderReport(RUN, verdicts(RUN));
    const section = page.slice(page.indexOf("## Hand-over"), page.indexOf("## Determinism"));
    expect(section).toContain("## Hand-over: the PDF and the HTML report (1000x50, 3 rounds, issue 18)");
    expect(section).toContain(
      "| `consolidate -o <tmp>.pdf` (PDF alone) | 8.00 / 9.50 / 11.00 | 7.20 / 8.55 / 9.90 | 300 / 310 / 320 | 3.80 | 3.42 | 3.10 | 0 | 9000 / 9000 / 9000 |",
    );
    expect(section).toContain("| `report -o <tmp>.html` | 10.50 / 12.00 / 13.00 |");
    expect(page).toContain("| PDF of 1,000 agencies under 10 s | 9.50 s (3.80× floor) | PASS |");
    expect(page).toContain("| HTML report of 1,000 agencies under 10 s | 12.00 s (4.80× floor) | **FAIL** |");
  });

  it("recognises `budget check` by its usage line, in Vietnamese as in English", () => {
    for (const lang of ["vi", "en"]) {
      expect(execFileSync("node", ["bin/budget.js", "check", "--help", "--lang", lang], { encoding: "utf8" })).toMatch(CHECK_USAGE);
    }
    expect(CHECK_USAGE.test(execFileSync("node", ["bin/budget.js", "totals", "--help"], { encoding: "utf8" }))).toBe(false);
  });

  it("the runner prints its usage", () => {
    expect(execFileSync("node", ["dist/scripts/bench/run.js", "--help"], { encoding: "utf8" })).toContain("--quick");
  });
});
