import { deserialize, serialize } from "node:v8";
import type { Amount, AgencyBlock, BudgetRow, GroupMark, RowCode, RowRole, Submission } from "../data/budget-row.js";
import { Money } from "../data/money.js";
import type { FileResult } from "./parse-file.js";

/** An amount as it crosses a thread boundary: decimal.js values lose their prototype when cloned. */
type WireAmount = readonly [value: string, cell: string];
type WireYear = readonly [year: number, value: string, cell: string];
type WireMark = readonly [key: string, cell: string] | readonly [key: string, cell: string, value: string];

/**
 * A row as it crosses a thread boundary: a tuple rather than an object, since structured cloning
 * copies every key name of every object, and that cost showed in profiles (a file sends thousands).
 */
type WireRow = readonly [
  row: number,
  hidden: boolean,
  code: RowCode,
  codeCell: string,
  name: string,
  amount: WireAmount | null,
  recurrentTotal: WireAmount | null,
  publicInvestment: WireAmount | null,
  years: readonly WireYear[],
  fundingSources: readonly string[],
  period: string,
  periodCell: string | null,
  legalBasis: string,
  leadUnit: string,
  objective: string,
  groups: readonly WireMark[],
  role: RowRole,
  reference: string,
  children: readonly WireRow[],
];
interface WireAgency extends Omit<AgencyBlock, "row" | "items"> {
  readonly row: WireRow | undefined;
  readonly items: readonly WireRow[];
}
interface WireSubmission extends Omit<Submission, "agencies" | "statedTotal"> {
  readonly agencies: readonly WireAgency[];
  readonly statedTotal: WireRow | undefined;
}

/** A `FileResult` in a form that survives V8's serializer (structured clone) and is cheap to serialize. */
interface WireFileResult extends Omit<FileResult, "submissions"> {
  readonly submissions: readonly WireSubmission[];
}

const toWireAmount = (amount: Amount | null): WireAmount | null => (amount ? [amount.value.toFixed(), amount.cell] : null);
const fromWireAmount = (amount: WireAmount | null): Amount | null => (amount ? { value: new Money(amount[0]), cell: amount[1] } : null);

function toWireRow(row: BudgetRow): WireRow {
  const years: WireYear[] = [];
  for (const [year, amount] of row.years) years.push([year, amount.value.toFixed(), amount.cell]);
  const groups: WireMark[] = [];
  for (const [key, mark] of row.groups) groups.push(mark.kind === "x" ? [key, mark.cell] : [key, mark.amount.cell, mark.amount.value.toFixed()]);
  return [
    row.row,
    row.hidden,
    row.code,
    row.codeCell,
    row.name,
    toWireAmount(row.amount),
    toWireAmount(row.recurrentTotal),
    toWireAmount(row.publicInvestment),
    years,
    row.fundingSources,
    row.period,
    row.periodCell ?? null,
    row.legalBasis,
    row.leadUnit,
    row.objective,
    groups,
    row.role,
    row.reference,
    row.children.map(toWireRow),
  ];
}

function fromWireRow(wire: WireRow): BudgetRow {
  const [row, hidden, code, codeCell, name, amount, recurrentTotal, publicInvestment, years, fundingSources, period, periodCell, legalBasis, leadUnit, objective, groups, role, reference, children] = wire;
  return {
    row,
    hidden,
    code,
    codeCell,
    name,
    amount: fromWireAmount(amount),
    recurrentTotal: fromWireAmount(recurrentTotal),
    publicInvestment: fromWireAmount(publicInvestment),
    years: new Map(years.map(([year, value, cell]) => [year, { value: new Money(value), cell }])),
    fundingSources,
    period,
    periodCell: periodCell ?? undefined,
    legalBasis,
    leadUnit,
    objective,
    groups: new Map(groups.map((mark): [string, GroupMark] => (mark.length === 2 ? [mark[0], { kind: "x", cell: mark[1] }] : [mark[0], { kind: "amount", amount: { value: new Money(mark[2]), cell: mark[1] } }]))),
    role,
    reference,
    children: children.map(fromWireRow),
  };
}

/**
 * A file's result as bytes for another thread (`toWire`, then V8's serializer, the one `postMessage`
 * uses). Sent as bytes, their buffer can be handed over instead of cloned, and the receiver can end
 * the worker before it decodes them: a large file's result is then never decoded beside the heap that
 * made it.
 */
export function encodeResult(result: FileResult): Uint8Array {
  return serialize(toWire(result));
}

/** Decodes what `encodeResult` produced, or undefined when the bytes are not such a result. */
export function decodeResult(bytes: Uint8Array): FileResult | undefined {
  let value: unknown;
  try {
    value = deserialize(bytes);
  } catch {
    return undefined;
  }
  return isWireFileResult(value) ? fromWire(value) : undefined;
}

function isWireFileResult(value: unknown): value is WireFileResult {
  return typeof value === "object" && value !== null && "report" in value && "submissions" in value && Array.isArray(value.submissions) && "diagnostics" in value && Array.isArray(value.diagnostics);
}

/** Encodes a file's result for another thread: rows as tuples, amounts as exact decimal strings. */
function toWire(result: FileResult): WireFileResult {
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
function fromWire(result: WireFileResult): FileResult {
  return {
    ...result,
    submissions: result.submissions.map((s) => ({
      ...s,
      agencies: s.agencies.map((a) => ({ ...a, row: a.row ? fromWireRow(a.row) : undefined, items: a.items.map(fromWireRow) })),
      statedTotal: s.statedTotal ? fromWireRow(s.statedTotal) : undefined,
    })),
  };
}
