import { foldText } from "../data/text.js";
import type { Plan } from "../plan/schema.js";

const NONE: FundingSources = { codes: [], unknown: [] };

interface Vocabulary {
  /** Folded spelling → canonical code. */
  readonly lookup: ReadonlyMap<string, string>;
  /** Canonical code → its position in the plan. */
  readonly order: ReadonlyMap<string, number>;
}

// Built once per plan: folding every spelling on every row made this the hottest function of a parse.
const VOCABULARIES = new WeakMap<Plan, Vocabulary>();

function vocabularyOf(plan: Plan): Vocabulary {
  let vocabulary = VOCABULARIES.get(plan);
  if (!vocabulary) {
    const lookup = new Map<string, string>();
    for (const source of plan.fundingSources) {
      for (const spelling of [source.code, source.name, ...source.aliases]) lookup.set(foldText(spelling), source.code);
    }
    vocabulary = { lookup, order: new Map(plan.fundingSources.map((source, index) => [source.code, index])) };
    VOCABULARIES.set(plan, vocabulary);
  }
  return vocabulary;
}

/** Funding sources read from a cell: canonical codes in the plan's order, and what was not known. */
export interface FundingSources {
  readonly codes: readonly string[];
  readonly unknown: readonly string[];
}

/**
 * Splits a funding-source cell (`CTX, NST`; `CĐT, CTX, NST`; `NS tỉnh`) into canonical codes through
 * the plan's codes and aliases, matched without diacritics. Unknown tokens are kept as written (upper
 * case) so their money is never dropped, and listed in `unknown`.
 */
export function parseFundingSources(text: string, plan: Plan): FundingSources {
  if (text === "") return NONE;
  const { lookup, order } = vocabularyOf(plan);
  const codes = new Set<string>();
  const unknown: string[] = [];
  for (const token of text.split(/[,;/+\n]|\s+và\s+/)) {
    const trimmed = token.trim().replace(/\.$/, "");
    if (trimmed === "") continue;
    const code = lookup.get(foldText(trimmed));
    if (code) {
      codes.add(code);
    } else {
      codes.add(trimmed.toUpperCase());
      unknown.push(trimmed);
    }
  }
  const sorted = [...codes].sort((a, b) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size) || a.localeCompare(b));
  return { codes: sorted, unknown };
}

/** The key of a combination of codes, as printed in the appendix (`CTX, NST`). */
export function combinationKey(codes: readonly string[]): string {
  return codes.join(", ");
}
