import type { GridSheet } from "../data/grid.js";
import { type Period, periodOf } from "../data/period.js";
import { foldText } from "../data/text.js";
import { cellText } from "./sheet-text.js";

/** The text of each non-empty row above the header band, cells joined by a space: the title block. */
export function linesAbove(sheet: GridSheet, top: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < top; r++) {
    const text = (sheet.rows[r] ?? [])
      .map(cellText)
      .filter((t) => t !== "")
      .join(" ");
    if (text !== "") lines.push(text);
  }
  return lines;
}

// A year, or a range of two years (`2026 - 2030`, `2026-2030`, `2026–2030`: the en dash folds to a space).
const PERIOD_IN_TEXT = /(?<!\d)((?:19|20)\d\d)(?:\s*(?:-|den)?\s*((?:19|20)\d\d))?(?!\d)/g;

/**
 * The one period a label names (`Kinh phí năm 2025` → 2025, `Tổng kinh phí giai đoạn 2026 - 2030` →
 * 2026–2030), or undefined when it names none or several.
 */
export function labelPeriod(label: string): Period | undefined {
  return onePeriod([foldText(label)]);
}

/**
 * The period a title block gives the money of a table without period columns (`DỰ KIẾN NHIỆM VỤ … VÀ
 * KINH PHÍ NĂM 2025`, `Danh mục nhiệm vụ năm 2021 - 2025`). Dates (`ngày … tháng 7 năm 2025`) do not
 * count: they say when a letter was signed. Only a year written after `năm` or `giai đoạn` counts.
 */
export function titlePeriod(lines: readonly string[]): Period | undefined {
  const keyed = new Map<string, Period>();
  for (const line of lines) {
    const folded = foldText(line).replace(/thang \S* nam (19|20)\d\d/g, "");
    for (const match of folded.matchAll(TITLE_PERIOD)) {
      const period = periodFrom(match[1], match[2]);
      if (period) keyed.set(period.key, period);
    }
  }
  return keyed.size === 1 ? [...keyed.values()][0] : undefined;
}

const TITLE_PERIOD = /\b(?:nam|giai doan)\s+((?:19|20)\d\d)(?:\s*(?:-|den)?\s*((?:19|20)\d\d))?(?!\d)/g;

/** The one period the texts name, or undefined when none or several (a reversed range names none). */
function onePeriod(folded: readonly string[]): Period | undefined {
  const keyed = new Map<string, Period | undefined>();
  for (const text of folded) {
    for (const match of text.matchAll(PERIOD_IN_TEXT)) {
      const period = periodFrom(match[1], match[2]);
      keyed.set(period?.key ?? match[0], period);
    }
  }
  return keyed.size === 1 ? [...keyed.values()][0] : undefined;
}

function periodFrom(first: string | undefined, last: string | undefined): Period | undefined {
  if (first === undefined) return undefined;
  const from = Number(first);
  const to = last === undefined ? from : Number(last);
  return to >= from ? periodOf(from, to) : undefined;
}
