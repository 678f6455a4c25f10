import type { Amount, BudgetRow, GroupMark, RowRole } from "../data/budget-row.js";
import type { Finding } from "../data/diagnostic.js";
import { cellAddress } from "../data/grid.js";
import type { RawRow } from "../layout/data-rows.js";
import type { NumberConventions } from "../layout/number-convention.js";
import { cellLines, cellText } from "../layout/sheet-text.js";
import type { ColumnScale } from "../layout/unit.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { type RowContext, readAmount } from "./amount-cell.js";
import { parseFundingSources } from "./funding-source.js";
import { checkQuantityTimesPrice } from "./quantity-price.js";
import { parseRowCode } from "./row-code.js";

/** A parsed row before the tree gives it a role and children. */
export type RowDraft = Omit<BudgetRow, "role" | "children" | "reference">;

/**
 * Reads one raw row into typed values: the code, texts, amounts in triệu đồng (`scale` gives each
 * column's unit as a power of ten), funding-source codes and task-group marks. Pushes the findings made on the way.
 */
export function parseRow(
  raw: RawRow,
  scale: ColumnScale,
  file: string,
  sheet: string,
  index: PlanIndex,
  findings: Finding[],
  conventions?: NumberConventions,
): RowDraft {
  const text = (field: Parameters<typeof raw.fields.get>[0]) => cellText(raw.fields.get(field));
  const codeText = text("code");
  const name = text("name");
  const context: RowContext = { file, sheet, rowCode: codeText, rowName: name, conventions };
  const amount = (field: "amount" | "recurrentTotal" | "publicInvestment") => readAmount(raw.fields.get(field), scale, context, findings);

  const periods = new Map<string, Amount>();
  for (const [period, cell] of raw.periods) {
    const value = readAmount(cell, scale, context, findings);
    if (value) periods.set(period, value);
  }
  const groups = new Map<string, GroupMark>();
  for (const [key, cell] of raw.groups) {
    if (cell.value.kind === "text" && /^[xX✓✔]$/.test(cell.value.value.trim())) {
      groups.set(key, { kind: "x", cell: cellAddress(cell.row, cell.col) });
      continue;
    }
    const value = readAmount(cell, scale, context, findings);
    if (value && !value.value.isZero()) groups.set(key, { kind: "amount", amount: value });
  }
  const funding = parseFundingSources(sourceText(cellLines(raw.fields.get("fundingSource")), raw.moreSources), index);
  const fundingCell = raw.fields.get("fundingSource");
  const periodCell = raw.fields.get("period");
  for (const token of funding.unknown) {
    findings.push({
      file,
      sheet,
      ...(fundingCell ? { cell: cellAddress(fundingCell.row, fundingCell.col), row: fundingCell.row + 1 } : {}),
      rowCode: codeText,
      rowName: name,
      code: "BC401",
      actual: token,
    });
  }
  const total = amount("amount");
  checkQuantityTimesPrice(raw, total, scale, context, findings);
  return {
    row: raw.row,
    hidden: raw.hidden,
    code: parseRowCode(codeText),
    codeCell: cellAddress(raw.row, raw.codeCol),
    name,
    amount: total,
    recurrentTotal: amount("recurrentTotal"),
    publicInvestment: amount("publicInvestment"),
    periods,
    fundingSources: funding.codes,
    periodSources: funding.byPeriod,
    period: text("period"),
    periodCell: periodCell ? cellAddress(periodCell.row, periodCell.col) : undefined,
    legalBasis: text("legalBasis"),
    leadUnit: text("leadUnit"),
    objective: text("objective"),
    groups,
  };
}

/** The text of a row's source cells: one cell's, or the cells of a header spanning several joined as one combination. */
function sourceText(first: string, more: RawRow["moreSources"]): string {
  if (more.length === 0) return first;
  return [first, ...more.map(cellText)].filter((text) => text !== "").join(", ");
}

/** Whether a row carries any figure at all. */
export function hasFigures(row: RowDraft): boolean {
  return row.amount !== null || row.recurrentTotal !== null || row.publicInvestment !== null || row.periods.size > 0;
}

/**
 * Completes a draft with its role, reference and (empty) children. The fields are listed rather than
 * spread: every row then has one shape, which profiles showed is much cheaper to build and read.
 */
export function withRole(draft: RowDraft, role: RowRole, reference = ""): BudgetRow {
  return {
    row: draft.row,
    hidden: draft.hidden,
    code: draft.code,
    codeCell: draft.codeCell,
    name: draft.name,
    amount: draft.amount,
    recurrentTotal: draft.recurrentTotal,
    publicInvestment: draft.publicInvestment,
    periods: draft.periods,
    fundingSources: draft.fundingSources,
    periodSources: draft.periodSources,
    period: draft.period,
    periodCell: draft.periodCell,
    legalBasis: draft.legalBasis,
    leadUnit: draft.leadUnit,
    objective: draft.objective,
    groups: draft.groups,
    role,
    reference,
    children: [],
  };
}
