import { foldText } from "../data/text.js";

/** The unit amounts are stated in, as the power of ten that turns them into triệu đồng. */
export interface Unit {
  readonly name: "đồng" | "nghìn đồng" | "triệu đồng" | "tỷ đồng";
  /** Multiply by 10^exponent to get triệu đồng. */
  readonly exponent: number;
  /** Whether a unit line or a unit in a header label was found (otherwise triệu đồng is assumed). */
  readonly found: boolean;
  /** The text the unit was read from. */
  readonly text: string;
}

const UNITS: ReadonlyArray<readonly [RegExp, Unit["name"], number]> = [
  [/\btrieu dong\b|\btr dong\b|\btrd\b/, "triệu đồng", 0],
  [/\b(nghin|ngan) dong\b/, "nghìn đồng", -3],
  [/\bty dong\b|\bti dong\b/, "tỷ đồng", 3],
  [/\bdong\b|\bvnd\b/, "đồng", -6],
];

/**
 * Finds the unit in the title block (`Đơn vị tính: triệu đồng`, `ĐVT: đồng`) or, failing that, in a
 * header label (`Kinh phí (triệu đồng)`). Defaults to triệu đồng, marked as not found.
 */
export function findUnit(titleLines: readonly string[], headerLabels: readonly string[]): Unit {
  let mentioned: string | undefined;
  for (const line of titleLines) {
    const folded = foldText(line);
    const at = folded.search(/don vi tinh|\bdvt\b/);
    if (at < 0) continue;
    const unit = unitIn(folded.slice(at).replace(/^(don vi tinh|dvt)\s*/, ""), line);
    if (unit) return unit;
    // A note may mention "đơn vị tính" before the real unit line: keep looking.
    mentioned ??= line;
  }
  if (mentioned !== undefined) return { name: "triệu đồng", exponent: 0, found: false, text: mentioned };
  for (const label of headerLabels) {
    const unit = unitIn(foldText(label), label);
    if (unit) return unit;
  }
  return { name: "triệu đồng", exponent: 0, found: false, text: "" };
}

function unitIn(folded: string, text: string): Unit | undefined {
  for (const [pattern, name, exponent] of UNITS) {
    if (pattern.test(folded)) return { name, exponent, found: true, text };
  }
  return undefined;
}
