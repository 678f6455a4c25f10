import type { Roster } from "../aggregate/roster.js";
import type { Lang } from "./diagnostic-message.js";
import { notFormText, STATUS_WORDS, statusAmount, statusLines } from "./status-lines.js";
import { terminalTable } from "./terminal-table.js";

/**
 * The roster as a terminal table (`budget status`): one row per section, agency and superseded file, in
 * the appendix's order, the total last; under it the unit, the deadline when given, the summary line and
 * the files that are not forms. Section and total lines are drawn with `bold`.
 */
export function statusAsTable(roster: Roster, options: { readonly color: boolean; readonly bold: (text: string) => string; readonly lang: Lang }): string {
  const { lang, bold } = options;
  const words = STATUS_WORDS[lang];
  const rows = statusLines(roster, lang).map((line) => {
    const strong = line.kind === "section" || line.kind === "total" ? bold : (text: string) => text;
    return [
      strong(line.code),
      strong(line.label),
      line.state,
      line.file,
      line.received,
      line.errors === undefined ? "" : String(line.errors),
      line.warnings === undefined ? "" : String(line.warnings),
      strong(statusAmount(line.total, lang)),
    ];
  });
  const table = terminalTable(
    { head: words.headings, rows, align: ["left", "left", "left", "left", "left", "right", "right", "right"], rowRules: false },
    { color: options.color },
  );
  const after = [
    words.unit,
    ...(roster.deadline === undefined ? [] : [words.deadline(roster.deadline)]),
    words.summary(roster.summary),
    ...(roster.notForms.length > 0 ? [words.notForms, ...roster.notForms.map((n) => `  ${notFormText(n, lang)}`)] : []),
  ];
  return `${table}\n${after.join("\n")}\n`;
}
