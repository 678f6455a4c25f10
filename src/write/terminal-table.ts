import { Chalk } from "chalk";
import Table from "cli-table3";

/** Where a column's cells sit: against its left or its right border. */
export type Alignment = "left" | "right";

/** A table to draw: the headings, the rows, and how they are laid out. */
export interface TerminalTable {
  /** One heading per column: the table has as many columns as headings. */
  readonly head: readonly string[];
  /** Each row's cells in column order; a missing cell is empty, and `\n` starts a new line within a cell. */
  readonly rows: readonly (readonly string[])[];
  /** Alignment by column; a column without one is left-aligned. */
  readonly align: readonly Alignment[];
  /** Whether a rule is drawn under the headings and between rows (or only the frame). */
  readonly rowRules: boolean;
}

// Control sequences (CSI, such as colours) and operating-system commands (such as hyperlinks) take no room.
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
const COMBINING_MARK = /\p{M}/gu;
const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

const PAINT = new Chalk({ level: 1 });
const RED = (text: string): string => PAINT.red(text);
const [GREY, OFF] = PAINT.gray("|").split("|");

/**
 * The frame in grey, each column's stretch of a rule painted on its own as cli-table3's `style.border`
 * paints it; given as characters, so no colour library decides from process.stdout whether to paint.
 */
const GREY_CHARS = (() => {
  const [on, off] = [GREY ?? "", OFF ?? ""];
  const edge = `${on}│${off}`;
  return {
    top: "─",
    topLeft: `${on}┌`,
    topMid: `${off}${on}┬`,
    topRight: `┐${off}`,
    mid: "─",
    leftMid: `${on}├`,
    midMid: `${off}${on}┼`,
    rightMid: `┤${off}`,
    bottom: "─",
    bottomLeft: `${on}└`,
    bottomMid: `${off}${on}┴`,
    bottomRight: `┘${off}`,
    left: edge,
    middle: edge,
    right: edge,
  };
})();

/**
 * Rows drawn by one cli-table3 table. Its layout (`fillInTable`) compares each cell with every cell above
 * it, whatever `colWidths` say: 5,000 rows in one table took 3.5 s. A long table is drawn in chunks of this
 * many rows, joined (5,000 rows: 10 and 25 measured fastest of 10, 25, 50 and 100; 20 sits between).
 */
export const CHUNK_ROWS = 20;

/**
 * The number of terminal cells a line of text takes: its code points, less combining marks and ANSI
 * escape sequences. Vietnamese text in NFC, box drawing and block characters (`█ ░ ▏`) take one cell
 * each. Wide East Asian characters and emoji count as one, unlike in a terminal (and in cli-table3, which
 * then cuts such a cell short with `…`); labels here are Vietnamese.
 */
export function displayWidth(text: string): number {
  const shown = text.replace(ANSI_SEQUENCE, "").replace(COMBINING_MARK, "");
  return shown.length - (shown.match(SURROGATE_PAIR)?.length ?? 0);
}

/**
 * Draws a table with cli-table3: columns as wide as their widest cell with one space of padding on each
 * side, headings in the first row. With `color`, headings are red and borders grey. The widths are
 * measured here and given to cli-table3 (`colWidths`); rows go to it {@link CHUNK_ROWS} at a time, so
 * time grows with the rows, not their square. Returns the lines joined by `\n`, without a final one.
 */
export function terminalTable(table: TerminalTable, options: { color: boolean }): string {
  const columns = table.head.length;
  const rows = [table.head, ...table.rows].map((row) => Array.from({ length: columns }, (_, i) => row[i] ?? ""));
  const widths = new Array<number>(columns).fill(0);
  for (const row of rows) {
    row.forEach((cell, i) => {
      for (const line of cell.split("\n")) widths[i] = Math.max(widths[i] ?? 0, displayWidth(line));
    });
  }
  const align = Array.from({ length: columns }, (_, i) => table.align[i] ?? "left");
  const layout = {
    colWidths: widths.map((width) => width + 2),
    colAligns: align,
    chars: options.color ? GREY_CHARS : {},
    // Without rules the headings are an ordinary first row (cli-table3 rules off a `head`).
    style: { head: [], border: [], compact: !table.rowRules },
  };
  const [head = [], ...body] = rows;
  const first = new Table(layout);
  first.push(options.color ? redHeadings(head, widths, align) : head, ...body.slice(0, CHUNK_ROWS));
  const parts = [first.toString()];
  // Each further chunk is drawn after the row before it, so that its first rule is the one between rows;
  // that row's frame top and lines are then dropped, and the bottom edge of the chunk before.
  for (let start = CHUNK_ROWS; start < body.length; start += CHUNK_ROWS) {
    const previous = body[start - 1] ?? [];
    const chunk = new Table(layout);
    chunk.push(previous, ...body.slice(start, start + CHUNK_ROWS));
    const skip = 1 + Math.max(1, ...previous.map((cell) => cell.split("\n").length));
    parts[parts.length - 1] = dropLastLine(parts[parts.length - 1] ?? "");
    parts.push(chunk.toString().split("\n").slice(skip).join("\n"));
  }
  return parts.join("\n");
}

/**
 * The headings painted red with their padding, as cli-table3's `style.head` paints them: padded here
 * (cli-table3 pads outside the colour) and given to it without padding, each as tall as the tallest.
 */
function redHeadings(head: readonly string[], widths: readonly number[], align: readonly Alignment[]): Table.CellOptions[] {
  const height = Math.max(1, ...head.map((cell) => cell.split("\n").length));
  return head.map((cell, i) => {
    const lines = cell.split("\n");
    const painted = Array.from({ length: height }, (_, l) => {
      const text = lines[l] ?? "";
      const room = " ".repeat((widths[i] ?? 0) - displayWidth(text));
      return RED(` ${align[i] === "right" ? room + text : text + room} `);
    });
    return { content: painted.join("\n"), style: { "padding-left": 0, "padding-right": 0 } };
  });
}

/** `text` without its last line. */
function dropLastLine(text: string): string {
  return text.slice(0, text.lastIndexOf("\n"));
}
