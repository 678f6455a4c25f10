import type { Amount, BudgetRow, Submission } from "../data/budget-row.js";
import type { Finding } from "../data/diagnostic.js";
import type { DiagnosticCode } from "../data/diagnostic-codes.js";
import { type Money, sum, ZERO } from "../data/money.js";
import { comparePeriodKeys, isRequestedKey, periodText } from "../data/period.js";
import { allRows, everyRow, rowLocation } from "./rows.js";
import type { Bilingual, SubmissionContext } from "./rule.js";

/** Words for the `field` a sum finding names (a year is shown as the year itself). */
export const SUM_FIELDS = {
  amount: { vi: "Tổng kinh phí", en: "Total" },
  recurrentTotal: { vi: "Kinh phí thường xuyên", en: "Recurrent total" },
  publicInvestment: { vi: "Dự án đầu tư công", en: "Public investment" },
} as const satisfies Readonly<Record<string, Bilingual>>;

/**
 * The hint of a sum finding whose stated cell holds a formula: its cached value disagrees with the
 * figures, as when a script fills a form and nothing recalculates it.
 */
export const STALE_FORMULA_HINT = {
  vi: "Công thức chưa được tính lại: mở và lưu lại trong Excel; nếu vẫn lệch, sửa công thức cho cộng đủ các dòng.",
  en: "Formula not recalculated: open and save in Excel; if it still differs, fix the formula to add up every row.",
} as const satisfies Bilingual;

/** A figure of a row that parents must add up: the total, the support split, or one period. */
interface Figure {
  readonly field: string;
  readonly pick: (row: BudgetRow) => Amount | null;
  /** A period's figure: absent from a row whose period is its amount's (no period columns). */
  readonly period?: true;
}

function figuresOf(rows: readonly BudgetRow[]): Figure[] {
  const figures: Figure[] = [
    { field: "amount", pick: (row) => row.amount },
    { field: "recurrentTotal", pick: (row) => row.recurrentTotal },
    { field: "publicInvestment", pick: (row) => row.publicInvestment },
  ];
  const periods = new Set<string>();
  for (const row of rows) for (const period of row.periods.keys()) periods.add(period);
  for (const period of [...periods].sort(comparePeriodKeys)) {
    figures.push({ field: periodText(period), pick: (row) => row.periods.get(period) ?? null, period: true });
  }
  return figures;
}

/**
 * Compares a stated row with the sum of its parts, figure by figure. With `headings`, a part that
 * states no figure counts as what its sub-rows add up to: a single agency's task area (`I`, `II`),
 * which heads its items without a subtotal of its own.
 */
function* compare(code: DiagnosticCode, submission: Submission, stated: BudgetRow, parts: readonly BudgetRow[], headings = false): Iterable<Finding> {
  for (const figure of figuresOf([stated, ...parts])) {
    const own = figure.pick(stated);
    // A period that is only the row's amount under the period its cell or the title names (a table
    // without period columns) is no figure of its own: the amount is compared already.
    if (!own || (figure.period && own.cell === stated.amount?.cell)) continue;
    const expected = sum(parts.map((part) => (headings ? figureOf(part, figure) : figure.pick(part)?.value) ?? ZERO));
    if (!expected.equals(own.value)) {
      yield finding(code, submission, stated, own, expected, figure.field);
    }
  }
}

function finding(code: DiagnosticCode, submission: Submission, row: BudgetRow, own: Amount, expected: Money, field: string): Finding {
  return { code, ...rowLocation(submission, row, own.cell), expected: expected.toFixed(), actual: own.value.toFixed(), args: { field } };
}

/** BC211: on every row that splits its money by period, the periods add up to the row's total. */
export function* yearsNotTotal({ submission }: SubmissionContext): Iterable<Finding> {
  for (const row of everyRow(submission)) {
    if (row.periods.size === 0) continue;
    const total = row.recurrentTotal ?? row.amount;
    if (!total) continue;
    // Only the requested figures make up the total: an estimate or an outturn of the same year is another figure.
    const requested = [...row.periods].filter(([period]) => isRequestedKey(period));
    if (requested.length === 0) continue;
    const years = sum(requested.map(([, amount]) => amount.value));
    if (!years.equals(total.value)) yield finding("BC211", submission, row, total, years, "years");
  }
}

/** BC212: every item with sub-items equals the sum of its sub-items, figure by figure. */
export function* parentNotSum({ submission }: SubmissionContext): Iterable<Finding> {
  for (const agency of submission.agencies) {
    for (const row of allRows(agency.items)) {
      const parts = countedChildren(row);
      if (parts.length > 0 && parts.some(hasMoney)) yield* compare("BC212", submission, row, parts);
    }
  }
}

/** BC213: every agency row equals the sum of its items. */
export function* agencyNotSum({ submission }: SubmissionContext): Iterable<Finding> {
  for (const agency of submission.agencies) {
    if (agency.row && agency.items.length > 0) yield* compare("BC213", submission, agency.row, agency.items);
  }
}

/** BC214: the stated `Tổng cộng` row equals the sum of the agencies (their rows, or their items). */
export function* totalNotSum({ submission }: SubmissionContext): Iterable<Finding> {
  const total = submission.statedTotal;
  if (!total) return;
  const parts = submission.agencies.flatMap((agency) => (agency.row ? [agency.row] : agency.items));
  // A total stated both above and below the items is checked in both places.
  for (const stated of [total, ...(submission.laterTotals ?? [])]) yield* compare("BC214", submission, stated, parts, true);
}

function hasMoney(row: BudgetRow): boolean {
  return row.role !== "of-which" && (row.amount !== null || row.periods.size > 0 || row.children.some(hasMoney));
}

/** A row's children that add up to it: all but its "of which" rows, which only detail it. */
export function countedChildren(row: BudgetRow): readonly BudgetRow[] {
  return row.children.some(isOfWhich) ? row.children.filter((child) => !isOfWhich(child)) : row.children;
}

function isOfWhich(row: BudgetRow): boolean {
  return row.role === "of-which";
}

/**
 * BC216: an "of which" figure is not larger than the same figure of the row it details: its stated
 * figure, or, where it states none, what its sub-rows add up to.
 */
export function* ofWhichAboveParent({ submission }: SubmissionContext): Iterable<Finding> {
  const parents = [...everyRow(submission)].filter((row) => row.children.some(isOfWhich));
  for (const parent of parents) {
    const details = parent.children.filter(isOfWhich);
    for (const figure of figuresOf([parent, ...details])) {
      const whole = figureOf(parent, figure);
      if (whole === undefined) continue;
      for (const detail of details) {
        const part = figure.pick(detail);
        if (part?.value.greaterThan(whole)) yield finding("BC216", submission, detail, part, whole, figure.field);
      }
    }
  }
}

/** A row's figure: the one it states, else the sum of its counted sub-rows' (undefined when none has it). */
function figureOf(row: BudgetRow, figure: Figure): Money | undefined {
  const own = figure.pick(row);
  if (own) return own.value;
  const parts = countedChildren(row).map((child) => figureOf(child, figure));
  return parts.some((part) => part !== undefined) ? sum(parts.map((part) => part ?? ZERO)) : undefined;
}
