import { type ReviewSheet, reviewLines } from "../aggregate/review.js";
import type { Input } from "../run/input.js";
import { type ConsolidateResult, consolidate } from "./consolidate.js";
import type { ReadOptions } from "./read-options.js";

/** Forms read for review: their consolidation, and the lines of the review workbook. */
export interface ReviewResult extends ConsolidateResult {
  readonly review: ReviewSheet;
}

/**
 * Reads the forms to review (paths or `{ name, bytes }`) as `consolidate` does, and lays out the lines
 * of the review workbook (`budget review --init`): every item of every agency with what it requests,
 * keyed by agency and codes. Never throws on bad input.
 */
export async function review(inputs: readonly Input[], options: ReadOptions = {}): Promise<ReviewResult> {
  const result = await consolidate(inputs, options);
  return { ...result, review: reviewLines(result.consolidation) };
}

/** The review workbook of a `review` result as .xlsx bytes, its texts in `lang`, stamped `date` (else `SOURCE_DATE_EPOCH`, else 2000-01-01). */
export async function reviewWorkbook(result: ReviewResult, options: { readonly lang?: "vi" | "en"; readonly date?: Date } = {}): Promise<Uint8Array> {
  const [{ reviewAsXlsx }, { outputDate }] = await Promise.all([import("../write/review-as-workbook.js"), import("../write/appendix/output-date.js")]);
  return reviewAsXlsx(result.review, { lang: options.lang ?? "vi", planName: result.plan.name, date: options.date ?? outputDate(process.env) });
}
