import type { PdfDocument } from "./pdf-document.js";
import { widthMeter } from "./pdf-ink.js";

/** One set line of a wrapped text, with its width in points. */
export interface SetLine {
  readonly text: string;
  readonly width: number;
}

/**
 * Breaks `text` into lines of at most `width` points in the document's current face and size: at
 * spaces, a word longer than a line at its letters, every line break kept; nothing is dropped. Our own
 * greedy breaker, since pdfkit's is by far the dearest part of setting a 10,000-row table and the
 * table needs each row's lines before it draws (to know its height); word widths are pdfkit's, measured once
 * per word and face (`widthMeter`).
 */
export function wrapText(doc: PdfDocument, text: string, width: number): SetLine[] {
  const lines: SetLine[] = [];
  const measure = widthMeter(doc);
  // Most cells (amounts, codes, short names) are one word that fits.
  if (!text.includes(" ") && !text.includes("\n")) {
    const whole = measure(text);
    if (whole <= width) return [{ text, width: whole }];
  }
  const space = measure(" ");
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    const start = (word: string, wordWidth: number) => {
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        return;
      }
      const pieces = breakWord(measure, word, width);
      lines.push(...pieces.slice(0, -1));
      const last = pieces.at(-1) ?? { text: "", width: 0 };
      line = last.text;
      lineWidth = last.width;
    };
    for (const word of paragraph.split(" ")) {
      if (word === "") continue;
      const wordWidth = measure(word);
      if (line === "") start(word, wordWidth);
      else if (lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
      } else {
        lines.push({ text: line, width: lineWidth });
        start(word, wordWidth);
      }
    }
    lines.push({ text: line, width: lineWidth });
  }
  return lines;
}

/** A word wider than a line, in pieces that fit (at least one letter each). */
function breakWord(measure: (text: string) => number, word: string, width: number): SetLine[] {
  // The longest run of letters from each break that fits (at least one), found by halving: a prefix
  // widens with every letter, so this is where a letter-by-letter scan would break, in far fewer
  // measurements of far fewer different texts.
  const letters = [...word];
  const pieces: SetLine[] = [];
  let from = 0;
  while (from < letters.length) {
    let fits = 1;
    let over = letters.length - from + 1;
    while (over - fits > 1) {
      const middle = Math.floor((fits + over) / 2);
      if (measure(letters.slice(from, from + middle).join("")) <= width) fits = middle;
      else over = middle;
    }
    const text = letters.slice(from, from + fits).join("");
    pieces.push({ text, width: measure(text) });
    from += fits;
  }
  return pieces;
}
