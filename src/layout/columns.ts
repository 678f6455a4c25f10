import type { ColumnField } from "../data/column-fields.js";
import { type Period, type Phase, phasedKey } from "../data/period.js";
import { foldText } from "../data/text.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { FIELD_PATTERNS, PERIOD_START, PHASE_PATTERNS, PLACE_LABEL, RECURRENT_BAND, TOTAL_LEAF } from "./column-vocabulary-patterns.js";
import { foldDocumentNumbers } from "./document-number.js";
import { periodLeaf } from "./period-label.js";

/** The plan fields a column can hold, besides period and task-group columns. */
export type Field = ColumnField;

/** What one column of the table was recognised as. */
export type ColumnRole =
  | { kind: "field"; field: Field }
  | { kind: "period"; period: Period; phase: Phase; key: string }
  | { kind: "group"; key: string }
  | { kind: "unknown"; unreadablePeriod?: true; phases?: readonly Phase[]; repeats?: number };

const TASK_GROUP_BAND = /phu hop voi chu truong|nhom nhiem vu|dinh huong, chien luoc/;

/**
 * Recognises a column from its header labels, top to bottom (merged cells repeated into every column
 * they span). Returns `unknown` rather than guessing (marked when its label is a period that cannot be read).
 */
export function classifyColumn(labels: readonly string[], index: PlanIndex): ColumnRole {
  const folded = labels.map(foldText).filter((label) => label !== "");
  const leaf = folded.at(-1);
  if (leaf === undefined) return { kind: "unknown" };
  const path = folded.join(" > ");

  const period = periodColumn(folded);
  if (period) return period;

  const group = matchTaskGroup(folded, index);
  if (group) return { kind: "group", key: group };

  if (TOTAL_LEAF.test(leaf) && folded.length > 1) {
    return { kind: "field", field: RECURRENT_BAND.test(path) ? "recurrentTotal" : "amount" };
  }
  // The plan's own labels first, then the tool's vocabulary (`data/column-vocabulary.ts`).
  const synonym = index.column(leaf);
  if (synonym) return { kind: "field", field: synonym };
  for (const [field, pattern] of FIELD_PATTERNS) {
    if (pattern.test(leaf)) return { kind: "field", field };
  }
  // Only alone: under a money band (`Ngân sách › Tỉnh | Huyện`) a place is a budget level, not a name.
  if (folded.length === 1 && PLACE_LABEL.test(leaf)) return { kind: "field", field: "name" };
  return { kind: "unknown" };
}

/**
 * Whether a column's joined label (`readColumns`) is a place alone: a name column that gives way to
 * any other name column of the table (`STT | Tỉnh | Tên dự án` lists projects, not provinces).
 */
export function isPlaceColumn(label: string): boolean {
  return !label.includes(" › ") && PLACE_LABEL.test(foldText(label));
}

/** The phase a label of a period column names (`data/column-vocabulary.ts`: `PHASE_VOCABULARY`). */
function phaseOf(label: string): Phase | undefined {
  for (const [phase, pattern] of PHASE_PATTERNS) if (pattern.test(label)) return phase;
  return undefined;
}

/**
 * A period column: its lowest label a period (`2025`, `Năm 2026`, `2026 - 2030`), or a phase whose
 * label or a label above names the period (`Năm 2025 › Đánh giá thực hiện`, `Ước thực hiện năm 2025`).
 * Its phase is the nearest phase word of its labels, requested when none; labels naming two phases
 * (`Dự toán › Ước thực hiện 2025`) make the column unknown, marked, rather than a guess.
 */
function periodColumn(folded: readonly string[]): ColumnRole | undefined {
  const leaf = folded.at(-1) ?? "";
  let period = periodLeaf(leaf);
  let at = folded.length - 1;
  const leafPhase = phaseOf(leaf);
  if (period.kind === "none" && leafPhase !== undefined) {
    // `Ước thực hiện năm 2025`: the period after the phase words; else a label above (`Năm 2025 › Dự toán`).
    period = periodLeaf(leaf.replace(PERIOD_START, ""));
    for (let i = folded.length - 2; period.kind === "none" && i >= 0; i--) {
      period = periodLeaf(folded[i] ?? "");
      at = i;
    }
  }
  if (period.kind === "unreadable") return { kind: "unknown", unreadablePeriod: true };
  if (period.kind === "none") return undefined;
  const phases = new Set<Phase>();
  for (let i = folded.length - 1; i >= 0; i--) {
    if (i === at && leafPhase === undefined) continue;
    const phase = phaseOf(folded[i] ?? "");
    if (phase) phases.add(phase);
  }
  if (phases.size > 1) return { kind: "unknown", phases: [...phases] };
  const phase = [...phases][0] ?? "requested";
  return { kind: "period", period: period.period, phase, key: phasedKey(period.period.key, phase) };
}

// Document numbers are compared without their punctuation (`57-NQTW` is `57-NQ/TW`): see `foldDocumentNumbers`.
function matchTaskGroup(labels: readonly string[], index: PlanIndex): string | undefined {
  const folded = labels.map(foldDocumentNumbers);
  const path = folded.join(" > ");
  const inBand = TASK_GROUP_BAND.test(path) || index.frameworks.some((f) => f.synonyms.some((key) => path.includes(foldDocumentNumbers(key))));
  if (!inBand || folded.length < 2) return undefined;
  const leaf = folded.at(-1) ?? "";
  const candidates = index.taskGroups.filter((group) =>
    group.spellings.map(foldDocumentNumbers).some((key) => key === leaf || (key.length > 6 && leaf.includes(key))),
  );
  if (candidates.length <= 1) return candidates[0]?.key;
  // "Khác" exists under several frameworks: the band above the leaf decides which.
  const band = folded.slice(0, -1).join(" ");
  const framework = index.frameworks.find((f) => f.spellings.some((key) => band.includes(foldDocumentNumbers(key))));
  return candidates.find((group) => group.framework === framework?.key)?.key;
}
