import type { Finding } from "../data/diagnostic.js";
import type { Submission } from "../data/budget-row.js";
import { foldText } from "../data/text.js";
import type { SheetLayout } from "../layout/find-layout.js";
import type { Plan } from "../plan/schema.js";
import { buildTree } from "./build-tree.js";
import { parseRow, type RowDraft } from "./parse-row.js";

/**
 * Parses the table of a sheet into a `Submission`: typed rows in an agency → item tree and the stated
 * total. `fileLabel` names the agency of a form that has no agency rows and whose title names none.
 */
export function parseSheet(file: string, layout: SheetLayout, plan: Plan, fileLabel: string, findings: Finding[]): Submission {
  const exponent = layout.unit.exponent;
  const drafts: RowDraft[] = layout.rows.map((raw) => {
    const draft = parseRow(raw, exponent, file, layout.sheet, plan, findings, layout.numberConvention);
    // An appendix whose only amount column is "Kinh phí năm 2025" states that year's money.
    if (layout.amountYear !== undefined && draft.years.size === 0 && draft.amount) {
      return { ...draft, years: new Map([[layout.amountYear, draft.amount]]) };
    }
    return draft;
  });
  const tree = buildTree(drafts, { file, sheet: layout.sheet, fallbackAgency: agencyFromTitle(layout.titleLines, plan) ?? fileLabel }, findings);
  const submission: Submission = {
    file,
    sheet: layout.sheet,
    unit: layout.unit.name,
    agencies: tree.agencies,
    statedTotal: tree.statedTotal,
    rowsRead: layout.rows.length,
    groupColumns: layout.columns.flatMap((column) => (column.role.kind === "group" ? [column.role.key] : [])),
  };
  if (tree.agencies.every((agency) => agency.items.length === 0 && !agency.row)) {
    findings.push({ file, sheet: layout.sheet, code: "BC106" });
  }
  return submission;
}

/** The registry agency named in the title block (`… SỞ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025`), if any: the longest spelling found, the first in the registry among equals. */
function agencyFromTitle(lines: readonly string[], plan: Plan): string | undefined {
  const title = ` ${lines.map(foldText).join(" ")} `;
  const byFirstWord = spellingsOf(plan);
  let best: Spelling | undefined;
  for (const word of new Set(title.split(" "))) {
    for (const spelling of byFirstWord.get(word) ?? []) {
      const better = !best || spelling.key.length > best.key.length || (spelling.key.length === best.key.length && spelling.order < best.order);
      if (better && title.includes(spelling.padded)) best = spelling;
    }
  }
  return best?.name;
}

/** A folded registry spelling, with the spaces that make it a whole-word match in a title, and its place in the registry. */
interface Spelling {
  readonly key: string;
  readonly padded: string;
  readonly name: string;
  readonly order: number;
}

const SPELLINGS = new WeakMap<Plan, ReadonlyMap<string, readonly Spelling[]>>();

/**
 * Every folded registry spelling long enough to find in a title, by its first word, built once per
 * plan: a title is then checked against the spellings that start with one of its words, not against
 * the whole registry (with 1,000 agencies that showed in profiles).
 */
function spellingsOf(plan: Plan): ReadonlyMap<string, readonly Spelling[]> {
  let spellings = SPELLINGS.get(plan);
  if (!spellings) {
    const byFirstWord = new Map<string, Spelling[]>();
    const all = plan.agencies.flatMap((agency) => [agency.name, ...agency.aliases].map((spelling) => ({ key: foldText(spelling), name: agency.name })));
    all.forEach(({ key, name }, order) => {
      if (key.length < 6) return;
      const first = key.split(" ")[0] ?? key;
      const spelling: Spelling = { key, padded: ` ${key} `, name, order };
      const list = byFirstWord.get(first);
      if (list) list.push(spelling);
      else byFirstWord.set(first, [spelling]);
    });
    spellings = byFirstWord;
    SPELLINGS.set(plan, spellings);
  }
  return spellings;
}
