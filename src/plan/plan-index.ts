import { COLUMN_FIELDS } from "../data/column-fields.js";
import { foldText } from "../data/text.js";
import type { ColumnField, Plan } from "./schema.js";

/** An agency of the registry as a lookup finds it: its official name, section and place in the registry. */
export interface RegistryAgency {
  readonly name: string;
  readonly section: string;
  /** Position in the (normalised) registry, from 0: the appendix order. */
  readonly order: number;
}

/** One folded spelling of a registry agency (official name or alias), for finding agencies in running text. */
export interface AgencySpelling {
  /** The spelling folded (`foldText`). */
  readonly key: string;
  /** The agency's official name. */
  readonly name: string;
  /** Position among all spellings, the registry's order then each agency's name before its aliases. */
  readonly order: number;
}

/** A task group with its label and synonyms folded, for recognising its column. */
export interface FoldedTaskGroup {
  readonly key: string;
  readonly framework: string;
  /** The folded label, then the folded synonyms. */
  readonly spellings: readonly string[];
}

/** A policy framework with its texts folded, for recognising the column band of its task groups. */
export interface FoldedFramework {
  readonly key: string;
  /** The folded synonyms (what marks a band as the framework's). */
  readonly synonyms: readonly string[];
  /** The folded label, then the folded synonyms (what tells two frameworks' "Khác" apart). */
  readonly spellings: readonly string[];
}

/**
 * The plan compiled for lookups: every spelling of an agency, a funding source, a column label, a
 * task group and a framework folded once (`foldText`: no diacritics, case or extra spaces), so the
 * stages ask by name instead of each folding the plan again. Built once per run (by `loadPlan`, or from a plan given to the
 * library) and once per worker thread, as a class instance does not cross a thread: workers get the
 * plain `plan` and index it themselves.
 */
export class PlanIndex {
  /** The plan this index was built from; the stages read its other fields (years, sections…) here. */
  readonly plan: Plan;
  private readonly agencies = new Map<string, RegistryAgency>();
  private readonly sources = new Map<string, string>();
  private readonly sourceOrders = new Map<string, number>();
  private readonly columns = new Map<string, ColumnField>();
  private readonly spellingsByFirstWord = new Map<string, AgencySpelling[]>();
  /** The plan's task groups, in its order, texts folded. */
  readonly taskGroups: readonly FoldedTaskGroup[];
  /** The plan's frameworks, in its order, texts folded. */
  readonly frameworks: readonly FoldedFramework[];

  constructor(plan: Plan) {
    this.plan = plan;
    let spellingOrder = 0;
    plan.agencies.forEach((agency, order) => {
      const entry: RegistryAgency = { name: agency.name, section: agency.section, order };
      for (const spelling of [agency.name, ...agency.aliases]) {
        const key = foldText(spelling);
        this.agencies.set(key, entry);
        const byWord: AgencySpelling = { key, name: agency.name, order: spellingOrder++ };
        const first = key.split(" ")[0] ?? key;
        const list = this.spellingsByFirstWord.get(first);
        if (list) list.push(byWord);
        else this.spellingsByFirstWord.set(first, [byWord]);
      }
    });
    plan.fundingSources.forEach((source, index) => {
      for (const spelling of [source.code, source.name, ...source.aliases]) this.sources.set(foldText(spelling), source.code);
      this.sourceOrders.set(source.code, index);
    });
    this.taskGroups = plan.taskGroups.map((group) => ({
      key: group.key,
      framework: group.framework,
      spellings: [group.label, ...group.synonyms].map(foldText),
    }));
    this.frameworks = plan.frameworks.map((framework) => ({
      key: framework.key,
      synonyms: framework.synonyms.map(foldText),
      spellings: [framework.label, ...framework.synonyms].map(foldText),
    }));
    // A label two fields list belongs to the first, in the order of `plan.columns`.
    for (const field of COLUMN_FIELDS) {
      for (const spelling of plan.columns[field]) if (!this.columns.has(foldText(spelling))) this.columns.set(foldText(spelling), field);
    }
  }

  /** The registry agency an agency name or alias means, compared folded; undefined when the registry has none. */
  agency(name: string): RegistryAgency | undefined {
    return this.agencies.get(foldText(name));
  }

  /** The canonical code a funding-source token (code, name or alias) means, compared folded; undefined when unknown. */
  source(token: string): string | undefined {
    return this.sources.get(foldText(token));
  }

  /** A canonical funding-source code's position in the plan's vocabulary; undefined for a code the plan lacks. */
  sourceOrder(code: string): number | undefined {
    return this.sourceOrders.get(code);
  }

  /** The number of funding-source codes the plan defines (the rank after every known code). */
  get sourceCount(): number {
    return this.sourceOrders.size;
  }

  /**
   * The field whose extra labels (`plan.columns`) include this header label, compared folded: asked
   * before the tool's own vocabulary (`data/column-vocabulary.ts`), so a plan's label wins.
   */
  column(label: string): ColumnField | undefined {
    return this.columns.get(foldText(label));
  }

  /** The registry spellings whose folded text starts with this (folded) word, in registry order. */
  agencySpellingsFrom(word: string): readonly AgencySpelling[] {
    return this.spellingsByFirstWord.get(word) ?? [];
  }
}

/** The index of a plan, built now for a plain plan (an entry point given one by a library user). */
export function indexOf(plan: Plan | PlanIndex): PlanIndex {
  return plan instanceof PlanIndex ? plan : new PlanIndex(plan);
}
