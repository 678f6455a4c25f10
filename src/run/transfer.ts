import { Deserializer, Serializer } from "node:v8";
import { type AgencyBlock, type Amount, BUDGET_ROW_FIELDS, type BudgetRow, type BudgetRowField, type GroupMark, type Submission } from "../data/budget-row.js";
import { Money } from "../data/money.js";
import type { FileResult } from "./parse-file.js";

/** An amount as it crosses a thread boundary: decimal.js values lose their prototype when cloned. */
type WireAmount = readonly [value: string, cell: string];
type WirePeriod = readonly [period: string, value: string, cell: string];
type WireMark = readonly [key: string, cell: string] | readonly [key: string, cell: string, value: string];

/**
 * A row field's value as it crosses: amounts as exact decimal strings, maps as lists of tuples, child
 * rows as wire rows, an absent cell as null; the rest (plain data) as it is.
 */
type Wire<T> = [T] extends [Amount | null]
  ? WireAmount | null
  : [T] extends [ReadonlyMap<string, Amount>]
    ? readonly WirePeriod[]
    : [T] extends [ReadonlyMap<string, GroupMark>]
      ? readonly WireMark[]
      : [T] extends [readonly BudgetRow[]]
        ? readonly WireRow[]
        : [T] extends [string]
          ? T
          : [T] extends [string | undefined]
            ? string | null
            : T;

type WireField<F> = F extends BudgetRowField ? Wire<BudgetRow[F]> : never;

/**
 * A row as it crosses a thread boundary: a tuple of its fields in the order of `BUDGET_ROW_FIELDS`
 * rather than an object, since structured cloning copies every key name of every object, and that
 * cost showed in profiles (a file sends thousands). The type follows the list, so a field added to
 * `BudgetRow` and the list does not compile until `toWireRow` and `fromWireRow` carry it; the
 * round trip in test/run/transfer.test.ts checks that each lands in its own place.
 */
type WireRow = WireTuple<typeof BUDGET_ROW_FIELDS>;
type WireTuple<Fields extends readonly BudgetRowField[]> = { readonly [I in keyof Fields]: WireField<Fields[I]> };

const toWireAmount = (amount: Amount | null): WireAmount | null => (amount ? [amount.value.toFixed(), amount.cell] : null);
const fromWireAmount = (amount: WireAmount | null): Amount | null => (amount ? { value: new Money(amount[0]), cell: amount[1] } : null);

function toWireRow(row: BudgetRow): WireRow {
  const periods: WirePeriod[] = [];
  for (const [period, amount] of row.periods) periods.push([period, amount.value.toFixed(), amount.cell]);
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
    periods,
    row.fundingSources,
    row.periodSources,
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
  const [
    row,
    hidden,
    code,
    codeCell,
    name,
    amount,
    recurrentTotal,
    publicInvestment,
    periods,
    fundingSources,
    periodSources,
    period,
    periodCell,
    legalBasis,
    leadUnit,
    objective,
    groups,
    role,
    reference,
    children,
  ] = wire;
  return {
    row,
    hidden,
    code,
    codeCell,
    name,
    amount: fromWireAmount(amount),
    recurrentTotal: fromWireAmount(recurrentTotal),
    publicInvestment: fromWireAmount(publicInvestment),
    periods: new Map(periods.map(([period, value, cell]) => [period, { value: new Money(value), cell }])),
    fundingSources,
    periodSources,
    period,
    periodCell: periodCell ?? undefined,
    legalBasis,
    leadUnit,
    objective,
    groups: new Map(
      groups.map((mark): [string, GroupMark] =>
        mark.length === 2 ? [mark[0], { kind: "x", cell: mark[1] }] : [mark[0], { kind: "amount", amount: { value: new Money(mark[2]), cell: mark[1] } }],
      ),
    ),
    role,
    reference,
    children: children.map(fromWireRow),
  };
}

/**
 * A file's result as bytes for another thread, written with V8's serializer (the one `postMessage`
 * uses) value by value: the head, then each submission's head, each agency's head and each of its
 * items as a tuple. The tuples of a large file are never all built at once beside the result they copy
 * (50,000 items: the worker's peak). Sent as bytes, their buffer can be handed over instead of cloned,
 * and the receiver can end the worker before it decodes them.
 */
/** The message that asks a parse worker with nothing left to read to close its port and end on its own. */
export const CLOSE_WORKER = "close";

export function encodeResult(result: FileResult): Uint8Array {
  const serializer = new Serializer();
  serializer.writeHeader();
  const { submissions, ...head } = result;
  serializer.writeValue({ ...head, submissions: submissions.length });
  for (const { agencies, statedTotal, laterTotals, ...submission } of submissions) {
    const later = laterTotals ? { laterTotals: laterTotals.map(toWireRow) } : {};
    serializer.writeValue({ ...submission, statedTotal: statedTotal ? toWireRow(statedTotal) : undefined, ...later, agencies: agencies.length });
    for (const { row, items, ...agency } of agencies) {
      serializer.writeValue({ ...agency, row: row ? toWireRow(row) : undefined, items: items.length });
      for (const item of items) serializer.writeValue(toWireRow(item));
    }
  }
  return serializer.releaseBuffer();
}

/** Decodes what `encodeResult` produced, or undefined when the bytes are not such a result. */
export function decodeResult(bytes: Uint8Array): FileResult | undefined {
  try {
    const deserializer = new Deserializer(bytes);
    deserializer.readHeader();
    const head: unknown = deserializer.readValue();
    if (!isHead(head)) return undefined;
    const submissions: Submission[] = [];
    for (let s = 0; s < head.submissions; s++) {
      const submission: unknown = deserializer.readValue();
      if (!isSubmissionHead(submission)) return undefined;
      const agencies: AgencyBlock[] = [];
      for (let a = 0; a < submission.agencies; a++) {
        const agency: unknown = deserializer.readValue();
        if (!isAgencyHead(agency)) return undefined;
        const items: BudgetRow[] = [];
        for (let i = 0; i < agency.items; i++) {
          const item: unknown = deserializer.readValue();
          if (!isWireRow(item)) return undefined;
          items.push(fromWireRow(item));
        }
        // Built key by key, in the order the reader builds them: JSON outputs keep one order however a file was read.
        agencies.push({
          name: agency.name,
          reference: agency.reference,
          section: agency.section,
          row: agency.row ? fromWireRow(agency.row) : undefined,
          items,
        });
      }
      const statedTotal = submission.statedTotal ? fromWireRow(submission.statedTotal) : undefined;
      submissions.push({
        file: submission.file,
        sheet: submission.sheet,
        unit: submission.unit,
        agencies,
        statedTotal,
        ...(submission.laterTotals ? { laterTotals: submission.laterTotals.map(fromWireRow) } : {}),
        rowsRead: submission.rowsRead,
        groupColumns: submission.groupColumns,
      });
    }
    return { facts: head.facts, submissions, diagnostics: head.diagnostics };
  } catch {
    return undefined;
  }
}

/** The head of an encoded result: the result with the number of its submissions in their place. */
interface WireHead extends Omit<FileResult, "submissions"> {
  readonly submissions: number;
}
interface WireSubmissionHead extends Omit<Submission, "agencies" | "statedTotal" | "laterTotals"> {
  readonly agencies: number;
  readonly statedTotal: WireRow | undefined;
  readonly laterTotals?: readonly WireRow[];
}
interface WireAgencyHead extends Omit<AgencyBlock, "row" | "items"> {
  readonly row: WireRow | undefined;
  readonly items: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isHead(value: unknown): value is WireHead {
  return isRecord(value) && "facts" in value && Array.isArray(value.diagnostics) && typeof value.submissions === "number";
}

function isSubmissionHead(value: unknown): value is WireSubmissionHead {
  return (
    isRecord(value) &&
    typeof value.file === "string" &&
    typeof value.agencies === "number" &&
    (value.laterTotals === undefined || (Array.isArray(value.laterTotals) && value.laterTotals.every(isWireRow)))
  );
}

function isAgencyHead(value: unknown): value is WireAgencyHead {
  return isRecord(value) && typeof value.name === "string" && typeof value.items === "number";
}

function isWireRow(value: unknown): value is WireRow {
  return Array.isArray(value) && value.length === BUDGET_ROW_FIELDS.length;
}
