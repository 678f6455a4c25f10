import { readReview } from "../api/review.js";
import type { ReviewDecision } from "../parse/review-decisions.js";
import type { CliIo } from "./io.js";

/** The decisions of the `--approved` workbook; null, after saying why, when it is not a review workbook `budget review --init` wrote. */
export async function approvedDecisions(file: string, lang: "vi" | "en", io: CliIo): Promise<readonly ReviewDecision[] | null> {
  const read = await readReview(file);
  if (read.ok) return read.decisions;
  io.stderr.write(
    lang === "vi"
      ? `--approved: ${file} không phải bảng thẩm định do budget review --init lập (cần trang Thẩm định với các cột Thẩm định và Khóa).\n`
      : `--approved: ${file} is not a review workbook made by budget review --init (expected a Review sheet with its Approved and Key columns).\n`,
  );
  return null;
}
