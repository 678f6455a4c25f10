import type { Finding } from "../data/diagnostic.js";
import type { GridSheet } from "../data/grid.js";
import { cellAddress } from "../data/grid.js";
import { type Period, PHASE_LABELS } from "../data/period.js";
import { foldText } from "../data/text.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { closestField, quantityUnit } from "./closest-role.js";
import type { Field } from "./columns.js";
import { dataRows, type RawRow, rowRanges, withoutTrailingNotes } from "./data-rows.js";
import { type ColumnInfo, findHeaderBottom, findHeaderTop, isNumberingRow, readColumns } from "./header-band.js";
import { type NumberConvention, sheetConventions } from "./number-convention.js";
import { periodColumnsOutsidePlan } from "./period-columns.js";
import { cellText, sheetWidth } from "./sheet-text.js";
import { labelPeriod, linesAbove, titlePeriod } from "./title.js";
import { transposedFinding, transposedWithoutCode, yearRows } from "./transposed-table.js";
import { type ColumnScale, findUnit, labelUnit, type Unit } from "./unit.js";

const REQUIRED: readonly Field[] = ["code", "name", "amount"];
/** The fields that hold money: one column each is read. */
const MONEY: ReadonlySet<Field> = new Set(["amount", "recurrentTotal", "publicInvestment"]);

/** The table found on a sheet. */
export interface SheetLayout {
  readonly sheet: string;
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly columns: readonly ColumnInfo[];
  readonly unit: Unit;
  /** The unit of each column: a money column's own (`Thành tiền (đồng)`) overrides the sheet's. */
  readonly scale: ColumnScale;
  /**
   * In a table without period columns, where the amount's period comes from: the amount column's
   * header when it names one (`Kinh phí năm 2025`), else each row's period cell, else the title
   * (`… năm 2021 - 2025`). Undefined in a table with period columns.
   */
  readonly amountPeriod: AmountPeriod | undefined;
  /** How the file writes number text, when its text amounts tell (decides `1.5` and `1,500`). */
  readonly numberConvention: NumberConvention | undefined;
  /** Columns whose own text amounts tell their convention (`2,615,000` in one column): it overrides the file's there. */
  readonly columnConventions: ReadonlyMap<number, NumberConvention>;
  /** Text lines above the header: the title block. */
  readonly titleLines: readonly string[];
  readonly rows: readonly RawRow[];
}

/** The period of a table's amount column: named by its header, or each row's period cell with the title's as the fallback. */
export type AmountPeriod = { readonly from: "column"; readonly period: Period } | { readonly from: "row"; readonly title: Period | undefined };

/** The layout of a sheet, or nothing, with the findings made on the way. */
export interface LayoutResult {
  readonly layout: SheetLayout | undefined;
  readonly findings: readonly Finding[];
}

/**
 * Finds the table on a sheet: the header band anywhere in the first 30 rows (1–4 rows deep, merged
 * cells spread over their columns), what each column holds, the unit line, and the data rows.
 */
export function findLayout(file: string, sheet: GridSheet, index: PlanIndex): LayoutResult {
  const header = findHeaderTop(sheet);
  if (header === undefined) {
    // Years as rows under a `Năm` header, sources as columns: say so, rather than "no header found".
    const transposed = transposedWithoutCode(sheet);
    if (transposed) return { layout: undefined, findings: [transposedFinding(file, sheet, transposed.row, transposed.col, transposed.years)] };
    return { layout: undefined, findings: [{ file, sheet: sheet.name, code: "BC102" }] };
  }
  const top = header.row;
  const width = sheetWidth(sheet);
  const bottom = findHeaderBottom(sheet, top, width, header.codeCol);
  const columns = withoutRepeatedPeriods(onePhaseAsRequested(readColumns(sheet, top, bottom, width, index)));
  const findings: Finding[] = [];

  const fieldColumn = new Map<Field, number>();
  for (const column of columns) {
    if (column.role.kind === "field" && !fieldColumn.has(column.role.field)) {
      fieldColumn.set(column.role.field, column.col);
    } else if (column.role.kind === "field" && MONEY.has(column.role.field)) {
      // A second money column of the same role (`Kinh phí hỗ trợ` then `Số tiền đã cấp`) is not added up:
      // say so, with the role it would have, rather than let its figures go unread in silence.
      findings.push({
        file,
        sheet: sheet.name,
        cell: cellAddress(top, column.col),
        row: top + 1,
        code: "BC104",
        args: { label: column.label, role: column.role.field },
      });
    } else if (column.role.kind === "unknown" && column.role.unreadablePeriod) {
      // A column labelled as a period that is none (`2030 - 2026`): its figures are not given a guessed period.
      findings.push({ file, sheet: sheet.name, cell: cellAddress(top, column.col), row: top + 1, code: "BC116", actual: column.label });
    } else if (column.role.kind === "unknown" && column.role.repeats !== undefined) {
      // A second column of one period and phase: adding both would count the period twice, keeping one would drop money in silence.
      findings.push({
        file,
        sheet: sheet.name,
        cell: cellAddress(top, column.col),
        row: top + 1,
        code: "BC412",
        actual: column.label,
        args: { first: cellAddress(top, column.role.repeats) },
      });
    } else if (column.role.kind === "unknown" && column.role.phases) {
      // A period column whose labels name two phases (`Dự toán › Ước thực hiện 2025`): which figure it is is not guessed.
      findings.push({
        file,
        sheet: sheet.name,
        cell: cellAddress(top, column.col),
        row: top + 1,
        code: "BC117",
        actual: column.label,
        args: { phases: column.role.phases.map((phase) => PHASE_LABELS[phase]).join(", ") },
      });
    } else if (column.role.kind === "unknown" && column.label !== "") {
      // The role it comes closest to tells the officer what to rename it to, or to add to the plan's `columns`.
      // A count (`Gạo hỗ trợ (tấn)`) is said to be one: its words may be the amount's, its figures are not money.
      const quantity = quantityUnit(column.label);
      const role = quantity === undefined ? closestField(column.label.split(" › ").map(foldText)) : undefined;
      const args: Record<string, string> =
        quantity !== undefined ? { label: column.label, quantity } : role === undefined ? { label: column.label } : { label: column.label, role };
      findings.push({ file, sheet: sheet.name, cell: cellAddress(top, column.col), row: top + 1, code: "BC104", args });
    }
  }
  // The column-number row may sit under a blank spacer row.
  let numbering = bottom + 1;
  while (numbering < sheet.rows.length && isBlankRow(sheet.rows[numbering])) numbering++;
  const firstDataRow = isNumberingRow(sheet, numbering, width) ? numbering + 1 : bottom + 1;
  // Rows labelled by years (`2021`, `Năm 2022`) with no task: a transposed table, refused rather than read
  // into "tasks" named by years. The label is the name column's, else the first text column's after the code.
  const labelCol =
    fieldColumn.get("name") ??
    columns.find((c) => c.col !== header.codeCol && (c.role.kind === "unknown" || (c.role.kind === "field" && c.role.field === "period")))?.col;
  const years = labelCol === undefined ? undefined : yearRows(sheet, firstDataRow, labelCol);
  if (labelCol !== undefined && years) return { layout: undefined, findings: [transposedFinding(file, sheet, top, labelCol, years)] };
  // `Số lượng × Số ngày × Đơn giá`: with several factors the amount is not quantity × unit price, so it is not checked (BC219).
  if (columns.filter((c) => c.role.kind === "field" && c.role.field === "quantity").length > 1) fieldColumn.delete("quantity");
  const missing = REQUIRED.filter((field) => !fieldColumn.has(field));
  if (missing.length > 0) {
    findings.push({ file, sheet: sheet.name, cell: cellAddress(top, 0), row: top + 1, code: "BC103", args: { columns: missing.join(", ") } });
    return { layout: undefined, findings };
  }

  findings.push(...periodColumnsOutsidePlan(file, sheet, { top, bottom, columns }, index.plan));

  const titleLines = linesAbove(sheet, top);
  const unit = findUnit(
    titleLines,
    columns.map((c) => c.label),
  );
  if (!unit.found) findings.push({ file, sheet: sheet.name, code: "BC105", args: { text: unit.text } });
  const scale = columnScale(file, sheet.name, top, columns, fieldColumn, unit, findings);

  const amountColumn = columns.find((c) => c.role.kind === "field" && c.role.field === "amount");
  const amountPeriod = periodOfAmount(amountColumn?.label ?? "", columns, titleLines);
  // A source header over two cells (type | level): the columns after the first are read with it.
  const sourceColumn = fieldColumn.get("fundingSource");
  const moreSources = columns.filter((c) => c.role.kind === "field" && c.role.field === "fundingSource" && c.col !== sourceColumn).map((c) => c.col);
  const rows = withoutTrailingNotes(dataRows(sheet, firstDataRow, columns, fieldColumn, moreSources));
  const hidden = rows.filter((row) => row.hidden).map((row) => row.row);
  const [firstHidden] = hidden;
  if (firstHidden !== undefined) {
    findings.push({
      file,
      sheet: sheet.name,
      cell: cellAddress(firstHidden, header.codeCol),
      row: firstHidden + 1,
      code: "BC108",
      args: { count: String(hidden.length), rows: rowRanges(hidden) },
    });
  }
  const conventions = sheetConventions(file, sheet.name, rows, (col) => columns.find((column) => column.col === col)?.label ?? "", findings);
  return {
    layout: {
      sheet: sheet.name,
      headerTop: top,
      headerBottom: bottom,
      columns,
      unit,
      scale,
      amountPeriod,
      numberConvention: conventions.file,
      columnConventions: conventions.byColumn,
      titleLines,
      rows,
    },
    findings,
  };
}

/**
 * The unit of each column: the one its header states in parentheses, else the sheet's. A money column
 * that is read and whose unit contradicts the sheet's unit line is reported (BC115); a unit price or a
 * column not added up is not, since its unit changes no total.
 */
function columnScale(
  file: string,
  sheet: string,
  top: number,
  columns: readonly ColumnInfo[],
  fieldColumn: ReadonlyMap<Field, number>,
  unit: Unit,
  findings: Finding[],
): ColumnScale {
  const byColumn: number[] = [];
  for (const column of columns) {
    const own = labelUnit(column.label);
    byColumn[column.col] = own?.exponent ?? unit.exponent;
    if (own === undefined || unit.from !== "line" || own.exponent === unit.exponent || !isReadMoney(column, fieldColumn)) continue;
    findings.push({
      file,
      sheet,
      cell: cellAddress(top, column.col),
      row: top + 1,
      code: "BC115",
      args: { label: column.label, column: own.name, sheet: unit.name },
    });
  }
  return { sheet: unit.exponent, byColumn };
}

/** Whether a column's figures are added up: the money column read for its role, a period or a task group. */
function isReadMoney(column: ColumnInfo, fieldColumn: ReadonlyMap<Field, number>): boolean {
  const role = column.role;
  if (role.kind === "field") return MONEY.has(role.field) && fieldColumn.get(role.field) === column.col;
  return role.kind === "period" || role.kind === "group";
}

/** Where the amount's period comes from in a table without period columns (see `SheetLayout.amountPeriod`). */
function periodOfAmount(label: string, columns: readonly ColumnInfo[], titleLines: readonly string[]): AmountPeriod | undefined {
  if (columns.some((c) => c.role.kind === "period")) return undefined;
  const named = labelPeriod(label);
  if (named !== undefined) return { from: "column", period: named };
  return { from: "row", title: titlePeriod(titleLines) };
}

/**
 * A table whose period columns are all of one phase (`Dự toán kinh phí › 2025 | 2026`) states that one
 * figure per period: its keys are the periods themselves, its figures the table's total, as for a
 * proposal form. Phases have keys of their own only where a table holds several side by side.
 */
function onePhaseAsRequested(columns: readonly ColumnInfo[]): readonly ColumnInfo[] {
  const phases = new Set(columns.flatMap((c) => (c.role.kind === "period" ? [c.role.phase] : [])));
  if (phases.size !== 1 || phases.has("requested")) return columns;
  return columns.map((c) => (c.role.kind === "period" ? { ...c, role: { ...c.role, key: c.role.period.key } } : c));
}

/**
 * The period columns after the first of the same period and phase (`2025 | 2025`): not read, marked
 * with the first's column, so that BC412 names both rather than one column's figures replacing the other's.
 */
function withoutRepeatedPeriods(columns: readonly ColumnInfo[]): readonly ColumnInfo[] {
  const first = new Map<string, number>();
  let repeated = false;
  const marked = columns.map((c): ColumnInfo => {
    if (c.role.kind !== "period") return c;
    const seen = first.get(c.role.key);
    if (seen === undefined) {
      first.set(c.role.key, c.col);
      return c;
    }
    repeated = true;
    return { ...c, role: { kind: "unknown", repeats: seen } };
  });
  return repeated ? marked : columns;
}

/** Whether a stored row holds no cell with a value. */
function isBlankRow(cells: GridSheet["rows"][number]): boolean {
  return cells === undefined || cells.every((cell) => cell === undefined || cellText(cell) === "");
}
