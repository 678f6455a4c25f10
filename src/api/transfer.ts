import type { Amount, AgencyBlock, BudgetRow, GroupMark, Submission } from "../data/budget-row.js";
import { Money } from "../data/money.js";
import type { FileResult } from "./parse-file.js";

/** An amount as it crosses a thread boundary: decimal.js values lose their prototype when cloned. */
interface WireAmount {
  readonly value: string;
  readonly cell: string;
}
type WireMark = { readonly kind: "x"; readonly cell: string } | { readonly kind: "amount"; readonly amount: WireAmount };
interface WireRow extends Omit<BudgetRow, "amount" | "recurrentTotal" | "publicInvestment" | "years" | "groups" | "children"> {
  readonly amount: WireAmount | null;
  readonly recurrentTotal: WireAmount | null;
  readonly publicInvestment: WireAmount | null;
  readonly years: ReadonlyArray<readonly [number, WireAmount]>;
  readonly groups: ReadonlyArray<readonly [string, WireMark]>;
  readonly children: readonly WireRow[];
}
interface WireAgency extends Omit<AgencyBlock, "row" | "items"> {
  readonly row: WireRow | undefined;
  readonly items: readonly WireRow[];
}
interface WireSubmission extends Omit<Submission, "agencies" | "statedTotal"> {
  readonly agencies: readonly WireAgency[];
  readonly statedTotal: WireRow | undefined;
}

/** A `FileResult` in a form that survives `postMessage` (structured clone). */
export interface WireFileResult extends Omit<FileResult, "submissions"> {
  readonly submissions: readonly WireSubmission[];
}

const toWireAmount = (amount: Amount | null): WireAmount | null => (amount ? { value: amount.value.toFixed(), cell: amount.cell } : null);
const fromWireAmount = (amount: WireAmount | null): Amount | null => (amount ? { value: new Money(amount.value), cell: amount.cell } : null);

function toWireRow(row: BudgetRow): WireRow {
  return {
    ...row,
    amount: toWireAmount(row.amount),
    recurrentTotal: toWireAmount(row.recurrentTotal),
    publicInvestment: toWireAmount(row.publicInvestment),
    years: [...row.years].map(([year, amount]) => [year, { value: amount.value.toFixed(), cell: amount.cell }] as const),
    groups: [...row.groups].map(([key, mark]): readonly [string, WireMark] => [key, mark.kind === "x" ? mark : { kind: "amount", amount: { value: mark.amount.value.toFixed(), cell: mark.amount.cell } }]),
    children: row.children.map(toWireRow),
  };
}

function fromWireRow(row: WireRow): BudgetRow {
  return {
    ...row,
    amount: fromWireAmount(row.amount),
    recurrentTotal: fromWireAmount(row.recurrentTotal),
    publicInvestment: fromWireAmount(row.publicInvestment),
    years: new Map(row.years.map(([year, amount]) => [year, { value: new Money(amount.value), cell: amount.cell }])),
    groups: new Map(row.groups.map(([key, mark]): [string, GroupMark] => [key, mark.kind === "x" ? mark : { kind: "amount", amount: { value: new Money(mark.amount.value), cell: mark.amount.cell } }])),
    children: row.children.map(fromWireRow),
  };
}

/** Encodes a file's result for another thread: amounts as exact decimal strings. */
export function toWire(result: FileResult): WireFileResult {
  return {
    ...result,
    submissions: result.submissions.map((s) => ({
      ...s,
      agencies: s.agencies.map((a) => ({ ...a, row: a.row ? toWireRow(a.row) : undefined, items: a.items.map(toWireRow) })),
      statedTotal: s.statedTotal ? toWireRow(s.statedTotal) : undefined,
    })),
  };
}

/** Decodes what `toWire` produced, back into `Money` amounts. */
export function fromWire(result: WireFileResult): FileResult {
  return {
    ...result,
    submissions: result.submissions.map((s) => ({
      ...s,
      agencies: s.agencies.map((a) => ({ ...a, row: a.row ? fromWireRow(a.row) : undefined, items: a.items.map(fromWireRow) })),
      statedTotal: s.statedTotal ? fromWireRow(s.statedTotal) : undefined,
    })),
  };
}
