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
  /** Where it was read: a unit line above the table, a header label, or nowhere (assumed). */
  readonly from: "line" | "label" | "none";
}

/** The power of ten of each column's unit by column index; `sheet` for a column that states none. */
export interface ColumnScale {
  readonly sheet: number;
  readonly byColumn: readonly number[];
}

/** The power of ten that turns an amount read in column `col` into triệu đồng. */
export function exponentAt(scale: ColumnScale, col: number): number {
  return scale.byColumn[col] ?? scale.sheet;
}

const UNITS: ReadonlyArray<readonly [RegExp, Unit["name"], number]> = [
  // `1.000.000 đồng` and `1.000 đồng` fold to `1 000 000 dong`, `1 000 dong`: a million and a thousand đồng.
  [/\b1 ?000 ?000 dong\b|\btrieu dong\b|\btr dong\b|\btr d\b|\btrd\b/, "triệu đồng", 0],
  [/\b1 ?000 dong\b|\b(nghin|ngan) dong\b/, "nghìn đồng", -3],
  [/\bty dong\b|\bti dong\b/, "tỷ đồng", 3],
  [/\bdong\b|\bvnd\b/, "đồng", -6],
];

/** `Đơn vị tính: …` and `ĐVT: …`, folded: the unit may come anywhere after them. */
const UNIT_LINE = /don vi tinh|\bdvt\b/;
const UNIT_LINE_START = /^(don vi tinh|dvt)\s*/;
/**
 * `Đơn vị: Triệu đồng.`, `(Đơn vị: nghìn đồng)`, folded to `don vi trieu dong`: the unit must follow at
 * once, since `Đơn vị: Sở Tư pháp` names an agency, not a unit.
 */
const SHORT_UNIT_LINE = /\bdon vi (1 ?000 ?000 dong|1 ?000 dong|trieu dong|tr dong|tr d|trd|nghin dong|ngan dong|ty dong|ti dong|dong|vnd)\b/;
/**
 * An English unit line, folded (`Unit: million VND`, `(Unit: VND million)`, `Unit: thousand dong`): the
 * unit follows `unit` at once. Read before the Vietnamese words, since `vnd` alone would be đồng.
 */
const ENGLISH_UNIT_LINE = /\bunit (?:(million|thousand|billion) (?:vnd|dong)|(?:vnd|dong)(?: (million|thousand|billion))?)\b/;
const ENGLISH_SCALES: Readonly<Record<string, readonly [Unit["name"], number]>> = {
  million: ["triệu đồng", 0],
  thousand: ["nghìn đồng", -3],
  billion: ["tỷ đồng", 3],
};
/** A parenthesised part of a header label: `Đơn giá (đồng)`, `Kinh phí (ĐVT: triệu đồng)`. */
const PARENTHESES = /\(([^()]*)\)/g;
/** The whole folded text of a parenthesis that states a unit, with or without `Đơn vị tính:`/`ĐVT:`. */
const LABEL_UNIT = /^(?:(?:don vi tinh|don vi|dvt) )?(1 ?000 ?000 dong|1 ?000 dong|trieu dong|tr dong|tr d|trd|nghin dong|ngan dong|ty dong|ti dong|dong|vnd)$/;

/**
 * Finds the sheet's unit in the title block or the line right above the header (`Đơn vị tính: triệu
 * đồng`, `ĐVT: đồng`, `Đơn vị: Triệu đồng.`, `(Đơn vị: nghìn đồng)`, `Unit: million VND`) or, failing that, in a header label
 * (`Kinh phí (triệu đồng)`). Defaults to triệu đồng, marked as not found.
 */
export function findUnit(titleLines: readonly string[], headerLabels: readonly string[]): Unit {
  let mentioned: string | undefined;
  for (const line of titleLines) {
    const folded = foldText(line);
    const english = ENGLISH_UNIT_LINE.exec(folded);
    if (english) {
      const [name, exponent] = ENGLISH_SCALES[english[1] ?? english[2] ?? ""] ?? ["đồng", -6];
      return { name, exponent, found: true, text: line, from: "line" };
    }
    const short = SHORT_UNIT_LINE.exec(folded);
    const at = folded.search(UNIT_LINE);
    if (short && (at < 0 || short.index <= at)) {
      const unit = unitIn(short[1] ?? "", line, "line");
      if (unit) return unit;
    }
    if (at < 0) continue;
    const unit = unitIn(folded.slice(at).replace(UNIT_LINE_START, ""), line, "line");
    if (unit) return unit;
    // A note may mention "đơn vị tính" before the real unit line: keep looking.
    mentioned ??= line;
  }
  if (mentioned !== undefined) return { name: "triệu đồng", exponent: 0, found: false, text: mentioned, from: "none" };
  // Only a parenthesised unit counts: `Kinh phí hỗ trợ đồng bào` states no unit.
  for (const label of headerLabels) {
    const unit = labelUnit(label);
    if (unit) return unit;
  }
  return { name: "triệu đồng", exponent: 0, found: false, text: "", from: "none" };
}

/**
 * The unit a column's header label states in parentheses (`Thành tiền (đồng)`, `Kinh phí (triệu đồng)`,
 * a parent's `Dự toán (nghìn đồng) › 2025`), or undefined. Only a parenthesis that is a unit and nothing
 * else counts, so that `Hỗ trợ đồng bào` or a place name ending in `Đồng` is not read as a unit.
 */
export function labelUnit(label: string): Unit | undefined {
  if (!label.includes("(")) return undefined;
  for (const match of label.matchAll(PARENTHESES)) {
    const unit = LABEL_UNIT.exec(foldText(match[1] ?? ""));
    if (unit) return unitIn(unit[1] ?? "", label, "label");
  }
  return undefined;
}

function unitIn(folded: string, text: string, from: Unit["from"]): Unit | undefined {
  for (const [pattern, name, exponent] of UNITS) {
    if (pattern.test(folded)) return { name, exponent, found: true, text, from };
  }
  return undefined;
}
