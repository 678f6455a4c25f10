/** Points per wrapped line of 13-point Times New Roman, and the cell's top and bottom padding. */
const LINE_POINTS = 15.5;
const PADDING_POINTS = 3;
/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;
/** Pixels (at 96 dpi) of one em of 13-point type. */
const EM_PIXELS = (13 * 96) / 72;
/**
 * Pixels of a column of width 1 (a digit of the Normal style, Times New Roman 13: 8.67 pixels, which
 * LibreOffice uses as is and Excel rounds), taken a little under so that either shows every line; and
 * the cell's text margins.
 */
const UNIT_PIXELS = 8.5;
const TEXT_MARGIN_PIXELS = 5;

/*
 * Advance widths of Times New Roman (thousandths of an em), regular then bold, for the base letters of
 * Vietnamese text; accents take no width, the horn of ơ and ư a little. Checked on a LibreOffice print
 * (Liberation Serif has the same widths): a line it measured at 27.7 em, this counts 27.9.
 */
const WIDTHS: ReadonlyMap<string, readonly [number, number]> = new Map(
  Object.entries({
    " ": [250, 250],
    a: [444, 500],
    b: [500, 556],
    c: [444, 444],
    d: [500, 556],
    e: [444, 444],
    f: [333, 333],
    g: [500, 500],
    h: [500, 556],
    i: [278, 278],
    j: [278, 333],
    k: [500, 556],
    l: [278, 278],
    m: [778, 833],
    n: [500, 556],
    o: [500, 500],
    p: [500, 556],
    q: [500, 556],
    r: [333, 444],
    s: [389, 389],
    t: [278, 333],
    u: [500, 556],
    v: [500, 500],
    w: [722, 722],
    x: [500, 500],
    y: [500, 500],
    z: [444, 444],
    đ: [500, 556],
    A: [722, 722],
    B: [667, 667],
    C: [667, 722],
    D: [722, 722],
    E: [611, 667],
    F: [556, 611],
    G: [722, 778],
    H: [722, 778],
    I: [333, 389],
    J: [389, 500],
    K: [722, 778],
    L: [611, 667],
    M: [889, 944],
    N: [722, 722],
    O: [722, 778],
    P: [556, 611],
    Q: [722, 778],
    R: [667, 722],
    S: [556, 556],
    T: [611, 667],
    U: [722, 722],
    V: [722, 722],
    W: [944, 1000],
    X: [722, 722],
    Y: [722, 722],
    Z: [611, 667],
    Đ: [722, 722],
    ".": [250, 250],
    ",": [250, 250],
    ":": [278, 333],
    ";": [278, 333],
    "-": [333, 333],
    "(": [333, 333],
    ")": [333, 333],
    "/": [278, 278],
    "'": [180, 278],
    '"': [408, 555],
  }),
);
const DIGIT = 500;
const OTHER = 556;
const HORN = 60;
const COMBINING = /[\u0300-\u036f]/u;
const SPACE = 32;
const NEWLINE = 10;

/** A text in a wrapped cell: the text, its column's width (in Excel's character units), and its weight. */
export type WrappedText = readonly [text: string, width: number, weight?: "plain" | "bold"];

/** Width of one character after decomposition (NFD), in thousandths of an em. */
function baseWidth(character: string, bold: boolean): number {
  const known = WIDTHS.get(character);
  if (known) return bold ? known[1] : known[0];
  if (character >= "0" && character <= "9") return DIGIT;
  if (character === "\u031b") return HORN;
  return COMBINING.test(character) ? 0 : OTHER;
}

/** Below this code every character's width is looked up in a table (Vietnamese letters end at U+1EF9). */
const TABLE_SIZE = 0x1f00;

/** Widths by character code, each precomposed letter as its decomposition: one lookup a character. */
function widthTable(bold: boolean): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    let width = 0;
    for (const part of String.fromCharCode(code).normalize("NFD")) width += baseWidth(part, bold);
    table[code] = width;
  }
  return table;
}

const TABLES = { plain: widthTable(false), bold: widthTable(true) } as const;

/**
 * The lines a text takes in a wrapped cell of a column `width` wide (Excel character units), broken at
 * spaces as a spreadsheet does (a word longer than a line is cut), each explicit line break starting a
 * new line; measured with the widths of Times New Roman 13. One pass over the text.
 */
export function wrappedLines(text: string, width: number, weight: "plain" | "bold" = "plain"): number {
  const table = TABLES[weight];
  const capacity = Math.max(1, ((width * UNIT_PIXELS - TEXT_MARGIN_PIXELS) / EM_PIXELS) * 1000);
  const space = table[SPACE] ?? 0;
  let lines = 1;
  let used = 0;
  let word = 0;
  const endWord = () => {
    if (used + (used === 0 ? 0 : space) + word <= capacity) {
      used += (used === 0 ? 0 : space) + word;
    } else {
      if (used > 0) lines += 1;
      // A word longer than a line runs over as many lines as it needs.
      const extra = Math.max(0, Math.ceil(word / capacity) - 1);
      lines += extra;
      used = word - extra * capacity;
    }
    word = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE) endWord();
    else if (code === NEWLINE) {
      endWord();
      lines += 1;
      used = 0;
    } else word += code < TABLE_SIZE ? (table[code] ?? OTHER) : OTHER;
  }
  endWord();
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
