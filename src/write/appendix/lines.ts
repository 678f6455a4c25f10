import type { Consolidation } from "../../aggregate/consolidate.js";
import { amountsOf, contributions, type Totals } from "../../aggregate/totals.js";
import type { BudgetRow } from "../../data/budget-row.js";
import { ZERO, type Money } from "../../data/money.js";

/** A figure of an appendix line: a value written as is, or a SUM over other lines with its cached value. */
export type Figure = { readonly kind: "value"; readonly value: Money | undefined } | { readonly kind: "sum"; readonly rows: readonly number[]; readonly value: Money };

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
  readonly sources: string;
  readonly legal: string;
}

/**
 * Lays the consolidation out as the lines of the appendix table from `firstRow` on: sections (I, II…),
 * agencies numbered within them, items and sub-items renumbered under their agency (`3.1`, `3.1.1`;
 * `(1)` and `a)` kept), TỔNG last. Every parent is a SUM over its children's rows, with the exact total
 * as cached value; leaves carry their values. Pure, and in sheet order, so it can be streamed out.
 */
export function appendixLines(consolidation: Consolidation, firstRow: number): AppendixLine[] {
  const years = consolidation.years;
  const lines: AppendixLine[] = [];
  let next = firstRow;
  const sumOf = (rows: readonly number[], totals: Pick<Totals, "total" | "byYear">): Pick<AppendixLine, "total" | "years"> => ({
    total: { kind: "sum", rows, value: totals.total },
    years: years.map((year): Figure => ({ kind: "sum", rows, value: totals.byYear.get(year) ?? ZERO })),
  });
  // A parent's line is pushed before its children, and completed once their rows are known.
  const open = (line: Omit<AppendixLine, "total" | "years">): number => {
    lines.push({ ...line, total: { kind: "value", value: undefined }, years: [] });
    return lines.length - 1;
  };
  const close = (index: number, figures: Pick<AppendixLine, "total" | "years">): void => {
    const line = lines[index];
    if (line) lines[index] = { ...line, ...figures };
  };

  const item = (row: BudgetRow, code: string, level: number): number => {
    const at = next++;
    const index = open({ row: at, kind: "item", code, name: row.name, level, sources: row.fundingSources.join(", "), legal: row.legalBasis });
    const totals = amountsOf(contributions([row]));
    if (row.children.some(carriesMoney)) {
      const rows = row.children.map((child, j) => item(child, appendixChildCode(child, code, j), level + 1));
      close(index, sumOf(rows, totals));
    } else {
      close(index, { total: { kind: "value", value: totals.total }, years: years.map((year): Figure => ({ kind: "value", value: row.years.get(year)?.value })) });
      for (const [j, child] of row.children.entries()) item(child, appendixChildCode(child, code, j), level + 1);
    }
    return at;
  };

  const topRows: number[] = [];
  for (const section of consolidation.sections) {
    const sectioned = section.code !== "";
    const sectionIndex = sectioned ? open({ row: next, kind: "section", code: section.code, name: section.name, level: 0, sources: "", legal: "" }) : undefined;
    if (sectioned) topRows.push(next++);
    const agencyRows: number[] = [];
    section.agencies.forEach((agency, index) => {
      const code = String(index + 1);
      const at = next++;
      agencyRows.push(at);
      const agencyIndex = open({ row: at, kind: "agency", code, name: agency.name, level: sectioned ? 1 : 0, sources: "", legal: agency.references.join("; ") });
      const itemRows = agency.items.map((row, j) => item(row, appendixChildCode(row, code, j), sectioned ? 2 : 1));
      close(agencyIndex, sumOf(itemRows, agency.totals));
    });
    if (sectionIndex === undefined) topRows.push(...agencyRows);
    else close(sectionIndex, sumOf(agencyRows, section.totals));
  }
  lines.push({ row: next, kind: "total", code: "", name: "TỔNG", level: 0, sources: "", legal: "", ...sumOf(topRows, consolidation.totals) });
  return lines;
}

function carriesMoney(row: BudgetRow): boolean {
  return row.amount !== null || row.years.size > 0 || row.children.some(carriesMoney);
}

/**
 * The code of a row in the appendix: numeric paths renumbered under their new parent (`4,5` placed
 * under agency 2 becomes `2.5`), `(1)`, `a)` and bullets kept as written.
 */
export function appendixChildCode(row: BudgetRow, parentCode: string, index: number): string {
  return row.code.kind === "path" || row.code.kind === "none" || row.code.kind === "malformed" ? `${parentCode}.${index + 1}` : row.code.text;
}
