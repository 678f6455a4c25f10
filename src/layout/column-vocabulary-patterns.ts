import type { ColumnField } from "../data/column-fields.js";
import { COLUMN_VOCABULARY, type ColumnLabel, PLACE_WORDS } from "../data/column-vocabulary.js";
import { foldText } from "../data/text.js";

const escapePattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

/** A label's folded text as a pattern: word for word, `…` any words between. */
function labelSource(label: ColumnLabel): string {
  const body = label.text
    .split("…")
    .map((part) => escapePattern(foldText(part)))
    .join(".*");
  const unless = label.unless === undefined ? "" : `(?! (?:${label.unless.map((word) => escapePattern(foldText(word))).join("|")})\\b)`;
  if (label.match === "whole") return `^${body}$`;
  if (label.match === "start") return `^${body}\\b${unless}`;
  return `\\b${body}\\b`;
}

/**
 * Each field with one pattern of all its labels, Vietnamese and English, in the vocabulary's order: made
 * once at load, so a column's lowest label is tested against a dozen patterns, once per column.
 */
export const FIELD_PATTERNS: ReadonlyArray<readonly [ColumnField, RegExp]> = COLUMN_VOCABULARY.filter((entry) => entry.vi.length + entry.en.length > 0).map(
  (entry) => [entry.field, new RegExp([...entry.vi, ...entry.en].map(labelSource).join("|"))],
);

/** The code column's labels (`STT`, `TT`, `No.`), for finding the header row. */
export const CODE_LABEL = FIELD_PATTERNS.find(([field]) => field === "code")?.[1] ?? /^stt$/;

const placeAlternatives = (words: readonly string[]): string => words.map((word) => escapePattern(foldText(word))).join("|");

/**
 * A place standing alone as a column's label (folded): `Tỉnh`, `Tỉnh, thành phố`, `Tỉnh/TP`, `Quận/huyện`,
 * `Xã/phường`, `Địa phương`, `Province`.
 */
export const PLACE_LABEL = new RegExp(`^(?:${placeAlternatives(PLACE_WORDS.first)})(?:(?:\\/| )(?:${placeAlternatives(PLACE_WORDS.after)}))*$`);
