/** Points per wrapped line of 13-point Times New Roman, and the cell's top and bottom padding. */
const LINE_POINTS = 15.5;
const PADDING_POINTS = 3;
/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;

/**
 * Characters of 13-point Times New Roman per unit of column width: a LibreOffice render of the appendix
 * fits 68 to 74 characters of Vietnamese task names in a 52-wide column (1.3 to 1.4 a unit); bold text is wider.
 * Kept a little under, so a line that barely fits on screen still fits in Excel.
 */
const CHARACTERS_PER_WIDTH = { plain: 1.25, bold: 1.16 } as const;

/** A text in a wrapped cell: the text, its column's width (in Excel's character units), and its weight. */
export type WrappedText = readonly [text: string, width: number, weight?: "plain" | "bold"];

/**
 * The lines a text takes in a wrapped cell, broken at spaces as a spreadsheet does (a word longer than a
 * line is cut), each explicit line break starting a new line.
 */
export function wrappedLines(text: string, width: number, weight: "plain" | "bold" = "plain"): number {
  const capacity = Math.max(1, Math.floor(width * CHARACTERS_PER_WIDTH[weight]));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(" ")) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= capacity) {
        used = needed;
        continue;
      }
      const extra = Math.max(1, Math.ceil(word.length / capacity));
      lines += used === 0 ? extra - 1 : extra;
      used = word.length - (extra - 1) * capacity;
    }
  }
  return lines;
}

/**
 * The height of a row whose wrapped cells hold `texts`, in points, or undefined for a one-line row (the
 * default height). The file carries no layout: without a height, Excel and LibreOffice show one line of
 * a long task name on open and in print.
 */
export function rowHeight(texts: readonly WrappedText[]): number | undefined {
  let lines = 1;
  for (const [text, width, weight] of texts) if (text !== "") lines = Math.max(lines, wrappedLines(text, width, weight));
  return lines === 1 ? undefined : Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + PADDING_POINTS);
}
