import { type ReviewSheet, reviewLines, withDecisions } from "../aggregate/review.js";
import { type ReviewDecision, type ReviewRead, reviewDecisions } from "../parse/review-decisions.js";
import type { Input } from "../run/input.js";
import { type ConsolidateResult, consolidate } from "./consolidate.js";
import type { ReadOptions } from "./read-options.js";

/** Forms read for review: their consolidation, and the lines of the review workbook. */
export interface ReviewResult extends ConsolidateResult {
  readonly review: ReviewSheet;
}

/** Options of `review`: how to read, and the decisions of a filled review workbook to carry over. */
export interface ReviewOptions extends ReadOptions {
  readonly decisions?: readonly ReviewDecision[] | undefined;
}

/**
 * Reads the forms to review (paths or `{ name, bytes }`) as `consolidate` does, and lays out the lines
 * of the review workbook (`budget review --init`): every item of every agency with what it requests,
 * keyed by agency and codes, with `decisions` (from `readReview`) carried over where their item still
 * is. Never throws on bad input.
 */
export async function review(inputs: readonly Input[], options: ReviewOptions = {}): Promise<ReviewResult> {
  const result = await consolidate(inputs, options);
  const lines = reviewLines(result.consolidation);
  return { ...result, review: options.decisions ? withDecisions(lines, options.decisions) : lines };
}

/** The decisions of a review workbook on disk (`budget review --init` wrote it, an officer filled it); not one when it cannot be read as one. */
export async function readReview(file: string): Promise<ReviewRead> {
  // The reader (SheetJS) loads only when a review workbook is read: `consolidate` imports this module.
  const { readGrid } = await import("../read/read-file.js");
  const read = await readGrid(file);
  return read.ok ? reviewDecisions(read.grid) : { ok: false, problem: "not-review" };
}

/** The review workbook of a `review` result as .xlsx bytes, its texts in `lang`, stamped `date` (else `SOURCE_DATE_EPOCH`, else 2000-01-01). */
export async function reviewWorkbook(result: ReviewResult, options: { readonly lang?: "vi" | "en"; readonly date?: Date } = {}): Promise<Uint8Array> {
  const [{ reviewAsXlsx }, { outputDate }] = await Promise.all([import("../write/review-as-workbook.js"), import("../write/appendix/output-date.js")]);
  return reviewAsXlsx(result.review, { lang: options.lang ?? "vi", planName: result.plan.name, date: options.date ?? outputDate(process.env) });
}
