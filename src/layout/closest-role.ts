import { COLUMN_FIELDS } from "../data/column-fields.js";
import { COLUMN_VOCABULARY } from "../data/column-vocabulary.js";
import { foldText } from "../data/text.js";
import type { Field } from "./columns.js";

/** Words too common in labels to say anything about a column. */
const STOP_WORDS: ReadonlySet<string> = new Set(["so", "chu", "ghi", "va", "cua", "cac", "nam", "trong", "do", "theo", "duoc", "cho", "tu", "den", "ve", "la"]);

const WORD_SPLIT = /[^a-z0-9]+/;

function wordsOf(folded: string): Set<string> {
  return new Set(folded.split(WORD_SPLIT).filter((word) => word.length > 1 && !STOP_WORDS.has(word)));
}

/**
 * Each field with the words of its labels and hints (`data/column-vocabulary.ts`), folded once, in the
 * order of `COLUMN_FIELDS`, which decides ties: a name before a unit of measure (`Tỉnh`), the amount
 * before the funding source (`Kinh phí đề nghị` is money, not a source).
 */
const FIELD_WORDS: ReadonlyArray<readonly [Field, ReadonlySet<string>]> = COLUMN_FIELDS.map((field) => {
  const entry = COLUMN_VOCABULARY.find((vocabulary) => vocabulary.field === field);
  const labels = entry === undefined ? [] : [...entry.vi, ...entry.en].map((label) => label.text.replace("…", " ")).concat(entry.hints);
  return [field, wordsOf(foldText(labels.join(" ")))];
});

/**
 * The field a column the tool could not place comes closest to, by the words its folded labels share
 * with the labels each field is known by (at least half of its words): `Mức hỗ trợ` → amount. Nothing
 * when no field has that many.
 * Only asked for unknown columns, so a few per sheet.
 */
export function closestField(foldedLabels: readonly string[]): Field | undefined {
  const words = wordsOf(foldedLabels.join(" "));
  let best: Field | undefined;
  let bestScore = 0;
  for (const [field, known] of FIELD_WORDS) {
    let score = 0;
    for (const word of words) if (known.has(word)) score++;
    // At least half the label's words must be the field's: `Ý kiến của cơ quan thẩm định` is not a name.
    if (score > bestScore && score * 2 >= words.size) {
      best = field;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Units that count things rather than money, folded: `tấn`, `người`, `hộ`, `ha`, `km`, `cái`, `bộ`… A
 * column stating one (`Gạo hỗ trợ (tấn)`) is a quantity, whatever its other words share with the amount.
 */
const QUANTITY_UNITS: ReadonlySet<string> = new Set([
  ...["tan", "kg", "ta", "lit", "nguoi", "ho", "ha", "km", "m", "m2", "m3", "cai", "bo", "chiec", "con", "luot", "suat"],
  ...["can", "can nha", "hoc sinh", "lop", "phong", "truong", "xa", "may", "ngay", "thang", "gio"],
]);

/** A bracketed part of a label, and the words that may open it (`(ĐVT: tấn)`, `(đơn vị: hộ)`), folded. */
const BRACKETED = /\(([^()]*)\)/g;
const UNIT_PREFIX = /^(dvt|don vi tinh|don vi) /;

/**
 * The unit a column's label states in brackets when it counts things, not money: `tấn` for
 * `Gạo hỗ trợ (tấn)`, `hộ` for `Số hộ (ĐVT: hộ)`. Undefined when the label states none (or a money unit).
 * Only asked for unknown columns, so a few per sheet.
 */
export function quantityUnit(label: string): string | undefined {
  for (const [, inside = ""] of label.matchAll(BRACKETED)) {
    const unit = foldText(inside).replace(UNIT_PREFIX, "");
    if (QUANTITY_UNITS.has(unit)) return inside.replace(/^[^:]*:/, "").trim();
  }
  return undefined;
}
