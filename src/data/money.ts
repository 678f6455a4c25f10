import { Decimal } from "decimal.js";

/** Decimal configured for money: 40 significant digits, so sums of many large amounts never round. */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = InstanceType<typeof Money>;

/**
 * No amount is written as text in more characters than this (30 digits, their separators, a sign, `đồng`):
 * longer text is invalid before any pattern sees it, so no pattern can be made to run long.
 */
export const MAX_AMOUNT_TEXT = 64;

/** The zero amount. */
export const ZERO: Money = new Money(0);

/**
 * Turns a spreadsheet number into an exact amount the way Excel shows it: through 15 significant
 * digits, so `0.1 + 0.2` stored as 0.30000000000000004 becomes 0.3.
 */
export function moneyFromCellNumber(value: number): Money {
  // A whole number of at most 15 digits is exact as it is: the text round trip would change nothing.
  // Negative zero is left to the round trip, which makes it 0.
  if (Number.isInteger(value) && Math.abs(value) < 1e15 && !Object.is(value, -0)) return new Money(value);
  return new Money(value.toPrecision(15));
}

/** Adds a list of amounts exactly; the empty list sums to zero. */
export function sum(values: Iterable<Money>): Money {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

/** The canonical text of an amount: plain decimal notation, no exponent, no trailing zeros. */
export function moneyToString(value: Money): string {
  return value.toFixed();
}
