import { Chalk } from "chalk";

/** Where a column's cells sit: against its left or its right border. */
export type Alignment = "left" | "right";

/** A table to draw: the headings, the rows, and how they are laid out. */
export interface BoxTable {
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

/**
 * The number of terminal cells a line of text takes: its code points, less combining marks and ANSI
 * escape sequences. Vietnamese text in NFC, box drawing and block characters (`█ ░ ▏`) take one cell
 * each. Wide East Asian characters and emoji count as one, unlike in a terminal; labels here are Vietnamese.
 */
export function displayWidth(text: string): number {
  const shown = text.replace(ANSI_SEQUENCE, "").replace(COMBINING_MARK, "");
  return shown.length - (shown.match(SURROGATE_PAIR)?.length ?? 0);
}

/**
 * Draws a table with box characters as cli-table3 did: columns as wide as their widest cell with one
 * space of padding on each side, headings in the first row. With `color`, headings are red and borders
 * grey. Takes time linear in the size of the table; returns its lines joined by `\n`, without a final one.
 */
export function boxTable(table: BoxTable, options: { color: boolean }): string {
  const columns = table.head.length;
  const rows = [table.head, ...table.rows].map((row) => Array.from({ length: columns }, (_, i) => (row[i] ?? "").split("\n")));
  const widths = new Array<number>(columns).fill(0);
  for (const row of rows) {
    row.forEach((lines, i) => {
      for (const line of lines) widths[i] = Math.max(widths[i] ?? 0, displayWidth(line));
    });
  }
  const border = options.color ? (text: string) => PAINT.gray(text) : (text: string) => text;
  const heading = options.color ? (text: string) => PAINT.red(text) : (text: string) => text;
  const rule = (left: string, cross: string, right: string) =>
    widths.map((width, i) => border(`${i === 0 ? left : cross}${"─".repeat(width + 2)}${i === columns - 1 ? right : ""}`)).join("");
  const separator = rule("├", "┼", "┤");
  const edge = border("│");

  const out: string[] = [rule("┌", "┬", "┐")];
  rows.forEach((row, r) => {
    if (r > 0 && table.rowRules) out.push(separator);
    const height = Math.max(1, ...row.map((lines) => lines.length));
    for (let l = 0; l < height; l++) {
      const cells = row.map((lines, i) => {
        const text = lines[l] ?? "";
        const room = " ".repeat((widths[i] ?? 0) - displayWidth(text));
        const padded = ` ${table.align[i] === "right" ? room + text : text + room} `;
        return `${edge}${r === 0 ? heading(padded) : padded}${i === columns - 1 ? edge : ""}`;
      });
      out.push(cells.join(""));
    }
  });
  out.push(rule("└", "┴", "┘"));
  return out.join("\n");
}
