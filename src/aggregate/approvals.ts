import type { Finding } from "../data/diagnostic.js";
import { type Money, ZERO } from "../data/money.js";
import { combinationKey } from "../parse/funding-source.js";
import type { ReviewDecision } from "../parse/review-decisions.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { countedNodes, type ItemNode, type SourceCell } from "./appendix-tree.js";
import { type ApprovedAmount, approvedCeilingBreaches, breachFindings } from "./ceilings.js";
import type { Consolidation } from "./consolidate.js";
import { type ReviewLine, reviewLines, withDecisions } from "./review.js";

/** What the review workbook says of the consolidation: requested, approved and their difference, in all. */
export interface ApprovalTotals {
  readonly requested: Money;
  /** The approved figures of the lines that have one. */
  readonly approved: Money;
  /** What the lines with an approved figure request: `approved` is to be read against it. */
  readonly requestedOfApproved: Money;
  /** Lines that take an approved figure, and how many have one. */
  readonly lines: number;
  readonly approvedLines: number;
}

/** The review lines of a consolidation with a review workbook's decisions carried over. */
export interface Approvals {
  readonly lines: readonly ReviewLine[];
  readonly orphans: readonly ReviewDecision[];
  readonly totals: ApprovalTotals;
}

/** The consolidation's review lines with `decisions` on them (matched as `budget review --init` matches them), and the totals. */
export function approvalsOf(consolidation: Consolidation, decisions: readonly ReviewDecision[]): Approvals {
  const review = withDecisions(reviewLines(consolidation), decisions);
  const counted = review.lines.filter((line) => line.approvable);
  let requestedOfApproved = ZERO;
  let approvedLines = 0;
  for (const line of counted) {
    if (line.decision?.approved === undefined) continue;
    requestedOfApproved = requestedOfApproved.plus(line.total);
    approvedLines++;
  }
  return {
    lines: review.lines,
    orphans: review.orphans,
    totals: { requested: review.total, approved: review.approved, requestedOfApproved, lines: counted.length, approvedLines },
  };
}

/** What the review workbook approves for an item of the consolidation's tree; undefined when nothing (yet). */
export type ApprovedOf = (node: ItemNode) => Money | undefined;

/** Where an item was read, as one string: file, sheet and cell of its code (each form row has its own). */
function cellKey(cell: SourceCell): string {
  return `${cell.file}\u0000${cell.sheet}\u0000${cell.cell ?? ""}`;
}

/**
 * The approved figure of each item of the consolidation that the review workbook approves, found by
 * the form row it was read from (the appendix's `Phụ lục` sheet shows them beside the requests).
 */
export function approvedOf(approvals: Approvals): ApprovedOf {
  const byCell = new Map<string, Money>();
  for (const line of approvals.lines) {
    const amount = line.decision?.approved;
    if (line.approvable && amount !== undefined) byCell.set(cellKey(line.cell), amount);
  }
  return (node) => (node.inTotal ? byCell.get(cellKey(node.source)) : undefined);
}

/** Approved figures added up: in all, and per funding-source combination (`CTX, NST`, as `Totals.byCombination`). */
export interface ApprovedSums {
  readonly total: Money;
  readonly byCombination: ReadonlyMap<string, Money>;
}

/**
 * The approved figures of a consolidation added up for each agency (by name), each section (by code)
 * and in all: the phase `approved`, never added to the requested figures. Items not approved (yet)
 * count nothing.
 */
export interface ApprovedTotals {
  readonly total: ApprovedSums;
  readonly bySection: ReadonlyMap<string, ApprovedSums>;
  readonly byAgency: ReadonlyMap<string, ApprovedSums>;
}

/** The approved figures of `consolidation`'s items (`approvedOf`) added up by agency, section and in all, and by combination. */
export function approvedTotals(consolidation: Consolidation, approved: ApprovedOf | Approvals): ApprovedTotals {
  const of = typeof approved === "function" ? approved : approvedOf(approved);
  const bySection = new Map<string, ApprovedSums>();
  const byAgency = new Map<string, ApprovedSums>();
  const sections: ApprovedSums[] = [];
  for (const section of consolidation.sections) {
    const agencies = section.agencies.map((agency) => {
      const sums = sumsOf(
        [...countedNodes(agency.children)].flatMap((node) => {
          const amount = of(node);
          return amount === undefined ? [] : [{ combination: combinationKey(node.fundingSources), amount }];
        }),
      );
      byAgency.set(agency.name, sums);
      return sums;
    });
    const sums = mergeSums(agencies);
    bySection.set(section.code, sums);
    sections.push(sums);
  }
  return { total: mergeSums(sections), bySection, byAgency };
}

function sumsOf(parts: readonly { readonly combination: string; readonly amount: Money }[]): ApprovedSums {
  const byCombination = new Map<string, Money>();
  let total = ZERO;
  for (const { combination, amount } of parts) {
    total = total.plus(amount);
    byCombination.set(combination, (byCombination.get(combination) ?? ZERO).plus(amount));
  }
  return { total, byCombination };
}

function mergeSums(all: readonly ApprovedSums[]): ApprovedSums {
  return sumsOf(all.flatMap((sums) => [...sums.byCombination].map(([combination, amount]) => ({ combination, amount }))));
}

/** How an item is named in a finding: its code and name (`5.1 Nâng cấp …`). */
function itemText(code: string, name: string): string {
  return code === "" ? name : `${code} ${name}`;
}

/**
 * The findings of a review workbook on a consolidation (`consolidate --approved`): an item without an
 * approved figure (BC414, at the item's cell in its form), an approval for an item the forms no longer
 * have (BC415), an approved figure above the request (BC416), a request changed since it was approved
 * (BC417), each at the Approved cell of the workbook.
 */
export function approvalFindings(approvals: Approvals): Finding[] {
  const findings: Finding[] = [];
  for (const line of approvals.lines) {
    if (!line.approvable) continue;
    const decision = line.decision;
    if (decision?.approved === undefined) {
      findings.push({
        code: "BC414",
        file: line.cell.file,
        sheet: line.cell.sheet,
        cell: line.cell.cell,
        rowCode: line.code,
        rowName: line.name,
        actual: line.total.toFixed(),
      });
      continue;
    }
    const at = { file: decision.from.file, sheet: decision.from.sheet, cell: decision.from.cell, row: decision.from.row };
    const item = itemText(line.code, line.name);
    if (decision.approved.greaterThan(line.total))
      findings.push({ code: "BC416", ...at, expected: line.total.toFixed(), actual: decision.approved.toFixed(), args: { item, agency: line.agency } });
    if (decision.state === "request-changed")
      findings.push({ code: "BC417", ...at, expected: decision.basis.toFixed(), actual: line.total.toFixed(), args: { item, agency: line.agency } });
  }
  for (const orphan of approvals.orphans) {
    findings.push({
      code: "BC415",
      file: orphan.file,
      sheet: orphan.sheet,
      cell: orphan.cell,
      row: orphan.row,
      ...(orphan.approved === undefined ? {} : { actual: orphan.approved.toFixed() }),
      args: { item: itemText(orphan.code, orphan.name), agency: orphan.agency },
    });
  }
  return findings;
}

/** BC407 on the approved figures: the ceilings for the whole plan compared with what is approved so far. */
export function approvedCeilingFindings(approvals: Approvals, index: PlanIndex): Finding[] {
  const approved: ApprovedAmount[] = [];
  for (const line of approvals.lines) {
    const amount = line.decision?.approved;
    if (!line.approvable || amount === undefined) continue;
    approved.push({
      agency: line.agency,
      sources: line.sourceCodes,
      amount,
      where: { file: line.cell.file, sheet: line.cell.sheet },
    });
  }
  return breachFindings(approvedCeilingBreaches(approved, index));
}

/** A line of the appendix's approvals sheet: a section, an agency, an item (or sub-item) or the total. */
export interface ApprovalRow {
  readonly kind: "section" | "agency" | "item" | "total";
  readonly code: string;
  readonly label: string;
  readonly depth: number;
  readonly requested: Money;
  /** Undefined for an item not approved yet. */
  readonly approved: Money | undefined;
  /** requested − approved for an approved item; a subtotal's is its rows' (items not approved yet count nothing). */
  readonly difference: Money | undefined;
  readonly reason: string;
  /** For a subtotal (a section, an agency, an item with sub-items, the total): the rows it adds up (0-based indexes). */
  readonly members?: readonly number[];
}

/**
 * The approvals of a consolidation as the rows of a table: each section with its agencies, each agency
 * with its items and sub-items (requested, approved, reason), and the total; a subtotal names the rows
 * it adds up, and its figures are their sums (an item with sub-items: theirs). In the appendix's order.
 */
export function approvalRows(approvals: Approvals, consolidation: Consolidation): ApprovalRow[] {
  const rows: ApprovalRow[] = [];
  const byAgency = new Map<string, ReviewLine[]>();
  for (const line of approvals.lines) byAgency.set(line.agency, [...(byAgency.get(line.agency) ?? []), line]);
  const sumOf = (indexes: readonly number[], pick: (row: ApprovalRow) => Money | undefined) =>
    indexes.reduce((total, i) => total.plus((rows[i] && pick(rows[i])) ?? ZERO), ZERO);
  // A subtotal's figures: its rows' sums (an item with sub-items keeps its own request, which is theirs).
  const sumsOf = (members: readonly number[]) => ({
    members,
    requested: sumOf(members, (r) => r.requested),
    approved: sumOf(members, (r) => r.approved),
    difference: sumOf(members, (r) => r.difference),
  });
  // The rows the total adds up: each section's, or the agencies of a section without a code themselves.
  const sectionRows: number[] = [];
  for (const section of consolidation.sections) {
    const sectionIndex = rows.length;
    const titled = section.code !== "";
    if (titled)
      rows.push({ kind: "section", code: section.code, label: section.name, depth: 0, requested: ZERO, approved: ZERO, difference: ZERO, reason: "" });
    const agencyRows: number[] = [];
    for (const agency of section.agencies) {
      const agencyIndex = rows.length;
      agencyRows.push(agencyIndex);
      rows.push({ kind: "agency", code: agency.code, label: agency.name, depth: 1, requested: ZERO, approved: ZERO, difference: ZERO, reason: "" });
      // Items and sub-items in order; each line that sums its sub-items is filled in once they are in.
      const open: Array<{ index: number; depth: number; members: number[] }> = [];
      const top: number[] = [];
      const close = (depth: number) => {
        while ((open.at(-1)?.depth ?? -1) >= depth) {
          const parent = open.pop();
          if (!parent) break;
          const row = rows[parent.index];
          if (row) rows[parent.index] = { ...row, ...sumsOf(parent.members), requested: row.requested };
        }
      };
      for (const line of byAgency.get(agency.name) ?? []) {
        close(line.depth);
        const index = rows.length;
        (open.at(-1)?.members ?? top).push(index);
        rows.push({
          kind: "item",
          code: line.appendixCode,
          label: line.name,
          depth: line.depth,
          requested: line.total,
          approved: line.decision?.approved,
          difference: line.decision?.approved === undefined ? undefined : line.total.minus(line.decision.approved),
          reason: line.decision?.reason ?? "",
        });
        if (!line.approvable) open.push({ index, depth: line.depth, members: [] });
      }
      close(0);
      const agencyRow = rows[agencyIndex];
      if (agencyRow) rows[agencyIndex] = { ...agencyRow, ...sumsOf(top) };
    }
    const sectionRow = titled ? rows[sectionIndex] : undefined;
    if (sectionRow) {
      rows[sectionIndex] = { ...sectionRow, ...sumsOf(agencyRows) };
      sectionRows.push(sectionIndex);
    } else sectionRows.push(...agencyRows);
  }
  rows.push({ kind: "total", code: "", label: "TỔNG CỘNG", depth: 0, reason: "", ...sumsOf(sectionRows) });
  return rows;
}
