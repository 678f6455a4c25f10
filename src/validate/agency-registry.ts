import type { AgencyBlock } from "../data/budget-row.js";
import { foldText } from "../data/text.js";
import type { PlanIndex } from "../plan/plan-index.js";

/** Who an agency block is: a key shared by every spelling of one agency, and the name to show. */
export interface AgencyIdentity {
  readonly key: string;
  readonly name: string;
  readonly known: boolean;
}

/**
 * The identity of an agency name under the plan's registry: the official name when the name or an
 * alias matches (without diacritics, case or punctuation), else the name as written.
 */
export function agencyIdentity(name: string, index: PlanIndex): AgencyIdentity {
  const official = index.agency(name)?.name;
  return official === undefined ? { key: `?${foldText(name)}`, name, known: false } : { key: official, name: official, known: true };
}

/** Whether an agency block holds anything: a stated row or items. Empty blocks are not checked. */
export function hasContent(agency: AgencyBlock): boolean {
  return agency.row !== undefined || agency.items.length > 0;
}
