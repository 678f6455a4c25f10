import type { Money } from "../data/money.js";
import { comparePeriodKeys, singleYearOf } from "../data/period.js";
import { UNIT } from "../schemas/amount.js";
import { ROWS_SCHEMA_VERSION, type RowsDocument } from "../schemas/rows.js";
import type { ConsolidatedRow, ConsolidatedRows } from "./consolidated-rows.js";

/**
 * The consolidated rows as their JSON document (docs/JSON.md, schemas/rows.schema.json): `kind:
 * "rows"`, the years and periods, the task groups, the grand total and one object per row with its source cell.
 * Text is kept exactly as read (JSON strings cannot run); amounts are exact decimal strings in triệu đồng.
 */
export function rowsDocument(rows: ConsolidatedRows): RowsDocument {
  return {
    kind: "rows",
    schemaVersion: ROWS_SCHEMA_VERSION,
    unit: UNIT,
    years: rows.periods.flatMap((key) => singleYearOf(key) ?? []),
    periods: [...rows.periods],
    groups: [...rows.groups],
    total: rows.total.toFixed(),
    rows: rows.rows.map(rowJson),
  };
}

/** The rows document (see `rowsDocument`) as indented JSON text. */
export function rowsAsJson(rows: ConsolidatedRows): string {
  return `${JSON.stringify(rowsDocument(rows), null, 2)}\n`;
}

function rowJson(row: ConsolidatedRow): RowsDocument["rows"][number] {
  const byPeriod = [...row.byPeriod].sort(([a], [b]) => comparePeriodKeys(a, b)).map(([key, value]): [string, string] => [key, value.toFixed()]);
  return {
    section: row.section,
    agency: row.agency,
    code: row.code,
    originalCode: row.originalCode,
    level: row.level,
    depth: row.depth,
    name: row.name,
    total: row.total.toFixed(),
    byYear: keyed(byPeriod.filter(([key]) => singleYearOf(key) !== undefined)),
    byPeriod: keyed(byPeriod),
    sources: [...row.fundingSources],
    combination: row.combination,
    period: row.period,
    legalBasis: row.legalBasis,
    leadUnit: row.leadUnit,
    groups: keyed([...row.groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, mark]) => [key, markText(mark)])),
    inTotal: row.inTotal,
    file: row.file,
    sheet: row.sheet,
    cell: row.cell ?? null,
  };
}

/** A task-group mark as exported: `x`, or the exact amount. */
export function markText(mark: Money | "x"): string {
  return mark === "x" ? "x" : mark.toFixed();
}

/** A null-prototype object from entries: keys come from input text (a group named `__proto__` stays a key). */
function keyed(entries: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [key, value] of entries) out[key] = value;
  return out;
}
