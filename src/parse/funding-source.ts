import type { PeriodSources } from "../data/budget-row.js";
import { type Period, periodOf } from "../data/period.js";
import type { PlanIndex } from "../plan/plan-index.js";

/**
 * The combination of an amount whose source cannot be decided: a cell naming a source the plan does not
 * know (BC401). Its money counts under "unknown source", never under a code made from the text.
 */
export const UNKNOWN_SOURCE = "?";

/**
 * Funding sources read from a cell: the combination of its lines that name no period (canonical codes
 * in the plan's order, or `[UNKNOWN_SOURCE]`), the combinations of lines that name one, and what was not known.
 */
export interface FundingSources {
  readonly codes: readonly string[];
  readonly byPeriod: readonly PeriodSources[];
  readonly unknown: readonly string[];
}

const NONE: FundingSources = { codes: [], byPeriod: [], unknown: [] };
const UNKNOWN: readonly string[] = [UNKNOWN_SOURCE];
// `- ĐTPT (2026-2030)`: a bullet, the sources, and the period in parentheses at the end.
const BULLET = /^\s*[-+•*]\s*/;
const LINE_PERIOD = /\(\s*(?:nam\s+|năm\s+|giai đoạn\s+|giai doan\s+)?((?:19|20)\d\d)(?:\s*[-–—]\s*((?:19|20)\d\d))?\s*\)\s*$/i;
const TOKENS = /[,;/+\n]|\s+và\s+/;
const CACHE_ENTRIES = 5_000;
const CACHES = new WeakMap<PlanIndex, Map<string, FundingSources>>();

/**
 * Splits a funding-source cell (`CTX, NST`; `CĐT, CTX, NST`; `NS tỉnh`) into canonical codes through
 * the plan's codes and aliases, matched without diacritics. A cell of several lines each naming its
 * period (`- Chi thường xuyên` / `- ĐTPT (2026-2030)`) gives those periods their own combination;
 * lines naming no period make the combination of the other periods. A line with a token the plan does
 * not know has the unknown source (`UNKNOWN_SOURCE`): its money is counted as such, never under a code
 * made from the text, and the token is listed in `unknown` (BC401). Results are cached per plan: a
 * column repeats a few texts over thousands of rows.
 */
export function parseFundingSources(text: string, index: PlanIndex): FundingSources {
  if (text === "") return NONE;
  let cache = CACHES.get(index);
  if (cache === undefined) {
    cache = new Map();
    CACHES.set(index, cache);
  }
  const cached = cache.get(text);
  if (cached) return cached;
  const result = parseUncached(text, index);
  if (cache.size >= CACHE_ENTRIES) cache.clear();
  cache.set(text, result);
  return result;
}

function parseUncached(text: string, index: PlanIndex): FundingSources {
  const lines = text.split(/\r?\n/);
  const plain: string[] = [];
  const byPeriod: PeriodSources[] = [];
  const unknown: string[] = [];
  for (const line of lines) {
    const match = LINE_PERIOD.exec(line);
    const period = match ? periodFrom(match[1], match[2]) : undefined;
    const body = (period && match ? line.slice(0, match.index) : line).replace(BULLET, "");
    if (period === undefined) {
      plain.push(body);
      continue;
    }
    const codes = codesOf(body, index, unknown);
    if (codes.length > 0) byPeriod.push({ period: period.key, codes });
  }
  const codes = codesOf(plain.join("\n"), index, unknown);
  if (codes.length === 0 && byPeriod.length === 0 && unknown.length === 0) return NONE;
  return { codes, byPeriod, unknown };
}

/** The canonical combination of a text's tokens; `[UNKNOWN_SOURCE]` when one is unknown (pushed to `unknown`). */
function codesOf(text: string, index: PlanIndex, unknown: string[]): readonly string[] {
  const codes = new Set<string>();
  let unknownHere = false;
  for (const token of text.split(TOKENS)) {
    const trimmed = token.replace(BULLET, "").trim().replace(/\.$/, "");
    if (trimmed === "") continue;
    const code = index.source(trimmed);
    if (code) codes.add(code);
    else {
      unknown.push(trimmed);
      unknownHere = true;
    }
  }
  if (unknownHere) return UNKNOWN;
  const rank = (code: string) => index.sourceOrder(code) ?? index.sourceCount;
  return [...codes].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function periodFrom(first: string | undefined, last: string | undefined): Period | undefined {
  if (first === undefined) return undefined;
  const from = Number(first);
  const to = last === undefined ? from : Number(last);
  return to >= from ? periodOf(from, to) : undefined;
}

/** The key of a combination of codes, as printed in the appendix (`CTX, NST`). */
export function combinationKey(codes: readonly string[]): string {
  return codes.join(", ");
}

/**
 * The combination of a row's money for one period: the line of its source cell naming a period that
 * holds it (`ĐTPT (2026-2030)` holds 2026–2030 and 2027), else `codes` (its lines naming no period, or
 * what it inherits).
 */
export function sourcesForPeriod(period: string, byPeriod: readonly PeriodSources[], codes: readonly string[]): readonly string[] {
  if (byPeriod.length === 0) return codes;
  const [first, last] = spanOf(period);
  for (const line of byPeriod) {
    const [from, to] = spanOf(line.period);
    if (from <= first && last <= to) return line.codes;
  }
  return codes;
}

function spanOf(key: string): readonly [number, number] {
  const dash = key.indexOf("-");
  return dash < 0 ? [Number(key), Number(key)] : [Number(key.slice(0, dash)), Number(key.slice(dash + 1))];
}
