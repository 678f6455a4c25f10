import { basename, extname } from "node:path";
import type { AgencyBlock, Amount, BudgetRow, Submission } from "../data/budget-row.js";
import type { Finding } from "../data/diagnostic.js";
import type { Grid, GridSheet } from "../data/grid.js";
import type {
  InspectedAmount,
  InspectedColumn,
  InspectedColumnRole,
  InspectedRow,
  InspectedSheet,
  InspectedTable,
  InspectedUnit,
  Inspection,
} from "../data/inspection.js";
import { splitPhasedKey } from "../data/period.js";
import { foldText } from "../data/text.js";
import { columnLabels, columnMatch } from "../layout/column-match.js";
import { findLayout, type SheetLayout } from "../layout/find-layout.js";
import { findFormSheets } from "../layout/form-sheets.js";
import { type ColumnInfo, isNumberingRow } from "../layout/header-band.js";
import { cellText, sheetWidth } from "../layout/sheet-text.js";
import { labelUnit } from "../layout/unit.js";
import { parseSheet } from "../parse/parse-sheet.js";
import { parseRowCode } from "../parse/row-code.js";
import { defaultPlan } from "../plan/load-plan.js";
import { indexOf, type PlanIndex } from "../plan/plan-index.js";
import { gridFromBytes, readGrid } from "../read/read-file.js";
import type { Input } from "../run/input.js";
import { withCellFormulas } from "../validate/cell-formulas.js";
import { checkSubmission, classify } from "../validate/validate.js";
import type { ReadOptions } from "./read-options.js";

/** Options of `inspect`: the plan, and the one sheet to read (`--sheet`). */
export type InspectOptions = Pick<ReadOptions, "plan" | "sheet">;

/**
 * How the tool reads one file (`budget inspect`): its sheets and which holds the form, the header band,
 * each column's labels with the role given and why, its unit, the number convention, and the rows as the
 * tree the tool built (role, code as printed and as placed, amounts in triệu đồng), with the file's
 * diagnostics. The same stages as every run (read, layout, parse, the checks of one sheet), kept apart
 * so nothing is lost on the way. Never throws on bad input: an unreadable file has no sheets and a BC101.
 */
export async function inspect(input: Input, options: InspectOptions = {}): Promise<Inspection> {
  const index = indexOf(options.plan ?? defaultPlan());
  const file = typeof input === "string" ? input : input.name;
  const read = typeof input === "string" ? await readGrid(input) : await gridFromBytes(input.name, input.bytes);
  if (!read.ok) return { file, sha256: undefined, sheets: [], diagnostics: classify([read.finding]) };
  const findings: Finding[] = [...read.findings];
  const grid = read.grid;
  const found = findFormSheets(grid, index, options.sheet);
  findings.push(...found.findings);
  const label = basename(grid.file, extname(grid.file));
  const forms = new Map<string, { layout: SheetLayout; submission: Submission }>();
  for (const layout of found.layouts) {
    const submission = parseSheet(grid.file, layout, index, label, findings, grid.template);
    findings.push(...withCellFormulas(checkSubmission(submission, index), grid));
    forms.set(layout.sheet, { layout, submission });
  }
  const wanted = options.sheet === undefined ? undefined : sheetNamed(grid, options.sheet);
  const sheets = grid.sheets.map((sheet) => inspectedSheet(grid, sheet, forms.get(sheet.name), index, options.sheet === undefined || sheet === wanted));
  return { file, sha256: read.sha256, sheets, diagnostics: classify(findings) };
}

function inspectedSheet(
  grid: Grid,
  sheet: GridSheet,
  form: { layout: SheetLayout; submission: Submission } | undefined,
  index: PlanIndex,
  read: boolean,
): InspectedSheet {
  const rowsWithContent = sheet.rows.filter((row) => row?.some((cell) => cell !== undefined)).length;
  if (form) return { name: sheet.name, rowsWithContent, read, form: true, notFormBecause: undefined, table: table(sheet, form.layout, form.submission, index) };
  // Why a sheet holds no form: the finding its own layout search made (asked again, one sheet at a time).
  const because =
    read && rowsWithContent > 0 ? findLayout(grid.file, sheet, index).findings.find((f) => f.code === "BC102" || f.code === "BC103")?.code : undefined;
  return { name: sheet.name, rowsWithContent, read, form: false, notFormBecause: because, table: undefined };
}

/** The sheet `--sheet` names, as `findFormSheets` finds it: by its exact name, else without case or diacritics. */
function sheetNamed(grid: Grid, name: string): GridSheet | undefined {
  return grid.sheets.find((sheet) => sheet.name === name) ?? grid.sheets.find((sheet) => foldText(sheet.name) === foldText(name));
}

function table(sheet: GridSheet, layout: SheetLayout, submission: Submission, index: PlanIndex): InspectedTable {
  let numbering = layout.headerBottom + 1;
  while (numbering < sheet.rows.length && (sheet.rows[numbering] ?? []).every((cell) => cellText(cell) === "")) numbering++;
  const read = readColumns(layout.columns);
  return {
    headerTop: layout.headerTop,
    headerBottom: layout.headerBottom,
    columnNumbers: isNumberingRow(sheet, numbering, sheetWidth(sheet)) ? numbering : undefined,
    titleLines: layout.titleLines,
    unit: { name: layout.unit.name, from: layout.unit.from, text: layout.unit.text },
    numberConvention: layout.numberConvention,
    amountPeriod: amountPeriodOf(layout),
    columns: layout.columns.map((column) => inspectedColumn(column, layout, read.has(column.col), index)),
    rows: inspectedRows(layout, submission),
  };
}

/** The roles whose columns hold money. */
const MONEY_ROLES: ReadonlySet<InspectedColumnRole> = new Set(["amount", "recurrentTotal", "publicInvestment", "period-amount", "task-group"]);

/** The columns whose cells are read: every period and task-group column, and the first of each field (as `findLayout` takes them). */
function readColumns(columns: readonly ColumnInfo[]): Set<number> {
  const read = new Set<number>();
  const taken = new Set<string>();
  for (const column of columns) {
    const role = column.role;
    if (role.kind === "field") {
      if (taken.has(role.field)) continue;
      taken.add(role.field);
    } else if (role.kind === "unknown") continue;
    read.add(column.col);
  }
  return read;
}

function inspectedColumn(column: ColumnInfo, layout: SheetLayout, read: boolean, index: PlanIndex): InspectedColumn {
  const role = roleOf(column);
  const match = columnMatch(column, index);
  const own = labelUnit(column.label);
  // A money column states its unit or takes the sheet's; an unknown column only shows a unit it states.
  const unit: InspectedUnit | undefined = own
    ? { name: own.name, from: "column" }
    : MONEY_ROLES.has(role)
      ? { name: layout.unit.name, from: layout.unit.from }
      : undefined;
  return {
    col: column.col,
    labels: columnLabels(column),
    role,
    ...columnPeriod(column),
    // The amount column of a table whose label or title names its period (`Kinh phí năm 2025`).
    ...(role === "amount" && read && amountPeriodOf(layout) !== undefined ? { period: amountPeriodOf(layout) } : {}),
    ...(column.role.kind === "group" ? { taskGroup: column.role.key } : {}),
    match,
    read,
    unit,
  };
}

function roleOf(column: ColumnInfo): InspectedColumnRole {
  const role = column.role;
  if (role.kind === "field") return role.field;
  if (role.kind === "period") return "period-amount";
  if (role.kind === "group") return "task-group";
  return "unknown";
}

/**
 * The rows under the header, in sheet order, each with what the tree made of it: sections, agencies,
 * items and their sub-items with their depth and the code they were placed at, "of which" rows, total
 * rows; a row the tree left out is a note (a `Trong đó:` label, a heading without figures, a remark).
 */
function inspectedRows(layout: SheetLayout, submission: Submission): InspectedRow[] {
  const rows: InspectedRow[] = [];
  const placedRows = new Set<number>();
  // The code as printed: the parsed code drops spaces (`TỔNG SỐ` → `TỔNGSỐ`).
  const printed = new Map(layout.rows.map((raw) => [raw.row, cellText(raw.fields.get("code"))]));
  const add = (row: BudgetRow, role: InspectedRow["role"], depth: number, placed: string) => {
    placedRows.add(row.row);
    // A sub-row split from its item's line has no code of its own.
    const code = row.code.kind === "none" ? "" : (printed.get(row.row) ?? row.code.text);
    rows.push({ ...inspectedRow(row, role, depth, placed), code });
  };
  const sections = layout.rows.some((raw) => parseRowCode(cellText(raw.fields.get("code"))).kind === "section");
  const base = sections ? 1 : 0;
  const walk = (row: BudgetRow, depth: number, placed: string, top: boolean) => {
    add(row, row.role === "of-which" ? "of-which" : top ? "item" : "sub-item", depth, row.role === "of-which" ? "" : placed);
    let n = 0;
    for (const child of row.children) walk(child, depth + 1, child.role === "of-which" ? "" : `${placed}.${++n}`, false);
  };
  let agencyNumber = 0;
  for (const block of submission.agencies) walkAgency(block);
  function walkAgency(block: AgencyBlock): void {
    let prefix = "";
    if (block.row) {
      // An agency keeps its own number (the appendix renumbers agencies across files, not the tree);
      // its items are placed by position under it, where a code that contradicts it shows.
      agencyNumber++;
      const code = block.row.code;
      prefix = code.kind === "path" && code.parts.length === 1 ? String(code.parts[0]) : String(agencyNumber);
      add(block.row, "agency", base, prefix);
      for (const child of block.row.children) if (child.role === "of-which") add(child, "of-which", base + 1, "");
    }
    const depth = block.row ? base + 1 : base;
    block.items.forEach((item, i) => {
      walk(item, depth, prefix === "" ? String(i + 1) : `${prefix}.${i + 1}`, true);
    });
  }
  for (const total of [submission.statedTotal, ...(submission.laterTotals ?? [])]) {
    if (!total) continue;
    add(total, "total", 0, "");
    for (const child of total.children) if (child.role === "of-which") add(child, "of-which", 1, "");
  }
  for (const raw of layout.rows) {
    if (placedRows.has(raw.row)) continue;
    const code = cellText(raw.fields.get("code"));
    const parsed = parseRowCode(code);
    rows.push({
      row: raw.row,
      role: parsed.kind === "section" ? "section" : "note",
      depth: 0,
      code,
      placed: "",
      name: cellText(raw.fields.get("name")),
      hidden: raw.hidden,
      amount: undefined,
      recurrentTotal: undefined,
      publicInvestment: undefined,
      periods: [],
    });
  }
  // Sheet order; the tree's order within one sheet row (an item split into a heading and its first sub-row).
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.row - b.row.row || a.i - b.i)
    .map(({ row }) => row);
}

function inspectedRow(row: BudgetRow, role: InspectedRow["role"], depth: number, placed: string): InspectedRow {
  const amount = (a: Amount | null): InspectedAmount | undefined => (a ? { value: a.value, cell: a.cell } : undefined);
  return {
    row: row.row,
    role,
    depth,
    code: row.code.text,
    placed,
    name: row.name,
    hidden: row.hidden,
    amount: amount(row.amount),
    recurrentTotal: amount(row.recurrentTotal),
    publicInvestment: amount(row.publicInvestment),
    periods: rowPeriods(row).map(({ period, phase, amount: value }) => ({
      period,
      ...(phase === "requested" ? {} : { phase }),
      amount: { value: value.value, cell: value.cell },
    })),
  };
}

// The reader's period model, in one place: a money column is a period (`ColumnRole` `period`, with its
// phase), a row's money per column is `BudgetRow.periods` (keyed by period and phase), and a table
// without period columns takes its amount's period from the column's label, the row or the title.

/** The year (a single year only), period key and phase of a period column; nothing for the others. */
function columnPeriod(column: ColumnInfo): { year?: number; period?: string; phase?: string } {
  if (column.role.kind !== "period") return {};
  const { period, phase } = column.role;
  return period.first === period.last ? { year: period.first, period: period.key, phase } : { period: period.key, phase };
}

/** The period (key) a table without period columns gives its amount column, from its label or the title. */
function amountPeriodOf(layout: SheetLayout): string | undefined {
  const at = layout.amountPeriod;
  return at === undefined ? undefined : at.from === "column" ? at.period.key : at.title?.key;
}

/** A row's money per period and phase, in column order. */
function rowPeriods(row: BudgetRow): Array<{ readonly period: string; readonly phase: string; readonly amount: Amount }> {
  return [...row.periods].map(([key, amount]) => ({ ...splitPhasedKey(key), amount }));
}
