import type { BenchRun, CommandStats, CorpusResult, HandOver } from "./results.js";

/** A target of issue 7 (or 18, the hand-over) and how the run fared against it. */
export interface Verdict {
  readonly target: string;
  readonly measured: string;
  /** `info` for a figure the issue asks to watch without a number to meet. */
  readonly status: "PASS" | "FAIL" | "not measured" | "info";
}

/** The names of the corpora the targets speak of. */
export const BIG_FORMS_CORPUS = "1000x50";
export const BIG_FILE_CORPUS = "1x50000";

/** Limits of issues 7 and 18 (2-core machine; ratios measured in one run). */
export const LIMITS = {
  formsWallRatio: 1.0,
  formsRssMiB: 512,
  fileWallRatio: 1.5,
  fileRssRatio: 2,
  checkOneSeconds: 0.35,
  versionSeconds: 0.15,
  /** Issue 18: a 1,000-agency run still writes the PDF and the HTML report in under this (wall median). */
  handOverSeconds: 10,
} as const;

/** Judges a run against every target; a target whose corpus was not run is `not measured`. */
export function verdicts(run: BenchRun): Verdict[] {
  const forms = run.corpora.find((c) => c.manifest.spec.name === BIG_FORMS_CORPUS);
  const file = run.corpora.find((c) => c.manifest.spec.name === BIG_FILE_CORPUS);
  const list: Verdict[] = [
    ratio(`1,000 × 50 consolidate wall ≤ ${LIMITS.formsWallRatio.toFixed(1)}× floor`, forms, (c) => c.consolidate.wall / c.floor.wall, LIMITS.formsWallRatio),
    limit(
      `1,000 × 50 consolidate peak RSS ≤ ${LIMITS.formsRssMiB} MiB`,
      forms ? `${forms.consolidate.rssMiB.toFixed(0)} MiB` : undefined,
      forms ? forms.consolidate.rssMiB <= LIMITS.formsRssMiB : undefined,
    ),
    handOver(`PDF of 1,000 agencies under ${LIMITS.handOverSeconds} s`, forms, "pdf"),
    handOver(`HTML report of 1,000 agencies under ${LIMITS.handOverSeconds} s`, forms, "html"),
    ratio(`50,000-item file consolidate wall ≤ ${LIMITS.fileWallRatio}× floor`, file, (c) => c.consolidate.wall / c.floor.wall, LIMITS.fileWallRatio),
    ratio(`50,000-item file consolidate peak RSS ≤ ${LIMITS.fileRssRatio}× floor's`, file, (c) => c.consolidate.rssMiB / c.floor.rssMiB, LIMITS.fileRssRatio),
    seconds(`check on one small form ≤ ${LIMITS.checkOneSeconds} s`, run.startup.checkOne, LIMITS.checkOneSeconds),
    seconds(`--version ≤ ${LIMITS.versionSeconds} s`, run.startup.version, LIMITS.versionSeconds),
  ];
  const medium = run.corpora.find((c) => c.manifest.spec.name === "200x50");
  if (medium && forms) {
    const growth = forms.consolidate.rssMiB / medium.consolidate.rssMiB;
    list.push({
      target: "memory grows with the largest file, not the number of files: consolidate peak RSS 1,000 × 50 ÷ 200 × 50",
      measured: `${growth.toFixed(2)}× for 5× the files`,
      status: "info",
    });
  }
  for (const d of run.determinism) {
    const same = d.runs.length > 1 && d.runs.every((r) => r.sha256 === d.runs[0]?.sha256 && r.exitCode === d.runs[0]?.exitCode);
    const settings = d.runs.map((r) => r.setting).join(", ");
    list.push(
      d.flag === undefined
        ? {
            target: `${d.corpus}: totals byte-identical whatever the number of workers`,
            measured: `no worker option in the CLI; repeated runs (${settings}) ${same ? "identical" : "DIFFER"}`,
            status: "not measured",
          }
        : limit(`${d.corpus}: totals byte-identical whatever the number of workers`, `${d.flag} ${settings}: ${same ? "identical" : "DIFFER"}`, same),
    );
  }
  for (const h of run.hostile) {
    const unit = h.perFile ? " ms per file" : " ms";
    list.push(limit(`hostile input, in this process: ${h.name} ≤ ${h.limitMs}${unit}`, `${h.ms.toFixed(1)}${unit}`, h.ms <= h.limitMs));
  }
  for (const c of run.corpora) {
    const ok = c.exact.reportedTotal === c.exact.expectedTotal && c.exact.byYearMatches;
    const codes = [...new Set([...c.consolidate.exitCodes, ...c.check.exitCodes])];
    list.push(
      limit(
        `${c.manifest.spec.name}: consolidate and check exit 0 on the clean corpus`,
        `exit ${codes.join(", ")}`,
        codes.every((code) => code === 0),
      ),
    );
    list.push(
      limit(
        `${c.manifest.spec.name}: exact totals (generator's ${c.exact.expectedTotal})`,
        `reported ${c.exact.reportedTotal ?? "nothing"}${c.exact.byYearMatches ? "" : ", years differ"}`,
        ok,
      ),
    );
  }
  return list;
}

function limit(target: string, measured: string | undefined, pass: boolean | undefined): Verdict {
  if (measured === undefined || pass === undefined) return { target, measured: "—", status: "not measured" };
  return { target, measured, status: pass ? "PASS" : "FAIL" };
}

function ratio(target: string, corpus: CorpusResult | undefined, of: (c: CorpusResult) => number, max: number): Verdict {
  if (!corpus) return limit(target, undefined, undefined);
  const value = of(corpus);
  return limit(target, `${value.toFixed(2)}×`, value <= max);
}

/**
 * A hand-over output of the big forms corpus: its wall median against the limit, and every round must
 * have exited 0 and written a non-empty file of its kind (a run that wrote nothing fast does not pass).
 */
function handOver(target: string, corpus: CorpusResult | undefined, kind: keyof HandOver): Verdict {
  const output = corpus?.handOver?.[kind];
  if (!corpus || !output || output.stats.samples.length === 0) return limit(target, undefined, undefined);
  const { stats, written } = output;
  const failures = stats.samples.flatMap((sample, index) => {
    const file = written[index];
    const problems = [
      ...(sample.exitCode === 0 ? [] : [`exit ${sample.exitCode}`]),
      ...(!file || file.bytes === 0 ? ["nothing written"] : file.signature ? [] : [`not ${kind === "pdf" ? "a PDF" : "HTML"}`]),
    ];
    return problems.length === 0 ? [] : [`round ${index + 1}: ${problems.join(", ")}`];
  });
  const measured = `${stats.wall.toFixed(2)} s (${(stats.wall / corpus.floor.wall).toFixed(2)}× floor)${failures.length === 0 ? "" : `; ${failures.join("; ")}`}`;
  return limit(target, measured, failures.length === 0 && stats.wall <= LIMITS.handOverSeconds);
}

function seconds(target: string, stats: CommandStats, max: number): Verdict {
  return limit(target, `${stats.wall.toFixed(3)} s`, stats.wall <= max);
}
