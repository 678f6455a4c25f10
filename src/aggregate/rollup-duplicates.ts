import { ZERO, type Money } from "../data/money.js";
import { foldText } from "../data/text.js";
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
