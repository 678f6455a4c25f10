import type { Random } from "./prng.js";
import { type CorpusAgency, commitment, objective, subItemLabel, subItemName, taskName } from "./vietnamese-text.js";

/** How an amount cell is written: a number, or Vietnamese number text (`31.575`, `0,5`). */
export type AmountStyle = "number" | "text";
/** How a zero year is written: left empty, `-`, or `0`. */
export type ZeroStyle = "empty" | "dash" | "zero";

/**
 * One item (or sub-item) of a generated form. Money is counted in halves of a triệu đồng, so every
 * amount is an exact integer and its float in a cell is exact too.
 */
export interface GeneratedItem {
  readonly code: string;
  readonly name: string;
  readonly objective: string | undefined;
  readonly commitment: string | undefined;
  readonly period: string;
  readonly total: number;
  /** Halves per year of the plan: [2025, 2026]. */
  readonly years: readonly [number, number];
  /** The task-group column (0-based among the groups) and what it holds: `x` or the item's total. */
  readonly group: { readonly index: number; readonly mark: "x" | "amount" };
  readonly amountStyle: AmountStyle;
  readonly zeroStyle: ZeroStyle;
  /** A parent with sub-items states its figures as `SUM` formulas over them. */
  readonly formula: boolean;
  readonly children: readonly GeneratedItem[];
}

/** One agency of a generated form with its items and subtotal. */
export interface GeneratedAgency {
  readonly agency: CorpusAgency;
  readonly code: string;
  readonly items: readonly GeneratedItem[];
  readonly total: number;
  readonly years: readonly [number, number];
  /** The agency row states its subtotal as `SUM` formulas with cached values. */
  readonly formulas: boolean;
  readonly amountStyle: AmountStyle;
}

/** The plan years the generated forms use, in column order. */
export const YEARS = [2025, 2026] as const;
const GROUP_COUNT = 10;

/** Generates an agency's block: `itemCount` items coded `<code>.1 …`, about 6 % with 2–3 sub-items `(1)`. */
export function generateAgency(random: Random, agency: CorpusAgency, code: string, itemCount: number, usedNames: Set<string>): GeneratedAgency {
  const items: GeneratedItem[] = [];
  for (let i = 1; i <= itemCount; i++) {
    const name = taskName(random, agency.name, usedNames);
    if (random.chance(0.06)) {
      const children: GeneratedItem[] = [];
      const count = random.int(2, 3);
      const label = subItemLabel(random);
      for (let c = 1; c <= count; c++) children.push(leaf(random, `(${c})`, subItemName(random, label, c, agency.name, usedNames), "x"));
      items.push(parent(random, `${code}.${i}`, name, children));
    } else {
      items.push(leaf(random, `${code}.${i}`, name, random.chance(0.08) ? "amount" : "x"));
    }
  }
  return {
    agency,
    code,
    items,
    total: sumOf(items, (item) => item.total),
    years: [sumOf(items, (item) => item.years[0]), sumOf(items, (item) => item.years[1])],
    formulas: random.chance(0.4),
    amountStyle: random.chance(0.15) ? "text" : "number",
  };
}

function leaf(random: Random, code: string, name: string, mark: "x" | "amount"): GeneratedItem {
  // Log-uniform between 20 and 30,000 triệu đồng, whole triệu, one in ten with a half.
  const whole = Math.round(Math.exp(Math.log(20) + random.next() * (Math.log(30_000) - Math.log(20))));
  const total = whole * 2 + (random.chance(0.1) ? 1 : 0);
  const split = random.next();
  const first = split < 0.4 ? total : split < 0.65 ? 0 : random.int(1, total - 1);
  return {
    code,
    name,
    objective: random.chance(0.8) ? objective(random) : undefined,
    commitment: random.chance(0.3) ? commitment(random) : undefined,
    period: periodOf(first, total - first),
    total,
    years: [first, total - first],
    group: { index: random.int(0, GROUP_COUNT - 1), mark },
    amountStyle: random.chance(0.12) ? "text" : "number",
    zeroStyle: random.pick<ZeroStyle>(["empty", "empty", "dash", "zero"]),
    formula: false,
    children: [],
  };
}

function parent(random: Random, code: string, name: string, children: readonly GeneratedItem[]): GeneratedItem {
  const years: [number, number] = [sumOf(children, (c) => c.years[0]), sumOf(children, (c) => c.years[1])];
  return {
    code,
    name,
    objective: objective(random),
    commitment: undefined,
    period: periodOf(years[0], years[1]),
    total: years[0] + years[1],
    years,
    group: { index: children[0]?.group.index ?? 0, mark: "x" },
    amountStyle: "number",
    zeroStyle: "empty",
    formula: random.chance(0.5),
    children,
  };
}

function periodOf(first: number, second: number): string {
  if (first > 0 && second > 0) return `${YEARS[0]} - ${YEARS[1]}`;
  return String(second > 0 ? YEARS[1] : YEARS[0]);
}

/** The sum of a figure over some rows (exact: halves are integers far below 2^53). */
export function sumOf<T>(rows: readonly T[], figure: (row: T) => number): number {
  return rows.reduce((acc, row) => acc + figure(row), 0);
}

/** Halves of a triệu đồng as an exact decimal string, as the totals JSON prints it: `31575`, `0.5`. */
export function halvesToDecimal(halves: number): string {
  return `${Math.floor(halves / 2)}${halves % 2 === 1 ? ".5" : ""}`;
}

/** Halves of a triệu đồng as Vietnamese number text: `.` groups thousands, `,` marks the half. */
export function halvesToVietnamese(halves: number): string {
  const whole = String(Math.floor(halves / 2)).replace(/\B(?=(\d{3})+$)/g, ".");
  return halves % 2 === 1 ? `${whole},5` : whole;
}
