import { type Money, ZERO } from "../data/money.js";
import { foldText } from "../data/text.js";
import type { Plan } from "../plan/schema.js";
import { UNSTATED } from "./pivot-facts.js";
import type { RollupInput } from "./rollup.js";

/** An input of a rollup whose figures an earlier input already has, and that input. */
export interface RepeatedInput {
  readonly file: string;
  readonly other: string;
}

/**
 * The inputs whose figures (every agency, section, year, source and amount) are those of an earlier
 * input: the same file given twice, a renamed or re-titled copy of an appendix, or an appendix and the
 * JSON export of the same consolidation. Rolling both up would count every figure twice. Inputs with
 * no figures are never repeats of each other.
 */
export function repeatedInputs(inputs: readonly RollupInput[]): RepeatedInput[] {
  const firstWith = new Map<string, string>();
  const repeated: RepeatedInput[] = [];
  for (const input of inputs) {
    const key = figuresKey(input);
    if (key === "") continue;
    const other = firstWith.get(key);
    if (other === undefined) firstWith.set(key, input.file);
    else repeated.push({ file: input.file, other });
  }
  return repeated;
}

/**
 * An input's figures as one text: the amounts summed by agency (folded), year and source, zeros
 * dropped, sorted. Sections are left out and amounts summed, since a JSON export states neither the
 * section nor the split of the appendix read back.
 */
function figuresKey(input: RollupInput): string {
  const sums = new Map<string, Money>();
  for (const fact of input.facts) {
    const key = JSON.stringify([foldText(fact.agency), fact.year, fact.source]);
    sums.set(key, (sums.get(key) ?? ZERO).plus(fact.amount));
  }
  return [...sums]
    .filter(([, amount]) => !amount.isZero())
    .map(([key, amount]) => `${key}=${amount.toFixed()}`)
    .sort()
    .join("\n");
}

/** Two inputs of a rollup with money for the same agencies in the same years: added together, maybe twice. */
export interface OverlappingInputs {
  readonly file: string;
  readonly other: string;
  /** The agencies (official names where the registry knows them) and years both inputs have money for. */
  readonly agencies: readonly string[];
  readonly years: readonly string[];
}

/**
 * The pairs of inputs that both have money for one agency in one stated year. A rollup adds them, as
 * it should when two plans each fund part of a year, but the same proposal consolidated twice (a
 * form in two years' folders, an agency's appendix beside the province's) counts twice: worth a
 * warning. Agencies are matched through the plan's registry, as the rollup matches them.
 */
export function overlappingInputs(inputs: readonly RollupInput[], plan: Plan): OverlappingInputs[] {
  const official = new Map<string, string>();
  for (const agency of plan.agencies) for (const spelling of [agency.name, ...agency.aliases]) official.set(foldText(spelling), agency.name);
  const keysOf = inputs.map((input) => {
    const sums = new Map<string, { agency: string; year: string; amount: Money }>();
    for (const fact of input.facts) {
      if (fact.year === UNSTATED || fact.agency === UNSTATED) continue;
      const agency = official.get(foldText(fact.agency)) ?? fact.agency;
      const key = JSON.stringify([agency, fact.year]);
      const sum = sums.get(key);
      sums.set(key, { agency, year: fact.year, amount: (sum?.amount ?? ZERO).plus(fact.amount) });
    }
    return new Map([...sums].filter(([, sum]) => !sum.amount.isZero()));
  });
  const overlaps: OverlappingInputs[] = [];
  inputs.forEach((input, j) => {
    for (let i = 0; i < j; i++) {
      const earlier = keysOf[i];
      const shared = [...(keysOf[j] ?? new Map())].filter(([key]) => earlier?.has(key) === true).map(([, sum]) => sum);
      if (shared.length === 0) continue;
      overlaps.push({
        file: input.file,
        other: inputs[i]?.file ?? "",
        agencies: [...new Set(shared.map((sum) => sum.agency))],
        years: [...new Set(shared.map((sum) => sum.year))].sort(),
      });
    }
  });
  return overlaps;
}
