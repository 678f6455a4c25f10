import type { BudgetRow, Submission } from "../data/budget-row.js";
import { comparePeriodKeys } from "../data/period.js";
import { foldText } from "../data/text.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { planPeriods } from "../plan/years-text.js";
import { type AgencyNode, type AgencyPart, agencyTree } from "./appendix-tree.js";
import { LeadUnits } from "./lead-units.js";
import { mergeTotals, type Totals } from "./totals.js";

/** Where an agency's rows came from. */
export interface AgencySource {
  readonly file: string;
  readonly sheet: string;
}

/** One agency of the consolidation, with its items from every file that sent them, and its part of the appendix tree. */
export interface AgencyTotal extends AgencyNode {
  /** The registry's official name when the agency is known, else the name as written. */
  readonly name: string;
  readonly known: boolean;
  readonly section: string;
  readonly references: readonly string[];
  readonly sources: readonly AgencySource[];
  /** Its top-level rows as read, from every sheet in input order (`children` are their nodes). */
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

/** The consolidated appendix as data: the tree of sections → agencies → items → sub-items, and every total. */
export interface Consolidation {
  /**
   * The appendix's period columns, by key (`"2024"`, `"2026-2030"`): the plan's years and ranges, and
   * any other period the forms stated money for, in order.
   */
  readonly periods: readonly string[];
  readonly sections: readonly SectionTotal[];
  readonly totals: Totals;
}

const NO_SECTION = "";

/**
 * Consolidates parsed submissions: agencies matched to the plan's registry (official names, aliases,
 * sections, order), items of one agency from several files joined, totals computed from the rows
 * that carry money, and the appendix tree: every item numbered as the appendix numbers it, with its
 * totals and the cell it was read from. Order is stable: plan sections, registry order, then first
 * appearance.
 */
export function consolidate(submissions: readonly Submission[], index: PlanIndex): Consolidation {
  const plan = index.plan;
  const groups = new Map<
    string,
    { name: string; known: boolean; section: string; order: number; references: string[]; sources: AgencySource[]; parts: AgencyPart[] }
  >();
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
          parts: [],
        };
        groups.set(key, group);
      }
      if (block.reference !== "" && !group.references.includes(block.reference)) group.references.push(block.reference);
      group.sources.push({ file: submission.file, sheet: submission.sheet });
      group.parts.push({
        file: submission.file,
        sheet: submission.sheet,
        agencyRow: block.row,
        items: block.items.length > 0 ? block.items : block.row ? [block.row] : [],
      });
    }
  }
  // Agencies are numbered within their section, in the order the sections below list them.
  const numbered = new Map<string, number>();
  const leadUnits = new LeadUnits(index);
  const agencies: AgencyTotal[] = [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, parts, ...group }) => {
      const number = (numbered.get(group.section) ?? 0) + 1;
      numbered.set(group.section, number);
      return { ...group, ...agencyTree(parts, String(number), leadUnits) };
    });

  const sectionCodes = [...plan.sections.map((s) => s.code)];
  for (const agency of agencies) if (!sectionCodes.includes(agency.section)) sectionCodes.push(agency.section);
  const sections: SectionTotal[] = sectionCodes
    .map((code) => {
      const members = agencies.filter((agency) => agency.section === code);
      return { code, name: plan.sections.find((s) => s.code === code)?.name ?? "", agencies: members, totals: mergeTotals(members.map((a) => a.totals)) };
    })
    .filter((section) => section.agencies.length > 0);

  const totals = mergeTotals(sections.map((s) => s.totals));
  const periods = [...new Set([...planPeriods(plan).map((period) => period.key), ...totals.byPeriod.keys()])].sort(comparePeriodKeys);
  return { periods, sections, totals };
}
