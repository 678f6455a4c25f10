import type { AgencyBlock } from "../data/budget-row.js";
import { foldText } from "../data/text.js";
import type { Plan } from "../plan/schema.js";

/** Who an agency block is: a key shared by every spelling of one agency, and the name to show. */
export interface AgencyIdentity {
  readonly key: string;
  readonly name: string;
  readonly known: boolean;
}

const LOOKUPS = new WeakMap<Plan, ReadonlyMap<string, string>>();

/** Folded spelling (official name or alias) → official name, built once per plan. */
function lookupOf(plan: Plan): ReadonlyMap<string, string> {
  let lookup = LOOKUPS.get(plan);
  if (!lookup) {
    const spellings = new Map<string, string>();
    for (const agency of plan.agencies) for (const spelling of [agency.name, ...agency.aliases]) spellings.set(foldText(spelling), agency.name);
    lookup = spellings;
    LOOKUPS.set(plan, lookup);
  }
  return lookup;
}

/**
 * The identity of an agency name under the plan's registry: the official name when the name or an
 * alias matches (without diacritics, case or punctuation), else the name as written.
 */
export function agencyIdentity(name: string, plan: Plan): AgencyIdentity {
  const folded = foldText(name);
  const official = lookupOf(plan).get(folded);
  return official === undefined ? { key: `?${folded}`, name, known: false } : { key: official, name: official, known: true };
}

/** Whether an agency block holds anything: a stated row or items. Empty blocks are not checked. */
export function hasContent(agency: AgencyBlock): boolean {
  return agency.row !== undefined || agency.items.length > 0;
}
