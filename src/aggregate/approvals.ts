import type { Finding } from "../data/diagnostic.js";
import { type Money, ZERO } from "../data/money.js";
import type { ReviewDecision } from "../parse/review-decisions.js";
import type { PlanIndex } from "../plan/plan-index.js";
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
