import type { Money } from "../data/money.js";

/**
 * Writes an amount the Vietnamese way: `.` between thousands, `,` before decimals
 * (`148165` → `148.165`, `0.5` → `0,5`, `-1234.25` → `-1.234,25`).
 */
export function formatVietnamese(value: Money): string {
  const [whole = "0", fraction] = value.abs().toFixed().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value.isNegative() && !value.isZero() ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}
