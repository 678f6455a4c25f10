import type { PivotDimension } from "../aggregate/pivot-facts.js";
import type { RollupDimension } from "../aggregate/rollup.js";
import type { Money } from "../data/money.js";
import type { Lang } from "./diagnostic-message.js";
import { formatVietnamese } from "./format-number.js";

/** The words of the terminal tables (totals, pivot, rollup): headings, the total line, the unit. */
export interface TableWords {
  readonly code: string;
  readonly agency: string;
  readonly total: string;
  readonly grandTotal: string;
  readonly noSource: string;
  readonly unknownSource: string;
  readonly amount: string;
  readonly share: string;
  readonly unit: string;
}

/**
 * The tables' words in each language. Names from the forms and the plan (agencies, sections, task
 * groups) are data and stay as written.
 */
export const TABLE_WORDS: Readonly<Record<Lang, TableWords>> = {
  vi: {
    code: "TT",
    agency: "Cơ quan, đơn vị",
    total: "Tổng",
    grandTotal: "TỔNG CỘNG",
    noSource: "Không ghi nguồn",
    unknownSource: "Không rõ nguồn",
    amount: "Kinh phí",
    share: "Tỷ lệ",
    unit: "(đơn vị: triệu đồng)",
  },
  en: {
    code: "No.",
    agency: "Agency",
    total: "Total",
    grandTotal: "GRAND TOTAL",
    noSource: "No source stated",
    unknownSource: "Unknown source",
    amount: "Amount",
    share: "Share",
    unit: "(unit: million VND)",
  },
};

/** Column headings of the pivot and rollup dimensions in English (Vietnamese: `DIMENSION_HEADINGS`, `ROLLUP_HEADINGS`). */
export const DIMENSION_HEADINGS_EN: Readonly<Record<PivotDimension | RollupDimension, string>> = {
  agency: "Agency",
  year: "Year",
  source: "Funding source",
  group: "Task group",
  section: "Section",
  period: "Period",
  phase: "Phase",
  lead: "Lead unit",
  input: "Consolidation file",
};

/** What a key not stated along a dimension is called in English (Vietnamese: `UNSTATED_LABEL`). */
export const UNSTATED_LABEL_EN: Readonly<Record<PivotDimension, string>> = {
  agency: "(agency unknown)",
  year: "Not split by year",
  source: "No source stated",
  group: "No task group",
  section: "(in no section)",
  period: "No period stated",
  phase: "Requested",
  lead: "No lead unit stated",
};

/**
 * An amount grouped the language's way: `148.165` and `0,5` in Vietnamese, `148,165` and `0.5` in
 * English, so that an English reader does not take `148.165` for a hundred and forty-eight.
 */
export function formatAmountIn(value: Money, lang: Lang): string {
  const vi = formatVietnamese(value);
  return lang === "vi" ? vi : vi.replace(/[.,]/gu, (mark) => (mark === "." ? "," : "."));
}

/** A decimal string with one decimal's separator in the language (`25,9` or `25.9`). */
export function decimalIn(text: string, lang: Lang): string {
  return lang === "vi" ? text.replace(".", ",") : text;
}
