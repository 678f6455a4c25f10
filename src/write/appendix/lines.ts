import type { ItemNode, LineTotals } from "../../aggregate/appendix-tree.js";
import type { ApprovedOf } from "../../aggregate/approvals.js";
import type { Consolidation } from "../../aggregate/consolidate.js";
import { UNKNOWN_SOURCE_LABEL } from "../../aggregate/pivot-facts.js";
import type { BudgetRow } from "../../data/budget-row.js";
import { type Money, ZERO } from "../../data/money.js";
import { periodText } from "../../data/period.js";
import { UNKNOWN_SOURCE } from "../../parse/funding-source.js";

/** A figure of an appendix line: a value written as is, or a SUM over other lines with its cached value. */
export type Figure =
  | { readonly kind: "value"; readonly value: Money | undefined }
  | { readonly kind: "sum"; readonly rows: readonly number[]; readonly value: Money };

/** One line of the `Phụ lục` table, with the sheet row it goes to. */
export interface AppendixLine {
  readonly row: number;
  readonly kind: "section" | "agency" | "item" | "total";
  readonly code: string;
  readonly name: string;
  /** Outline level: sections 0, agencies 1 (0 without sections), then one more per level of items. */
  readonly level: number;
  readonly total: Figure;
  readonly years: readonly Figure[];
  /**
   * With `--approved`: what the review workbook approves and the request less it. An item without an
   * approved figure has neither (empty cells); a line that sums others has the SUMs of theirs, in which
   * such an item counts nothing.
   */
  readonly approved?: Figure | undefined;
  readonly difference?: Figure | undefined;
  readonly sources: string;
  readonly legal: string;
  /** An item's lead unit (as the consolidation names it), period and objective as its form gave them; `""` on other lines. */
  readonly leadUnit: string;
  readonly period: string;
  readonly objective: string;
}

/** Whether a line names a lead unit: the appendix then shows the column by default. */
export function hasLeadUnit(line: AppendixLine): boolean {
  return line.leadUnit !== "";
}

/** The figures a line that sums others carries: total and periods, and with approvals the approved and difference. */
type SumFigures = Pick<AppendixLine, "total" | "years" | "approved" | "difference">;

/** The texts of a line that is not an item: none. */
const NO_TEXTS = { sources: "", legal: "", leadUnit: "", period: "", objective: "" } as const;

/**
 * Lays the consolidation's tree out as the lines of the appendix table from `firstRow` on: sections
 * (I, II…), agencies, items and sub-items with the codes the tree gives them, TỔNG last. Each line
 * gets its sheet row; a line that sums its children is a SUM over their rows, with the tree's exact
 * total as cached value; other lines carry their values. With `approved` (`--approved`), each line
 * also has its approved figure and the difference, summed the same way. Pure, and in sheet order, so
 * it can be streamed out.
 */
export function appendixLines(consolidation: Consolidation, firstRow: number, approved?: ApprovedOf): AppendixLine[] {
  const years = consolidation.periods;
  const lines: AppendixLine[] = [];
  let next = firstRow;
  // Every line takes the next row: the line at `row` is lines[row - firstRow].
  const sumOfLines = (rows: readonly number[], pick: (line: AppendixLine) => Figure | undefined): Figure => ({
    kind: "sum",
    rows,
    value: rows.reduce((total, row) => {
      const line = lines[row - firstRow];
      return total.plus((line && pick(line)?.value) ?? ZERO);
    }, ZERO),
  });
  const sumOf = (rows: readonly number[], totals: LineTotals): SumFigures => ({
    total: { kind: "sum", rows, value: totals.total },
    years: years.map((year): Figure => ({ kind: "sum", rows, value: totals.byPeriod.get(year) ?? ZERO })),
    ...(approved ? { approved: sumOfLines(rows, (line) => line.approved), difference: sumOfLines(rows, (line) => line.difference) } : {}),
  });
  // An item's own approved figure, and its request less it; nothing for an item not approved (yet).
  const ownApproval = (node: ItemNode): Pick<AppendixLine, "approved" | "difference"> => {
    const amount = approved?.(node);
    if (amount === undefined) return {};
    return { approved: { kind: "value", value: amount }, difference: { kind: "value", value: node.totals.total.minus(amount) } };
  };
  // A parent's line is pushed before its children, and completed once their rows are known.
  const open = (line: Omit<AppendixLine, "total" | "years">): number => {
    lines.push({ ...line, total: { kind: "value", value: undefined }, years: [] });
    return lines.length - 1;
  };
  const close = (index: number, figures: SumFigures): void => {
    const line = lines[index];
    if (line) lines[index] = { ...line, ...figures };
  };

  // Without section lines, every outline level moves up one.
  const item = (node: ItemNode, shift: number): number => {
    const at = next++;
    const index = open({
      row: at,
      kind: "item",
      code: node.code,
      name: node.row.name,
      level: node.depth - shift,
      sources: sourcesText(node.row),
      legal: node.row.legalBasis,
      leadUnit: node.leadUnit,
      period: node.row.period,
      objective: node.row.objective,
    });
    // "Of which" rows only detail their parent: the appendix leaves them out, so that every figure it
    // shows is part of its sums (one added to a column by hand would be counted twice); --rows keeps them.
    const rows = node.children.flatMap((child) => (child.ofWhich ? [] : [item(child, shift)]));
    const { totals } = node;
    close(
      index,
      node.sumsChildren
        ? sumOf(rows, totals)
        : {
            total: { kind: "value", value: totals.total },
            years: years.map((year): Figure => ({ kind: "value", value: totals.byPeriod.get(year) })),
            ...ownApproval(node),
          },
    );
    return at;
  };

  const topRows: number[] = [];
  for (const section of consolidation.sections) {
    const sectioned = section.code !== "";
    const shift = sectioned ? 0 : 1;
    const sectionIndex = sectioned ? open({ row: next, kind: "section", code: section.code, name: section.name, level: 0, ...NO_TEXTS }) : undefined;
    if (sectioned) topRows.push(next++);
    const agencyRows: number[] = [];
    for (const agency of section.agencies) {
      const at = next++;
      agencyRows.push(at);
      const agencyIndex = open({
        row: at,
        kind: "agency",
        code: agency.code,
        name: agency.name,
        level: agency.depth - shift,
        ...NO_TEXTS,
        legal: agency.references.join("; "),
      });
      const itemRows = agency.children.map((child) => item(child, shift));
      close(agencyIndex, sumOf(itemRows, agency.totals));
    }
    if (sectionIndex === undefined) topRows.push(...agencyRows);
    else close(sectionIndex, sumOf(agencyRows, section.totals));
  }
  lines.push({ row: next, kind: "total", code: "", name: "TỔNG", level: 0, ...NO_TEXTS, ...sumOf(topRows, consolidation.totals) });
  return lines;
}

/**
 * The sources a line shows: its combination (`CTX, NST`), then each line of its source cell naming a
 * period (`CTX; ĐTPT (2026–2030)`); a source the plan does not know as `Không rõ nguồn`.
 */
function sourcesText(row: BudgetRow): string {
  const text = (codes: readonly string[]) => (codes.includes(UNKNOWN_SOURCE) ? UNKNOWN_SOURCE_LABEL : codes.join(", "));
  const own = text(row.fundingSources);
  if (row.periodSources.length === 0) return own;
  const lines = row.periodSources.map((line) => `${text(line.codes)} (${periodText(line.period)})`);
  return [own, ...lines].filter((part) => part !== "").join("; ");
}
