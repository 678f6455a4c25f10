import { type Money, sum, ZERO } from "../data/money.js";
import { foldText } from "../data/text.js";
import { combinationKey } from "../parse/funding-source.js";
import type { ReviewDecision } from "../parse/review-decisions.js";
import type { ItemNode, SourceCell } from "./appendix-tree.js";
import type { Consolidation } from "./consolidate.js";
import { type Figure, lineFigures, periodsOf, sumFigures } from "./figures.js";

/** One line of the review workbook: an item or sub-item with what it requests, keyed by its agency and its codes. */
export interface ReviewLine {
  readonly agency: string;
  /** The plan section of the agency (`I`, `II`); `""` when none. */
  readonly section: string;
  /** Its code as its form wrote it (`5.1`, `(1)`), else the appendix's. */
  readonly code: string;
  /** The code the appendix gives it (`2.1`, `(1)`). */
  readonly appendixCode: string;
  /**
   * What the review workbook knows it by within its agency: the form's codes from the item down
   * (`4,5 › (1)`), with `#2`, `#3` after a key met before in the same agency (two rows coded `-`).
   */
  readonly key: string;
  readonly name: string;
  /** 2 for an agency's items, one more per level below. */
  readonly depth: number;
  /** Its funding sources as the appendix shows them (`CTX, NST`), inherited from above; `""` when none. */
  readonly source: string;
  /** Those funding-source codes, in the plan's order. */
  readonly sourceCodes: readonly string[];
  /** What it requests by period and source (a line with sub-items: their sums). */
  readonly requested: readonly Figure[];
  readonly total: Money;
  /**
   * Whether it takes an approved figure: its money counts in the total. A line summing its sub-items
   * is approved through them, so that the approved figures add up as the requested ones do.
   */
  readonly approvable: boolean;
  readonly cell: SourceCell;
  /** The decision a filled review workbook holds for it (`budget review --init` over that workbook). */
  readonly decision?: LineDecision | undefined;
}

/** A decision carried over to a line: kept as it was, or kept but marked because the request changed since. */
export interface LineDecision {
  readonly approved: Money | undefined;
  readonly reason: string;
  /** The requested total the decision was made against. */
  readonly basis: Money;
  /** `kept`: the line requests what it did when decided; `request-changed`: it requests another total now. */
  readonly state: "kept" | "request-changed";
  /** Where the decision was read: the review workbook, sheet, cell and row of its approved figure. */
  readonly from: { readonly file: string; readonly sheet: string; readonly cell: string; readonly row: number };
}

/** The review workbook as data: every item of every agency in the appendix's order, and the totals requested. */
export interface ReviewSheet {
  /** Every period requested, in order (the workbook's columns). */
  readonly periods: readonly string[];
  readonly lines: readonly ReviewLine[];
  /** The grand total requested, and by period and source. */
  readonly total: Money;
  readonly requested: readonly Figure[];
  /** The approved figures carried over, added up (the workbook's approved total). */
  readonly approved: Money;
  /** Decisions of the workbook read back whose line is gone (or no longer takes an approved figure). */
  readonly orphans: readonly ReviewDecision[];
}

/** The separator of the codes in a key (`4,5 › (1)`). */
const KEY_SEPARATOR = " › ";

/**
 * The lines of the review workbook of a consolidation (`budget review --init`): every item and
 * sub-item of every agency ("of which" rows left out: they never count), in the appendix's order, each
 * with its key, what it requests by period and source, and whether it takes an approved figure.
 */
export function reviewLines(consolidation: Consolidation): ReviewSheet {
  const lines: ReviewLine[] = [];
  for (const section of consolidation.sections) {
    for (const agency of section.agencies) {
      const seen = new Map<string, number>();
      const visit = (node: ItemNode, parentKey: string): void => {
        if (node.ofWhich) return;
        const code = node.originalCode === "" ? node.code : node.originalCode;
        const path = parentKey === "" ? code : `${parentKey}${KEY_SEPARATOR}${code}`;
        const count = (seen.get(path) ?? 0) + 1;
        seen.set(path, count);
        const key = count === 1 ? path : `${path}#${count}`;
        lines.push({
          agency: agency.name,
          section: section.code,
          code,
          appendixCode: node.code,
          key,
          name: node.row.name,
          depth: node.depth,
          source: combinationKey(node.fundingSources),
          sourceCodes: node.fundingSources,
          requested: lineFigures(node),
          total: node.totals.total,
          approvable: node.inTotal,
          cell: node.source,
        });
        for (const child of node.children) visit(child, key);
      };
      for (const item of agency.children) visit(item, "");
    }
  }
  const counted = lines.filter((line) => line.approvable);
  const requested = sumFigures(counted.flatMap((line) => line.requested));
  return {
    periods: periodsOf(lines.flatMap((line) => line.requested)),
    lines,
    total: counted.length === 0 ? ZERO : sum(counted.map((line) => line.total)),
    requested,
    approved: ZERO,
    orphans: [],
  };
}

/** Whether a decision says anything: an approved figure or a reason. */
function decided(decision: ReviewDecision): boolean {
  return decision.approved !== undefined || decision.reason !== "";
}

/**
 * The review lines with the decisions of a filled review workbook carried over, matched by agency and
 * key (then by agency and name, for an item renumbered since, when the name is unique): a decision is kept where its line requests the total it was made against, kept and marked
 * `request-changed` where the request changed since; a decision whose line is gone, or no longer takes
 * an approved figure, is an orphan. Empty lines of the old workbook carry nothing.
 */
export function withDecisions(review: ReviewSheet, decisions: readonly ReviewDecision[]): ReviewSheet {
  const byKey = new Map<string, ReviewDecision>();
  for (const decision of decisions) if (decided(decision)) byKey.set(`${foldText(decision.agency)}\u0000${decision.key}`, decision);
  const used = new Set<ReviewDecision>();
  const keyed = review.lines.map((line) => (line.approvable ? byKey.get(`${foldText(line.agency)}\u0000${line.key}`) : undefined));
  for (const decision of keyed) if (decision) used.add(decision);
  // A renumbered item keeps its decision through its name, when one line of its agency alone has that name.
  const byName = new Map<string, ReviewDecision[]>();
  for (const decision of byKey.values()) {
    if (used.has(decision)) continue;
    const name = `${foldText(decision.agency)}\u0000${foldText(decision.name)}`;
    byName.set(name, [...(byName.get(name) ?? []), decision]);
  }
  const lineNames = new Map<string, number>();
  for (const line of review.lines) {
    const name = `${foldText(line.agency)}\u0000${foldText(line.name)}`;
    lineNames.set(name, (lineNames.get(name) ?? 0) + 1);
  }
  const lines = review.lines.map((line, i): ReviewLine => {
    let decision = keyed[i];
    if (!decision && line.approvable) {
      const name = `${foldText(line.agency)}\u0000${foldText(line.name)}`;
      const candidates = byName.get(name) ?? [];
      if (candidates.length === 1 && lineNames.get(name) === 1) decision = candidates[0];
    }
    if (!decision || !line.approvable) return line;
    used.add(decision);
    return {
      ...line,
      decision: {
        approved: decision.approved,
        reason: decision.reason,
        basis: decision.basis,
        state: decision.basis.equals(line.total) ? "kept" : "request-changed",
        from: { file: decision.file, sheet: decision.sheet, cell: decision.cell, row: decision.row },
      },
    };
  });
  const approved = sum(lines.flatMap((line) => (line.decision?.approved === undefined ? [] : [line.decision.approved])));
  return { ...review, lines, approved, orphans: [...byKey.values()].filter((decision) => !used.has(decision)) };
}
