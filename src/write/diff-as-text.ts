import type { BudgetDiff, FigureChange, ItemDiff } from "../aggregate/diff.js";
import type { Money } from "../data/money.js";
import type { Lang } from "./diagnostic-message.js";
import { DIFF_WORDS, itemNotes, signedAmount } from "./diff-words.js";
import { figureLabel } from "./figure-words.js";
import { formatAmountIn } from "./table-words.js";

/** `before → after (+change)`. */
function fromTo(before: Money, after: Money, change: Money, lang: Lang): string {
  return `${formatAmountIn(before, lang)} → ${formatAmountIn(after, lang)} (${signedAmount(change, lang)})`;
}

function changeLine(change: FigureChange, indent: string, lang: Lang): string {
  return `${indent}${figureLabel(change, lang)}: ${fromTo(change.before, change.after, change.change, lang)}`;
}

const MARKS = { added: "+", removed: "-", changed: "~", unchanged: " " } as const;

function itemLines(item: ItemDiff, lang: Lang): string[] {
  const indent = "  ".repeat(item.depth - 1);
  const side = item.after ?? item.before;
  const code = item.renumbered && item.before && item.after ? `${item.before.code} → ${item.after.code}` : (side?.code ?? "");
  const notes = itemNotes(item, lang);
  const head = `${indent}${MARKS[item.status]} ${code} ${side?.name ?? ""}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
  return [head, ...item.listed.map((change) => changeLine(change, `${indent}    `, lang))];
}

/**
 * The diff as text for a terminal (`budget diff`): the versions compared, then each agency with
 * something listed (its total before and after), its items marked `+` added, `-` removed, `~` changed,
 * each changed figure by period and source, its total's changes; then the grand total's, and a summary
 * line. Without anything listed: the totals and `Không có thay đổi.`
 */
export function diffAsText(diff: BudgetDiff, options: { readonly before: string; readonly after: string; readonly lang: Lang }): string {
  const { lang } = options;
  const words = DIFF_WORDS[lang];
  // `(đơn vị: triệu đồng; không kể thay đổi dưới 100)` with a threshold.
  const unit = diff.minimum.isZero() ? words.unit : words.unit.replace(/\)$/u, `; ${words.below(formatAmountIn(diff.minimum, lang))})`);
  const lines = [`${words.heading(options.before, options.after)} ${unit}`, ""];
  const listed = diff.agencies.filter((agency) => agency.material);
  for (const agency of listed) {
    const status = agency.status === "added" || agency.status === "removed" ? ` (${words.statuses[agency.status]})` : "";
    lines.push(`${agency.name}${status}: ${fromTo(agency.before, agency.after, agency.change, lang)}`);
    for (const item of agency.items) if (item.material) lines.push(...itemLines(item, lang));
    if (agency.changes.length > 0) {
      lines.push(`  ${words.agencyEffect}:`);
      for (const change of agency.changes) lines.push(changeLine(change, "    ", lang));
    }
    lines.push("");
  }
  const total = diff.total;
  lines.push(`${words.grandTotal}: ${fromTo(total.before, total.after, total.change, lang)}`);
  for (const change of total.changes) lines.push(changeLine(change, "  ", lang));
  const items = listed.reduce((count, agency) => count + agency.items.filter((item) => item.material).length, 0);
  lines.push("", diff.changed ? words.summary(items, listed.length) : words.nothing);
  return `${lines.join("\n")}\n`;
}
