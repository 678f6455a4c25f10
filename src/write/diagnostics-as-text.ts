import type { Diagnostic, Severity } from "../data/diagnostic.js";
import type { CheckOutcome } from "../validate/check-outcome.js";
import { countBySeverity } from "../validate/file-status.js";
import { diagnosticHint, diagnosticLocation, diagnosticMessage, diagnosticValues, type Lang } from "./diagnostic-message.js";

/** Paints a piece of text; the identity when colour is off. */
export type Paint = (kind: "error" | "warning" | "info" | "dim", text: string) => string;

const LABELS: Readonly<Record<Lang, { readonly expected: string; readonly actual: string }>> = {
  vi: { expected: "kỳ vọng", actual: "thực tế" },
  en: { expected: "expected", actual: "actual" },
};

/**
 * The severity words of the text report, as the appendix's `Kiểm tra` sheet writes them. Colour and
 * the machine formats (`--format github`, `sarif`, `json`) keep `error`/`warning`/`info`, which
 * problem matchers look for.
 */
export const SEVERITY_WORDS: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "thông tin" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** A row name longer than this is cut, so one finding stays a few lines. */
const ROW_NAME_MAX = 100;

/** The lines under a diagnostic's first line: the row, expected vs actual, the hint. */
export function diagnosticDetails(d: Diagnostic, lang: Lang): string[] {
  const lines: string[] = [];
  const name = d.rowName && d.rowName.length > ROW_NAME_MAX ? `${d.rowName.slice(0, ROW_NAME_MAX - 1)}…` : d.rowName;
  if (d.rowCode || name) lines.push([d.rowCode, name].filter(Boolean).join(" "));
  const { expected, actual } = diagnosticValues(d, lang);
  const values = [expected !== undefined ? `${LABELS[lang].expected}: ${expected}` : "", actual !== undefined ? `${LABELS[lang].actual}: ${actual}` : ""];
  if (expected !== undefined || actual !== undefined) lines.push(values.filter(Boolean).join(" · "));
  if (d.severity !== "info") lines.push(`→ ${diagnosticHint(d, lang)}`);
  return lines;
}

/** Findings of one code in one sheet shown in full before the rest are counted in one line. */
export const REPEATS_SHOWN = 20;

/**
 * Renders diagnostics as text, one block each: `file:Sheet!E14: lỗi BC212 message` (`error BC212`
 * in English), then the row's code and name, expected vs actual, and a hint. The severity is a word
 * of the language (`SEVERITY_WORDS`): this report is read by people; tools read `--format github`,
 * `sarif` or `json`, which keep the English tokens, and the code after it is the same either way. Past
 * {@link REPEATS_SHOWN} findings of one code in one sheet (a form with 5,000 stray columns), one line
 * counts the rest: the machine formats list them all. Pure: colour comes in as a function.
 */
export function diagnosticsAsText(diagnostics: readonly Diagnostic[], lang: Lang, paint: Paint = (_, t) => t): string {
  const total = new Map<string, number>();
  for (const d of diagnostics) {
    const key = repeatKey(d);
    total.set(key, (total.get(key) ?? 0) + 1);
  }
  const shown = new Map<string, number>();
  const lines: string[] = [];
  for (const d of diagnostics) {
    const key = repeatKey(d);
    const count = (shown.get(key) ?? 0) + 1;
    shown.set(key, count);
    const location = diagnosticLocation(d);
    const prefix = location === "" ? "" : `${location}: `;
    if (count === REPEATS_SHOWN + 1) {
      const rest = (total.get(key) ?? count) - REPEATS_SHOWN;
      lines.push(`${prefix.replace(/!\w+: $/u, ": ")}${paint(d.severity, `${SEVERITY_WORDS[lang][d.severity]} ${d.code}`)} ${moreText(rest, lang)}`);
    }
    if (count > REPEATS_SHOWN) continue;
    lines.push(`${prefix}${paint(d.severity, `${SEVERITY_WORDS[lang][d.severity]} ${d.code}`)} ${diagnosticMessage(d, lang)}`);
    for (const detail of diagnosticDetails(d, lang)) lines.push(paint("dim", `    ${detail}`));
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

function repeatKey(d: Diagnostic): string {
  return `${d.file}\u0000${d.sheet ?? ""}\u0000${d.code}`;
}

/** `… and 4,980 more in this sheet (--format json lists them all)`, grouped the language's way. */
function moreText(rest: number, lang: Lang): string {
  const grouped = String(rest).replace(/\B(?=(\d{3})+(?!\d))/gu, lang === "vi" ? "." : ",");
  return lang === "vi"
    ? `… và ${grouped} phát hiện như thế nữa trong trang này (--format json liệt kê tất cả)`
    : `… and ${grouped} more like these in this sheet (--format json lists them all)`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** How many errors and warnings: `3 lỗi, 2 cảnh báo` or `3 errors, 2 warnings`. */
export function countsText(diagnostics: readonly Diagnostic[], lang: Lang): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  return lang === "vi" ? `${errors} lỗi, ${warnings} cảnh báo` : `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}

/** The closing summary line: `✖ 3 lỗi, 2 cảnh báo trong 2/19 tệp`, `⚠ …` with warnings only, or `✔ …`. */
export function summaryLine(diagnostics: readonly Diagnostic[], fileCount: number, lang: Lang): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const filesWith = new Set(diagnostics.filter((d) => d.severity !== "info" && d.file !== "").map((d) => d.file)).size;
  const mark = errors > 0 ? "✖" : warnings > 0 ? "⚠" : "✔";
  return lang === "vi"
    ? `${mark} ${countsText(diagnostics, lang)} trong ${filesWith}/${fileCount} tệp\n`
    : `${mark} ${countsText(diagnostics, lang)} in ${filesWith}/${plural(fileCount, "file")}\n`;
}

/**
 * Why warnings alone failed a run, as a line under the summary: `✖ Thất bại vì --strict: 3 cảnh báo
 * được tính là lỗi.` or `✖ Thất bại vì --max-warnings 2: có 3 cảnh báo.`; empty when the run passed
 * or its errors failed it (the summary already counts them). Without it, exit 1 with `0 lỗi` reads as
 * a bug.
 */
export function outcomeLine(outcome: CheckOutcome, lang: Lang): string {
  const n = outcome.warnings;
  if (outcome.failedBy === "strict") {
    return lang === "vi"
      ? `✖ Thất bại vì --strict: ${n} cảnh báo được tính là lỗi.\n`
      : `✖ Failed because of --strict: ${plural(n, "warning")} ${n === 1 ? "counts" : "count"} as errors.\n`;
  }
  if (outcome.failedBy === "max-warnings") {
    const most = outcome.maxWarnings ?? 0;
    return lang === "vi"
      ? `✖ Thất bại vì --max-warnings ${most}: có ${n} cảnh báo, nhiều hơn ${most}.\n`
      : `✖ Failed because of --max-warnings ${most}: ${plural(n, "warning")}, more than ${most}.\n`;
  }
  return "";
}
