import { check } from "../api/check.js";
import { parseCodeList } from "../validate/select-codes.js";
import { diagnosticsAsGithub } from "../write/diagnostics-as-github.js";
import { diagnosticsAsJson } from "../write/diagnostics-as-json.js";
import { diagnosticsAsJunit } from "../write/diagnostics-as-junit.js";
import { diagnosticsAsSarif } from "../write/diagnostics-as-sarif.js";
import { diagnosticsAsText, summaryLine } from "../write/diagnostics-as-text.js";
import type { CommonOptions, FileLimits } from "./common-options.js";
import { EXIT, exitCodeFor } from "./exit-code.js";
import { loadActivePlan } from "./plan-active.js";
import { progressBar } from "./progress-bar.js";
import { err, out, painter, wantsColor } from "./terminal.js";

/** Options of `budget check`. */
export interface CheckOptions extends CommonOptions, FileLimits {
  readonly format: string;
  readonly maxWarnings: number | undefined;
  /** The `--only` and `--ignore` lists as typed. */
  readonly only: string | undefined;
  readonly ignore: string | undefined;
  readonly plan: string | undefined;
  /** The `--sheet` to read in every file, when given. */
  readonly sheet: string | undefined;
  readonly version: string;
}

/** Whether a `--only`/`--ignore` list (when given) names something that is no code; prints what it does not understand. */
function badCodeList(flag: string, text: string | undefined, options: CheckOptions): boolean {
  if (text === undefined) return false;
  const list = parseCodeList(text);
  if (list.unknown.length === 0 && list.codes.size > 0) return false;
  const words = list.unknown.join(", ") || text;
  err(options.lang === "vi" ? `${flag}: không có mã: ${words}. Xem docs/DIAGNOSTICS.md.\n` : `${flag}: no such code: ${words}. See docs/DIAGNOSTICS.md.\n`);
  return true;
}

/**
 * Runs `budget check`: reads and checks every input, prints the report in the chosen format on
 * stdout, and returns the exit code: 0 without errors (and within `--strict`/`--max-warnings`), 1
 * with findings, 2 for a usage error or an input that cannot be opened.
 */
export async function runCheck(inputs: readonly string[], options: CheckOptions): Promise<number> {
  const badOnly = badCodeList("--only", options.only, options);
  if (badCodeList("--ignore", options.ignore, options) || badOnly) return EXIT.usage;
  const active = await loadActivePlan(options.plan, options.lang);
  if (!active) return EXIT.usage;
  const result = await check(inputs, { plan: active.index, sheet: options.sheet, workers: options.workers, fileTimeMs: options.fileTimeMs, fileHeapMb: options.fileHeapMb, only: options.only, ignore: options.ignore, onProgress: progressBar(process.stderr, options) });
  if (result.files.length === 0) {
    err(options.lang === "vi" ? "Không tìm thấy tệp biểu mẫu nào.\n" : "No form files found.\n");
    return EXIT.usage;
  }
  const { diagnostics, files: statuses } = result;
  const { lang } = options;
  const tool = { name: "budget", version: options.version };
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics;
  switch (options.format) {
    case "json":
      out(diagnosticsAsJson(diagnostics, statuses, { lang, tool }));
      break;
    case "sarif":
      out(diagnosticsAsSarif(diagnostics, { lang, tool }));
      break;
    case "github":
      out(diagnosticsAsGithub(shown, lang));
      break;
    case "junit":
      out(diagnosticsAsJunit(diagnostics, statuses, { lang, strict: options.strict }));
      break;
    default:
      out(diagnosticsAsText(shown, lang, painter(wantsColor(process.stdout, options.color))));
      if (!options.quiet || shown.length > 0) out(summaryLine(diagnostics, statuses.length, lang));
  }
  return exitCodeFor(diagnostics, { strict: options.strict, maxWarnings: options.maxWarnings });
}
