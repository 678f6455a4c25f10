import type { GridSheet } from "../data/grid.js";
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

/** The one year a label names (`Kinh phí năm 2025`), or undefined when it names none or several. */
export function singleYear(label: string): number | undefined {
  const years = new Set((label.match(/\b(19|20)\d\d\b/g) ?? []).map(Number));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * The year a title block gives the money of a table without year columns (`DỰ KIẾN NHIỆM VỤ … VÀ KINH
 * PHÍ NĂM 2025`). Dates (`ngày … tháng 7 năm 2025`) do not count: they say when a letter was signed.
 */
export function titleYear(lines: readonly string[]): number | undefined {
  const years = new Set<number>();
  for (const line of lines) {
    const folded = foldText(line).replace(/thang \S* nam (19|20)\d\d/g, "");
    for (const match of folded.matchAll(/\bnam ((19|20)\d\d)\b/g)) years.add(Number(match[1]));
  }
  return years.size === 1 ? [...years][0] : undefined;
}
