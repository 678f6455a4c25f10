import type { AgencyBlock, BudgetRow, Submission } from "../data/budget-row.js";
import type { Finding } from "../data/diagnostic.js";
import type { Period } from "../data/period.js";
import type { TemplateMark } from "../data/template-mark.js";
import type { SheetLayout } from "../layout/find-layout.js";
import { periodCell } from "../layout/period-label.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { buildTree } from "./build-tree.js";
import { parseRow, type RowDraft } from "./parse-row.js";
import { readsAsOneAgency } from "./single-agency.js";
import { agencyFromTitle, isCoverLetter, issuerOfTitle } from "./title-agency.js";

/**
 * Parses the table of a sheet into a `Submission`: typed rows in an agency → item tree and the stated
 * total. `fileLabel` names the agency of a form that has no agency rows and whose title names none.
 * `template` is the mark of a form `budget template` made: its row 1 is the agency row, a nameless one
 * takes the mark's agency, and a form still blank is noted (BC111). A form whose agency nothing in it
 * names (only a cover-letter line, or nothing) is a BC112.
 *
 * A sheet is one agency's plan, its numbered rows items under task areas, when `agency` is given
 * (`--agency`: that agency's, for every sheet), or when none of its numbered rows names a registry
 * agency and its title names the agency, or its sections hold those rows (`readsAsOneAgency`): then the
 * agency is the one the title names, else the plan's issuer (`… Kế hoạch … của Tỉnh ủy`), else the
 * file name with a BC112.
 */
export function parseSheet(
  file: string,
  layout: SheetLayout,
  index: PlanIndex,
  fileLabel: string,
  findings: Finding[],
  template?: TemplateMark,
  agency?: string,
): Submission {
  const conventions = { file: layout.numberConvention, byColumn: layout.columnConventions };
  const drafts: RowDraft[] = layout.rows.map((raw) => {
    const draft = parseRow(raw, layout.scale, file, layout.sheet, index, findings, conventions);
    const period = amountPeriod(layout, draft, file, findings);
    // The period map holds the amount itself: the sum checks know it is no figure of its own.
    return period === undefined || draft.amount === null ? draft : { ...draft, periods: new Map([[period.key, draft.amount]]) };
  });
  // The form's own word on its agency comes first: its agency rows (in the tree), the template mark, a
  // title naming the agency. A cover-letter line (`kèm Công văn … của Sở …`) names who sent the form out.
  // It is used only when nothing else names the agency, with a BC112; never on a form the tool made, whose
  // title is the plan's (the agency that sent the blank form out).
  const stated =
    template?.agency ||
    agencyFromTitle(
      layout.titleLines.filter((line) => !isCoverLetter(line)),
      index,
    );
  const cover = template === undefined ? agencyFromTitle(layout.titleLines.filter(isCoverLetter), index) : undefined;
  const onlyAgencyRows = template === undefined && blankAgencyList(drafts, index);
  const single = agency !== undefined || (template === undefined && !onlyAgencyRows && readsAsOneAgency(drafts, index, stated !== undefined));
  const issuer = single && agency === undefined && stated === undefined ? issuerOfTitle(layout.titleLines, index) : undefined;
  const given = agency === undefined ? undefined : (index.agency(agency)?.name ?? agency);
  const fallbackAgency = given ?? stated ?? issuer?.agency ?? cover ?? issuer?.written ?? fileLabel;
  const tree = buildTree(
    drafts,
    { file, sheet: layout.sheet, fallbackAgency, agencyRows: template !== undefined || onlyAgencyRows, singleAgency: single },
    findings,
  );
  const submission: Submission = {
    file,
    sheet: layout.sheet,
    unit: layout.unit.name,
    agencies: tree.agencies,
    statedTotal: tree.statedTotal,
    ...(tree.laterTotals.length > 0 ? { laterTotals: tree.laterTotals } : {}),
    rowsRead: layout.rows.length,
    groupColumns: layout.columns.flatMap((column) => (column.role.kind === "group" ? [column.role.key] : [])),
  };
  if (tree.agencies.every((agency) => agency.items.length === 0 && !agency.row)) {
    findings.push({ file, sheet: layout.sheet, code: "BC106" });
  }
  const nameless = tree.agencies.find((agency) => agency.row === undefined || agency.row.name === "");
  // One agency's plan that nothing names is credited to the file's name: said, as a form's would be.
  const unnamedPlan = single && fallbackAgency === fileLabel && given === undefined;
  if (stated === undefined && nameless && (template !== undefined || cover !== undefined || unnamedPlan)) {
    findings.push({
      file,
      sheet: layout.sheet,
      code: "BC112",
      args: { agency: fallbackAgency, cover: cover ?? "" },
      ...(nameless.row ? { cell: nameless.row.codeCell, row: nameless.row.row + 1 } : {}),
    });
  }
  if ((template !== undefined || onlyAgencyRows) && isBlank(tree.agencies)) {
    findings.push({ file, sheet: layout.sheet, code: "BC111", args: { agency: tree.agencies.map((agency) => agency.name).join(", ") } });
  }
  return submission;
}

/**
 * Whether the rows are only agency rows of a blank form, its mark lost (a blank form saved as CSV): every
 * numbered row is coded `1`, `2`…, names a registry agency, and carries no figure but zero. A `1` row of
 * an item list with money in it stays an item: an agency row's own figures are not added up.
 */
function blankAgencyList(drafts: readonly RowDraft[], index: PlanIndex): boolean {
  const numbered = drafts.filter((draft) => draft.code.kind !== "none");
  return (
    numbered.length > 0 &&
    numbered.every((draft) => draft.code.kind === "path" && draft.code.parts.length === 1 && index.agency(draft.name) !== undefined && !hasNonZeroFigure(draft))
  );
}

/** No item, and no figure other than zero in the agency rows: a blank form as `budget template` made it. */
function isBlank(agencies: readonly AgencyBlock[]): boolean {
  return agencies.every(addsNothing);
}

/** Whether an agency block has no items and no figure but zero on its own row: a blank form's agency. */
export function addsNothing(agency: AgencyBlock): boolean {
  return agency.items.length === 0 && (agency.row === undefined || !hasNonZeroFigure(agency.row));
}

function hasNonZeroFigure(row: Pick<BudgetRow, "amount" | "recurrentTotal" | "publicInvestment" | "periods">): boolean {
  const figures = [row.amount, row.recurrentTotal, row.publicInvestment, ...row.periods.values()];
  return figures.some((figure) => figure !== null && !figure.value.isZero());
}

/**
 * The period of a row's amount in a table without period columns: the one the amount column names
 * (`Kinh phí năm 2025`), else the row's period cell (`2021`, `2021-2025`), else the title's (`… năm 2021
 * - 2025`); never the title over the column or the cell. A period cell that names years in a way that
 * is no period (`2025 - 2021`, `2021, 2023`) is a BC116 and gives the amount no period, not a guess.
 */
function amountPeriod(layout: SheetLayout, draft: RowDraft, file: string, findings: Finding[]): Period | undefined {
  const from = layout.amountPeriod;
  if (from === undefined || draft.periods.size > 0 || draft.amount === null) return undefined;
  if (from.from === "column") return from.period;
  if (draft.period !== "") {
    const reading = periodCell(draft.period);
    if (reading.kind === "period") return reading.period;
    if (reading.kind === "unreadable") {
      const at = draft.periodCell ?? draft.codeCell;
      findings.push({
        file,
        sheet: layout.sheet,
        cell: at,
        row: draft.row + 1,
        rowCode: draft.code.text,
        rowName: draft.name,
        code: "BC116",
        actual: draft.period,
      });
      return undefined;
    }
  }
  return from.title;
}
