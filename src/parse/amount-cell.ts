import type { Amount } from "../data/budget-row.js";
import type { Finding } from "../data/diagnostic.js";
import type { Cell } from "../data/grid.js";
import { cellAddress } from "../data/grid.js";
import { Money, moneyFromCellNumber } from "../data/money.js";
import { conventionAt, type NumberConventions } from "../layout/number-convention.js";
import { type ColumnScale, exponentAt } from "../layout/unit.js";
import { isAmountNumber, parseVietnameseNumber } from "./vietnamese-number.js";

/** Where a row is, for the findings made while reading its cells. */
export interface RowContext {
  readonly file: string;
  readonly sheet: string;
  readonly rowCode: string;
  readonly rowName: string;
  /** How the file, and each column, writes number text, when its amounts tell. */
  readonly conventions?: NumberConventions | undefined;
}

/**
 * Reads an amount cell into triệu đồng (`scale` gives the power of ten of its column's unit). Numbers
 * go through Excel's 15 significant digits; text is read the Vietnamese way. Blank and `-` give null.
 * Findings: not a number, or a number no amount can be (NaN, ±Infinity, 10^15 or more: BC201),
 * negative (BC202), ambiguous text (BC203), finer than one đồng (BC204), formula without a cached
 * value or with an error value (BC205).
 */
export function readAmount(cell: Cell | undefined, scale: ColumnScale, context: RowContext, findings: Finding[]): Amount | null {
  if (!cell) return null;
  const at = cellAddress(cell.row, cell.col);
  const where = { file: context.file, sheet: context.sheet, cell: at, row: cell.row + 1, rowCode: context.rowCode, rowName: context.rowName };
  let value: Money;
  switch (cell.value.kind) {
    case "number":
      // NaN, an infinity or 1e308 stored as a number would otherwise become a silly total.
      if (!isAmountNumber(cell.value.value)) {
        findings.push({ ...where, code: "BC201", actual: String(cell.value.value) });
        return null;
      }
      value = moneyFromCellNumber(cell.value.value);
      break;
    case "text": {
      const parsed = parseVietnameseNumber(cell.value.value, conventionAt(context.conventions, cell.col));
      if (parsed.kind === "empty") return null;
      if (parsed.kind === "invalid") {
        findings.push({ ...where, code: "BC201", actual: cell.value.value });
        return null;
      }
      if (parsed.ambiguous) findings.push({ ...where, code: "BC203", actual: cell.value.value, expected: parsed.value.toFixed() });
      value = parsed.value;
      break;
    }
    case "formula-without-value":
      findings.push({ ...where, code: "BC205", args: { formula: cell.formula ?? "" } });
      return null;
    case "error":
      findings.push({ ...where, code: "BC205", actual: cell.value.value, args: { formula: cell.formula ?? "" } });
      return null;
    case "boolean":
      findings.push({ ...where, code: "BC201", actual: String(cell.value.value) });
      return null;
  }
  const exponent = exponentAt(scale, cell.col);
  const millions = exponent === 0 ? value : value.times(powerOfTen(exponent));
  if (millions.isNegative() && !millions.isZero()) findings.push({ ...where, code: "BC202", actual: millions.toFixed() });
  if (millions.decimalPlaces() > 6) findings.push({ ...where, code: "BC204", actual: millions.toFixed() });
  return { value: millions, cell: at };
}

// The factors of the four units, made once: a table in đồng would otherwise build two Decimals per cell.
const POWERS = new Map<number, Money>();

/** 10^exponent, exact. */
function powerOfTen(exponent: number): Money {
  let power = POWERS.get(exponent);
  if (power === undefined) {
    power = new Money(10).pow(exponent);
    POWERS.set(exponent, power);
  }
  return power;
}
