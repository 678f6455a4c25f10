import type { PlanIndex } from "../plan/plan-index.js";

const NONE: FundingSources = { codes: [], unknown: [] };

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
export function parseFundingSources(text: string, index: PlanIndex): FundingSources {
  if (text === "") return NONE;
  const codes = new Set<string>();
  const unknown: string[] = [];
  for (const token of text.split(/[,;/+\n]|\s+và\s+/)) {
    const trimmed = token.trim().replace(/\.$/, "");
    if (trimmed === "") continue;
    const code = index.source(trimmed);
    if (code) {
      codes.add(code);
    } else {
      codes.add(trimmed.toUpperCase());
      unknown.push(trimmed);
    }
  }
  const rank = (code: string) => index.sourceOrder(code) ?? index.sourceCount;
  const sorted = [...codes].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return { codes: sorted, unknown };
}

/** The key of a combination of codes, as printed in the appendix (`CTX, NST`). */
export function combinationKey(codes: readonly string[]): string {
  return codes.join(", ");
}
