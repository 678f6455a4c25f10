import type { Amount } from "../data/budget-row.js";
import type { Finding } from "../data/diagnostic.js";
import type { Cell } from "../data/grid.js";
import { cellAddress } from "../data/grid.js";
import { Money, moneyFromCellNumber } from "../data/money.js";
import type { RawRow } from "../layout/data-rows.js";
import { conventionAt } from "../layout/number-convention.js";
import { type ColumnScale, exponentAt } from "../layout/unit.js";
import { type RowContext, readAmount } from "./amount-cell.js";
import { isAmountNumber, parseVietnameseNumber } from "./vietnamese-number.js";

/** The unit names by the power of ten that turns them into triệu đồng (`unit.ts`'s four units). */
const UNIT_NAMES = new Map<number, string>([
  [-6, "đồng"],
  [-3, "nghìn đồng"],
  [0, "triệu đồng"],
  [3, "tỷ đồng"],
]);

/**
 * Checks a cost-estimate row (`Số lượng | Đơn giá | Thành tiền`): quantity × unit price must equal the
 * amount, exactly, each converted from its column's unit. A row without all three figures, or whose
 * quantity or unit price is not a plain number, is not checked: the check never guesses. The finding
 * (BC219) points at the amount cell and states both figures in that column's unit, as the sheet prints
 * them, with the quantity and unit price as written and their cells.
 */
export function checkQuantityTimesPrice(raw: RawRow, amount: Amount | null, scale: ColumnScale, context: RowContext, findings: Finding[]): void {
  if (amount === null) return;
  const quantityCell = raw.fields.get("quantity");
  const priceCell = raw.fields.get("unitPrice");
  if (quantityCell === undefined || priceCell === undefined) return;
  const quantity = plainNumber(quantityCell, context);
  // Findings about the unit price's own cell are not this check's: a unit price is never added up.
  const price = readAmount(priceCell, scale, context, []);
  if (quantity === undefined || price === null) return;
  const expected = quantity.times(price.value);
  if (expected.eq(amount.value)) return;
  const amountCell = raw.fields.get("amount");
  const exponent = amountCell === undefined ? scale.sheet : exponentAt(scale, amountCell.col);
  const inColumnUnit = (value: Money) => (exponent === 0 ? value : value.times(new Money(10).pow(-exponent)));
  findings.push({
    file: context.file,
    sheet: context.sheet,
    cell: amount.cell,
    row: raw.row + 1,
    rowCode: context.rowCode,
    rowName: context.rowName,
    code: "BC219",
    expected: inColumnUnit(expected).toFixed(),
    actual: inColumnUnit(amount.value).toFixed(),
    args: {
      quantity: cellShown(quantityCell),
      quantityCell: cellAddress(quantityCell.row, quantityCell.col),
      price: cellShown(priceCell),
      priceCell: price.cell,
      unit: UNIT_NAMES.get(exponent) ?? "",
    },
  });
}

/** A quantity: a number, or text that reads one way only (`12`, `1.500`, `0,5`); anything else is undefined. */
function plainNumber(cell: Cell, context: RowContext): Money | undefined {
  if (cell.value.kind === "number") return isAmountNumber(cell.value.value) ? moneyFromCellNumber(cell.value.value) : undefined;
  if (cell.value.kind !== "text") return undefined;
  const parsed = parseVietnameseNumber(cell.value.value, conventionAt(context.conventions, cell.col));
  return parsed.kind === "number" && !parsed.ambiguous ? parsed.value : undefined;
}

/** A cell's figure as written: the text, or the stored number. */
function cellShown(cell: Cell): string {
  if (cell.value.kind === "text") return cell.value.value.trim();
  if (cell.value.kind === "number") return String(cell.value.value);
  return "";
}
