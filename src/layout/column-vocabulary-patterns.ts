import type { ColumnField } from "../data/column-fields.js";
import { COLUMN_VOCABULARY, type ColumnLabel, HEADER_WORDS, PERIOD_WORDS, PHASE_VOCABULARY, PLACE_WORDS, TOTAL_WORDS } from "../data/column-vocabulary.js";
import type { Phase } from "../data/period.js";
import { foldText } from "../data/text.js";

const escapePattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

/** Folded words as alternatives of a pattern. */
const wordAlternatives = (words: readonly string[]): string => words.map((word) => escapePattern(foldText(word))).join("|");

/** A label's folded text as a pattern: word for word, `…` any words between. */
function labelSource(label: ColumnLabel): string {
  const body = label.text
    .split("…")
    .map((part) => escapePattern(foldText(part)))
    .join(".*");
  const unless = label.unless === undefined ? "" : `(?! (?:${wordAlternatives(label.unless)})\\b)`;
  const leading = label.leading === undefined ? "" : `(?:(?:${wordAlternatives(label.leading)}) )*`;
  if (label.match === "whole") return `^${body}$`;
  if (label.match === "start") return `^${leading}${body}\\b${unless}`;
  return `\\b${body}\\b`;
}

/**
 * Each field with one pattern of all its labels, Vietnamese and English, in the vocabulary's order: made
 * once at load, so a column's lowest label is tested against a dozen patterns, once per column.
 */
export const FIELD_PATTERNS: ReadonlyArray<readonly [ColumnField, RegExp]> = COLUMN_VOCABULARY.filter((entry) => entry.vi.length + entry.en.length > 0).map(
  (entry) => [entry.field, new RegExp([...entry.vi, ...entry.en].map(labelSource).join("|"))],
);

/** Each phase with one pattern of its words, in the vocabulary's order, made once at load. */
export const PHASE_PATTERNS: ReadonlyArray<readonly [Phase, RegExp]> = PHASE_VOCABULARY.map((entry) => [
  entry.phase,
  new RegExp([...entry.vi, ...entry.en].map(labelSource).join("|")),
]);

/** The code column's labels (`STT`, `TT`, `No.`), for finding the header row. */
export const CODE_LABEL = FIELD_PATTERNS.find(([field]) => field === "code")?.[1] ?? /^stt$/;

/**
 * A place standing alone as a column's label (folded): `Tỉnh`, `Tỉnh, thành phố`, `Tỉnh/TP`, `Quận/huyện`,
 * `Xã/phường`, `Địa phương`, `Province`.
 */
export const PLACE_LABEL = new RegExp(`^(?:${wordAlternatives(PLACE_WORDS.first)})(?:(?:\\/| )(?:${wordAlternatives(PLACE_WORDS.after)}))*$`);

/**
 * A column whose lowest label is a period: `2025`, `Năm 2026`, `Trong đó: 2025`, `2026 - 2030`,
 * `Giai đoạn 2026-2030`, `Year 2026` (folded; the en dash folds to a space).
 */
export const PERIOD_LEAF = new RegExp(
  `^(?:(?:${wordAlternatives(PERIOD_WORDS.ofWhich)})\\s*)?(?:(?:${wordAlternatives(PERIOD_WORDS.period)})\\s*)?((?:19|20)\\d\\d)(?:\\s*-?\\s*((?:19|20)\\d\\d))?$`,
);

/** Where a period starts in a label that names a phase first (`Ước thực hiện năm 2025`). */
export const PERIOD_START = new RegExp(`^\\D*?(?=(?:(?:${wordAlternatives(PERIOD_WORDS.period)}) )?(?:19|20)\\d\\d)`);

/** A total's label under a parent (`Tổng số`, `Tổng`, `Total`), folded. */
export const TOTAL_LEAF = new RegExp(`^(?:${wordAlternatives(TOTAL_WORDS.total)})$`);

/** A label above a total naming recurrent spending (`Chi thường xuyên`), folded. */
export const RECURRENT_BAND = new RegExp(`\\b(?:${wordAlternatives(TOTAL_WORDS.recurrent)})\\b`);

/** Labels (folded) that tell a header row beside the code column's: a name or an amount column. */
export const KNOWN_LABEL = new RegExp(`\\b(?:${wordAlternatives([...HEADER_WORDS.vi, ...HEADER_WORDS.en])})\\b`);
