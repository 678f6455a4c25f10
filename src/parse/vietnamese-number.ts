import type { Money } from "../data/money.js";
import { MAX_AMOUNT_TEXT, Money as MoneyValue } from "../data/money.js";
import type { NumberConvention } from "../layout/number-convention.js";

/** The result of reading an amount written as text. */
export type NumberText = { kind: "empty" } | { kind: "number"; value: Money; ambiguous: boolean } | { kind: "invalid" };

// Strict shapes first: decimal.js would accept "0x10", "1e6", "Infinity" and "NaN".
const GROUPED_DOT = /^\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.234.567 or 1.234,5
const GROUPED_SPACE = /^\d{1,3}( \d{3})+(,\d+)?$/; // 1 234 567 or 1 234,5
const PLAIN = /^\d+(,\d+)?$/; // 1090 or 0,5
const DOT_DECIMAL = /^\d+\.\d+$/; // 1.5 or 60.12: not Vietnamese grouping
const COMMA_GROUPED = /^\d{1,3}(,\d{3})+$/; // 60,000: grouping in en-US, a decimal in Vietnamese
/** `2,615,000` or `1,234.5`: only English reads these. */
const EN_ONLY = /^\d{1,3}(,\d{3}){2,}(\.\d+)?$|^\d{1,3}(,\d{3})+\.\d+$/;
const EN_NUMBER = /^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/; // 1,234.5 or 1.5, in a file that writes English
const DASHES = /^[-–—‒]+$/;
const MAX_DIGITS = 30;
/**
 * The largest amount a cell may state, in its sheet's unit: 10^15. Excel keeps 15 significant digits,
 * so no larger figure in a workbook is exact, and none that large is a budget (10^15 đồng is several
 * times the national budget; in triệu đồng, far beyond world output). Text or number, above it is
 * BC201, not a silly total.
 */
export const MAX_AMOUNT = 1e15;
/** A trailing unit; `(?<!\s)` starts a match only at the start of a run of spaces, so each run is scanned once. */
const UNIT_SUFFIX = /(?<!\s)\s*(đồng|đ|vnđ|vnd)$/i;

/**
 * Reads an amount written the Vietnamese way: `.` or a space groups thousands, `,` is the decimal mark
 * (`31.575` = 31575, `0,5` = 0.5). `-` and blank are empty; `(1.000)` and a leading minus are
 * negative; a trailing `đ`/`đồng` is allowed. Text that could be read two ways (`1.5`, `60,000`) is
 * read the Vietnamese way where possible and marked ambiguous, unless the file's `convention` (what
 * its other amounts show) decides: `en` reads `1,234.5` and `1.5` the English way, `vi` reads `1,500`
 * as 1,5. Text only English writes (`2,615,000`, `1,234.5`) is read the English way. Anything else is invalid.
 */
export function parseVietnameseNumber(input: string, convention?: NumberConvention): NumberText {
  let text = input.replace(/[\u00a0\u2007\u202f]/g, " ").trim();
  if (text.length > MAX_AMOUNT_TEXT) return { kind: "invalid" };
  text = text.replace(UNIT_SUFFIX, "").trim();
  if (text === "" || DASHES.test(text)) return { kind: "empty" };
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised?.[1] !== undefined) {
    negative = true;
    text = parenthesised[1].trim();
  } else if (/^[-−]/.test(text)) {
    negative = true;
    text = text.slice(1).trim();
  }
  if (text.replace(/\D/g, "").length > MAX_DIGITS) return { kind: "invalid" };

  let canonical: string;
  let ambiguous = false;
  // Text only English reads (`2,615,000`) is read so in any file: it has no other reading. A file or a column
  // that also writes Vietnamese is reported (BC220); only text that reads two ways waits for a convention.
  if ((convention === "en" && EN_NUMBER.test(text)) || EN_ONLY.test(text)) {
    const value = new MoneyValue(text.replace(/,/g, ""));
    if (value.abs().gte(MAX_AMOUNT)) return { kind: "invalid" };
    return { kind: "number", value: negative ? value.negated() : value, ambiguous: false };
  }
  if (GROUPED_DOT.test(text) || GROUPED_SPACE.test(text) || PLAIN.test(text)) {
    canonical = text.replace(/[. ]/g, "").replace(",", ".");
  } else if (COMMA_GROUPED.test(text)) {
    canonical = text.replace(",", ".");
    ambiguous = true;
  } else if (DOT_DECIMAL.test(text)) {
    canonical = text;
    ambiguous = true;
  } else {
    return { kind: "invalid" };
  }
  // One comma group like "1,500" is both the Vietnamese 1.5 and the en-US 1500.
  if (/^\d{1,3},\d{3}$/.test(text) && convention !== "vi") ambiguous = true;
  const value = new MoneyValue(canonical);
  if (value.abs().gte(MAX_AMOUNT)) return { kind: "invalid" };
  return { kind: "number", value: negative ? value.negated() : value, ambiguous };
}

/** Whether a number stored in a cell can be an amount: finite, and below {@link MAX_AMOUNT} either way. */
export function isAmountNumber(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) < MAX_AMOUNT;
}
