import type { BudgetRow, Submission } from "../data/budget-row.js";
import { foldText } from "../data/text.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { contributions, mergeTotals, totalsOf, type Totals } from "./totals.js";

/** Where an agency's rows came from. */
export interface AgencySource {
  readonly file: string;
  readonly sheet: string;
}

/** One agency of the consolidation, with its items from every file that sent them. */
export interface AgencyTotal {
  /** The registry's official name when the agency is known, else the name as written. */
  readonly name: string;
  readonly known: boolean;
  readonly section: string;
  readonly references: readonly string[];
  readonly sources: readonly AgencySource[];
  readonly items: readonly BudgetRow[];
  readonly totals: Totals;
}

/** A section of the appendix with its agencies. */
export interface SectionTotal {
  readonly code: string;
  readonly name: string;
  readonly agencies: readonly AgencyTotal[];
  readonly totals: Totals;
}

/** The consolidated appendix as data: sections → agencies → items, and every total. */
export interface Consolidation {
  readonly years: readonly number[];
  readonly sections: readonly SectionTotal[];
  readonly totals: Totals;
}

const NO_SECTION = "";

/**
 * Consolidates parsed submissions: agencies matched to the plan's registry (official names, aliases,
 * sections, order), items of one agency from several files joined, totals computed from the rows
 * that carry money. Order is stable: plan sections, registry order, then first appearance.
 */
export function consolidate(submissions: readonly Submission[], index: PlanIndex): Consolidation {
  const plan = index.plan;
  const groups = new Map<string, { name: string; known: boolean; section: string; order: number; references: string[]; sources: AgencySource[]; items: BudgetRow[] }>();
  let appearance = 0;
  for (const submission of submissions) {
    for (const block of submission.agencies) {
      const match = index.agency(block.name);
      const key = match ? match.name : foldText(block.name);
      let group = groups.get(key);
      if (!group) {
        group = {
          name: match?.name ?? block.name,
          known: match !== undefined,
          section: match?.section ?? block.section ?? NO_SECTION,
          order: match ? match.order : plan.agencies.length + appearance++,
          references: [],
          sources: [],
          items: [],
        };
        groups.set(key, group);
      }
      if (block.reference !== "" && !group.references.includes(block.reference)) group.references.push(block.reference);
      group.sources.push({ file: submission.file, sheet: submission.sheet });
      group.items.push(...block.items.length > 0 ? block.items : block.row ? [block.row] : []);
    }
  }
  const agencies: AgencyTotal[] = [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...group }) => ({ ...group, totals: totalsOf(contributions(group.items)) }));

  const sectionCodes = [...plan.sections.map((s) => s.code)];
  for (const agency of agencies) if (!sectionCodes.includes(agency.section)) sectionCodes.push(agency.section);
  const sections: SectionTotal[] = sectionCodes
    .map((code) => {
      const members = agencies.filter((agency) => agency.section === code);
      return { code, name: plan.sections.find((s) => s.code === code)?.name ?? "", agencies: members, totals: mergeTotals(members.map((a) => a.totals)) };
    })
    .filter((section) => section.agencies.length > 0);

  const totals = mergeTotals(sections.map((s) => s.totals));
  const years = [...new Set([...plan.years, ...totals.byYear.keys()])].sort((a, b) => a - b);
  return { years, sections, totals };
}
