import type { Diagnostic } from "../data/diagnostic.js";
import { checkOutcome } from "../validate/check-outcome.js";
import type { FileStatus } from "../validate/file-status.js";
import type { Lang } from "./diagnostic-message.js";
import { countsText, diagnosticsAsText, outcomeLine } from "./diagnostics-as-text.js";

/** Escapes text for XML content and attributes, dropping characters XML 1.0 cannot hold. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * Renders a check as a JUnit XML report with one test case per file: an unreadable file is an
 * `<error>`, a file with errors (or with warnings under `strict`) a `<failure>` holding its findings
 * as text; the findings of a passing file go to `<system-out>`. More warnings than `maxWarnings`
 * fail no file but the whole check, so they are one more test case, named for the flag, failed with
 * the reason: otherwise the report would show no failure for a check that exits 1.
 */
export function diagnosticsAsJunit(
  diagnostics: readonly Diagnostic[],
  files: readonly FileStatus[],
  options: { lang: Lang; strict: boolean; maxWarnings?: number | undefined },
): string {
  const { lang } = options;
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  for (const status of files) {
    const own = diagnostics.filter((d) => d.file === status.file);
    const text = diagnosticsAsText(own, lang);
    const summary = countsText(own, lang);
    const first = own.find((d) => d.severity === "error") ?? own[0];
    let body = "";
    if (status.status === "unreadable") {
      errors++;
      body = `      <error message="${xml(summary)}" type="BC101">${xml(text)}</error>\n`;
    } else if (status.errors > 0 || (options.strict && status.warnings > 0)) {
      failures++;
      body = `      <failure message="${xml(summary)}" type="${xml(first?.code ?? "")}">${xml(text)}</failure>\n`;
    } else if (text !== "") {
      body = `      <system-out>${xml(text)}</system-out>\n`;
    }
    const open = `    <testcase classname="budget.check" name="${xml(status.file)}" file="${xml(status.file)}"`;
    cases.push(body === "" ? `${open}/>\n` : `${open}>\n${body}    </testcase>\n`);
  }
  const outcome = checkOutcome(diagnostics, options);
  if (outcome.failedBy === "max-warnings") {
    failures++;
    const name = xml(`--max-warnings ${outcome.maxWarnings ?? 0}`);
    const reason = xml(outcomeLine(outcome, lang).replace(/^✖ /u, "").trimEnd());
    cases.push(`    <testcase classname="budget.check" name="${name}">\n      <failure message="${reason}" type="max-warnings"/>\n    </testcase>\n`);
  }
  const counts = `tests="${cases.length}" failures="${failures}" errors="${errors}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="budget check" ${counts}>\n  <testsuite name="budget check" ${counts} skipped="0">\n${cases.join("")}  </testsuite>\n</testsuites>\n`;
}
