import { columnName } from "../data/grid.js";
import type { InspectedAmount, InspectedColumn, InspectedRow, InspectedTable, Inspection } from "../data/inspection.js";
import { INSPECT_SCHEMA_VERSION, UNIT } from "../schemas/constants.js";
import type { InspectDocument } from "../schemas/inspect-schema.js";
import { diagnosticMessage, type Lang } from "./diagnostic-message.js";

/**
 * How the tool read one file as its JSON document (`kind: "inspect"`): sheets, the form's header band,
 * columns with their role and why, units, the number convention, every row with its role, code as
 * printed and as placed, and amounts as exact decimal strings in triệu đồng with their cells; then the
 * findings. Rows are 1-based sheet rows, columns letters.
 */
export function inspectionDocument(inspection: Inspection, lang: Lang): InspectDocument {
  return {
    kind: "inspect",
    schemaVersion: INSPECT_SCHEMA_VERSION,
    unit: UNIT,
    file: inspection.file,
    sha256: inspection.sha256 ?? null,
    sheets: inspection.sheets.map((sheet) => ({
      name: sheet.name,
      rowsWithContent: sheet.rowsWithContent,
      read: sheet.read,
      form: sheet.form,
      notFormBecause: sheet.notFormBecause ?? null,
      table: sheet.table ? tableDocument(sheet.table) : null,
    })),
    diagnostics: inspection.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      sheet: d.sheet ?? null,
      cell: d.cell ?? null,
      message: diagnosticMessage(d, lang),
    })),
  };
}

/** The inspection document (see `inspectionDocument`) as indented JSON text. */
export function inspectionAsJson(inspection: Inspection, lang: Lang): string {
  return `${JSON.stringify(inspectionDocument(inspection, lang), null, 2)}\n`;
}

function tableDocument(table: InspectedTable) {
  return {
    header: { top: table.headerTop + 1, bottom: table.headerBottom + 1 },
    columnNumbers: table.columnNumbers === undefined ? null : table.columnNumbers + 1,
    titleLines: [...table.titleLines],
    unit: { ...table.unit },
    numberConvention: table.numberConvention ?? null,
    amountPeriod: table.amountPeriod ?? null,
    columns: table.columns.map(columnDocument),
    rows: table.rows.map(rowDocument),
  };
}

function columnDocument(column: InspectedColumn) {
  const match = column.match;
  return {
    column: columnName(column.col),
    labels: [...column.labels],
    role: column.role,
    year: column.year ?? null,
    taskGroup: column.taskGroup ?? null,
    period: column.period ?? null,
    phase: column.phase ?? null,
    match:
      match.by === "none"
        ? { by: match.by, label: null, under: null, closest: match.closest ?? null, quantity: match.quantity ?? null }
        : { by: match.by, label: match.label, under: match.under ?? null, closest: null, quantity: null },
    read: column.read,
    unit: column.unit ? { ...column.unit } : null,
  };
}

function rowDocument(row: InspectedRow) {
  const amount = (a: InspectedAmount | undefined) => (a ? { value: a.value.toFixed(), cell: a.cell } : null);
  return {
    row: row.row + 1,
    role: row.role,
    depth: row.depth,
    code: row.code,
    placed: row.placed,
    name: row.name,
    hidden: row.hidden,
    amount: amount(row.amount),
    recurrentTotal: amount(row.recurrentTotal),
    publicInvestment: amount(row.publicInvestment),
    periods: row.periods.map((p) => ({ period: p.period, phase: p.phase ?? null, amount: { value: p.amount.value.toFixed(), cell: p.amount.cell } })),
  };
}
