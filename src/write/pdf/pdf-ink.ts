import type { PdfDocument } from "./pdf-document.js";

/**
 * The fast path of the appendix table, which sets tens of thousands of cells: widths measured once
 * per text, face and size, and a row drawn as one piece of content (its borders as one path, its
 * lines as one text object) instead of a `rect().stroke()` and a `text()` per cell, each of which costs
 * pdfkit a layout, a width, a save/restore and a dozen writes. The operators are those pdfkit's own
 * `text()` writes for a line without options, so the page reads and extracts (`pdftotext`) the same.
 *
 * It reaches two things pdfkit keeps to itself: the current font (`_font`, to encode glyphs, which also
 * puts them in the embedded subset and its ToUnicode map) and its size (`_fontSize`). Both are checked
 * by a guard, so a pdfkit that changes them fails loudly here rather than drawing nothing.
 */

/** A glyph's placement as pdfkit's embedded font gives it, in thousandths of the type size. */
interface GlyphPosition {
  readonly xAdvance: number;
  readonly advanceWidth: number;
  readonly xOffset: number;
  readonly yOffset: number;
}

/** What this module needs of pdfkit's current (embedded) font. */
interface EmbeddedFont {
  readonly id: string;
  readonly ascender: number;
  encode(text: string): [readonly string[], readonly GlyphPosition[]];
  ref(): unknown;
}

function isEmbeddedFont(value: unknown): value is EmbeddedFont {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof Reflect.get(value, "id") === "string" &&
    typeof Reflect.get(value, "ascender") === "number" &&
    typeof Reflect.get(value, "encode") === "function" &&
    typeof Reflect.get(value, "ref") === "function"
  );
}

/** pdfkit's current font and size (set by `doc.font(…).fontSize(…)`). */
function currentFace(doc: PdfDocument): { font: EmbeddedFont; size: number } {
  const font: unknown = Reflect.get(doc, "_font");
  const size: unknown = Reflect.get(doc, "_fontSize");
  if (!isEmbeddedFont(font) || typeof size !== "number") throw new Error("pdfkit's current font is not an embedded font with a size");
  return { font, size };
}

/** Widths by font and size, then by text: the same texts (words, amounts, codes) come back thousands of times. */
const widths = new WeakMap<object, Map<number, Map<string, number>>>();

/**
 * A measure of texts in the current face and size (as set when it is made): each text's width exactly
 * as `doc.widthOfString(text)` gives it, measured once. An amount, a code or a date (digits and
 * `.,-/()%`) is the sum of its characters' advances when the font kerns none of their pairs (checked
 * once per face): such texts are mostly different from each other, and laying each out would cost a
 * shaping pass.
 */
export function widthMeter(doc: PdfDocument): (text: string) => number {
  const { font, size } = currentFace(doc);
  let bySize = widths.get(font);
  if (!bySize) {
    bySize = new Map();
    widths.set(font, bySize);
  }
  let known = bySize.get(size);
  if (!known) {
    known = new Map();
    bySize.set(size, known);
  }
  const cache = known;
  const measure = (text: string): number => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const width = doc.widthOfString(text);
    cache.set(text, width);
    return width;
  };
  const figures = figureMetrics(font);
  const scale = size / 1000;
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    if (figures === undefined || !FIGURES.test(text)) return measure(text);
    // Summed again rather than kept: most amounts differ from each other.
    let advance = 0;
    for (let i = 0; i < text.length; i++) advance += (figures.advance.get(text.charAt(i)) ?? 0) + (figures.kerning.get(text.slice(i, i + 2)) ?? 0);
    return advance * scale;
  };
}

/** The characters of amounts, codes and dates; `FIGURES` matches a text made of them only. */
const FIGURE_CHARS = "0123456789.,-/()%";
const FIGURES = /^[0-9.,\-/()%]+$/u;

/**
 * How a font sets figures (texts of `FIGURE_CHARS`): each character's glyph and advance, and the
 * kerning of the pairs it kerns (Tinos kerns `11`), in thousandths of the type size.
 */
interface FigureMetrics {
  readonly glyph: ReadonlyMap<string, string>;
  readonly advance: ReadonlyMap<string, number>;
  /** The change to the first character's advance, by pair of characters; absent when zero. */
  readonly kerning: ReadonlyMap<string, number>;
}

const figureMetricsByFont = new WeakMap<object, FigureMetrics | undefined>();

/**
 * The figure metrics of a font, found once from its own layout of every character and every pair;
 * undefined when a pair is set otherwise than as its two glyphs side by side, its first one kerned
 * (a substitution, a mark moved), or when texts of three figures do not add up from their pairs: then
 * figures are laid out by the font like any text.
 */
function figureMetrics(font: EmbeddedFont): FigureMetrics | undefined {
  if (figureMetricsByFont.has(font)) return figureMetricsByFont.get(font);
  const glyph = new Map<string, string>();
  const advance = new Map<string, number>();
  const kerning = new Map<string, number>();
  let plain = true;
  const moved = (p: GlyphPosition) => p.xOffset !== 0 || p.yOffset !== 0;
  for (const char of FIGURE_CHARS) {
    const [encoded, positions] = font.encode(char);
    const [position] = positions;
    if (encoded.length !== 1 || position === undefined || moved(position) || position.xAdvance !== position.advanceWidth) plain = false;
    glyph.set(char, literalGlyphs(encoded));
    advance.set(char, position?.xAdvance ?? 0);
  }
  for (const a of FIGURE_CHARS)
    for (const b of FIGURE_CHARS) {
      const [encoded, positions] = font.encode(a + b);
      const [first, second] = positions;
      if (literalGlyphs(encoded) !== `${glyph.get(a) ?? ""}${glyph.get(b) ?? ""}` || !first || !second || moved(first) || moved(second)) plain = false;
      else if (second.xAdvance !== second.advanceWidth) plain = false;
      else if (first.xAdvance !== first.advanceWidth) kerning.set(a + b, first.xAdvance - first.advanceWidth);
    }
  const metrics = plain ? { glyph, advance, kerning } : undefined;
  // Kerning by pairs only: a few longer figures must come out as the font lays them out.
  if (metrics && !["111", "1.111.111,11", "(11)", "11/11/2011", "-1,1%"].every((text) => figureOperand(metrics, text) === shapedOperand(font, text)))
    figureMetricsByFont.set(font, undefined);
  else figureMetricsByFont.set(font, metrics);
  return figureMetricsByFont.get(font);
}

/** A rectangle to stroke, in pdfkit's coordinates (from the top left of the page). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A line of text to set with its top left corner at `x`, `y` (pdfkit's coordinates, as `doc.text(text, x, y)` takes them). */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** The `TJ` operand of a text by font, or undefined for one whose glyphs are moved off the baseline (drawn by pdfkit). */
const operands = new WeakMap<object, Map<string, string | undefined>>();

/**
 * Strokes `boxes` (0.5 pt) and sets `lines` in the current face and size, in black: one path and one
 * text object. A line whose glyphs carry offsets (a mark placed by the font's positioning) is left to
 * pdfkit's `text()`, which knows how to move them.
 */
export function drawBoxesAndLines(doc: PdfDocument, boxes: readonly Box[], lines: readonly PlacedText[]): void {
  const { font, size } = currentFace(doc);
  const parts: string[] = boxes.length > 0 ? ["0.5 w"] : [];
  for (const box of boxes) parts.push(`${num(box.x)} ${num(box.y)} ${num(box.width)} ${num(box.height)} re`);
  if (boxes.length > 0) parts.push("S");
  const fallback: PlacedText[] = [];
  const set: string[] = [];
  const height = doc.page.height;
  const ascent = (font.ascender / 1000) * size;
  for (const line of lines) {
    if (line.text === "") continue;
    const operand = operandOf(font, line.text);
    // Placed absolutely (`Tm`), as pdfkit places each line: relative moves would add up rounding.
    if (operand === undefined) fallback.push(line);
    else set.push(`1 0 0 1 ${num(line.x)} ${num(height - line.y - ascent)} Tm ${operand} TJ`);
  }
  if (set.length > 0) {
    const pageFonts: unknown = doc.page.fonts;
    if (typeof pageFonts === "object" && pageFonts !== null && !Reflect.has(pageFonts, font.id)) Reflect.set(pageFonts, font.id, font.ref());
    // pdfkit's page is drawn top-down (its first `cm` flips it); text is set in the PDF's own frame.
    parts.push(`q\n1 0 0 -1 0 ${num(height)} cm\nBT\n/${font.id} ${num(size)} Tf`, ...set, "ET\nQ");
  }
  if (parts.length > 0) keep(doc, parts.join("\n"));
  for (const line of fallback) doc.text(line.text, line.x, line.y, { lineBreak: false });
}

/** The content drawn on the current page and not yet handed to pdfkit, by document: handed over once a page. */
const kept = new WeakMap<PdfDocument, { readonly page: unknown; readonly parts: string[] }>();

function keep(doc: PdfDocument, content: string): void {
  const current = kept.get(doc);
  if (current === undefined) kept.set(doc, { page: doc.page, parts: [content] });
  // A page left without `flushInk` would get the next page's rows: fail rather than misplace them.
  else if (current.page !== doc.page) throw new Error("pdf-ink: flushInk(doc) was not called before the page changed");
  else current.parts.push(content);
}

/**
 * Hands what was drawn on the current page to pdfkit, as bytes (a string pdfkit would copy into bytes a
 * character at a time). Call it before a new page, a switch of page and the end of the document.
 */
export function flushInk(doc: PdfDocument): void {
  const current = kept.get(doc);
  if (current === undefined) return;
  kept.delete(doc);
  doc.addContent(Buffer.from(`${current.parts.join("\n")}\n`, "latin1"));
}

/** The `TJ` array of a text as pdfkit's `text()` writes it (glyph runs, split where kerning moves the next glyph), made once per font. */
function operandOf(font: EmbeddedFont, text: string): string | undefined {
  let known = operands.get(font);
  if (!known) {
    known = new Map();
    operands.set(font, known);
  }
  if (known.has(text)) return known.get(text);
  // A figure is made again rather than kept: most amounts differ from each other.
  const figures = FIGURES.test(text) ? figureMetrics(font) : undefined;
  if (figures) return figureOperand(figures, text);
  const operand = wordsOperand(font, text) ?? shapedOperand(font, text);
  known.set(text, operand);
  return operand;
}

/** Each word's glyphs with the space after it (`"word "`, as pdfkit lays a text out word by word), or undefined when the font moves or kerns one of them, by font. */
const wordGlyphs = new WeakMap<object, Map<string, readonly GlyphRun[] | undefined>>();

/** Glyphs set side by side, then the change to the last one's advance (kerning; 0 for none), in thousandths of the type size. */
type GlyphRun = readonly [glyphs: string, kerning: number];

/**
 * The `TJ` array of a text made of its words' glyphs, each word laid out once: pdfkit lays a text out
 * word by word too (each word with the space after it), so the glyphs and their kerning are the same,
 * and the array is split after each kerned glyph as pdfkit splits it. Undefined when a word's glyphs
 * are moved off their place (the text is then laid out whole by `shapedOperand`).
 */
function wordsOperand(font: EmbeddedFont, text: string): string | undefined {
  let known = wordGlyphs.get(font);
  if (!known) {
    known = new Map();
    wordGlyphs.set(font, known);
  }
  const commands: string[] = [];
  let glyphs = "";
  let start = 0;
  while (start < text.length) {
    const space = text.indexOf(" ", start);
    const end = space === -1 ? text.length : space + 1;
    const word = text.slice(start, end);
    let runs = known.get(word);
    if (runs === undefined && !known.has(word)) {
      runs = glyphRuns(font, word);
      known.set(word, runs);
    }
    if (runs === undefined) return undefined;
    for (const [set, kerning] of runs) {
      glyphs += set;
      if (kerning !== 0) {
        commands.push(`(${glyphs}) ${num(-kerning)}`);
        glyphs = "";
      }
    }
    start = end;
  }
  if (glyphs !== "") commands.push(`(${glyphs}) 0`);
  return `[${commands.join(" ")}]`;
}

/** A word's glyphs as runs ending at each kerned glyph; undefined when one is moved off its place. */
function glyphRuns(font: EmbeddedFont, word: string): GlyphRun[] | undefined {
  const [encoded, positions] = font.encode(word);
  if (positions.some((p) => p.xOffset !== 0 || p.yOffset !== 0)) return undefined;
  const runs: GlyphRun[] = [];
  let last = 0;
  positions.forEach((position, i) => {
    const kerning = position.xAdvance - position.advanceWidth;
    if (kerning !== 0 || i === positions.length - 1) {
      runs.push([literalGlyphs(encoded.slice(last, i + 1)), kerning]);
      last = i + 1;
    }
  });
  return runs;
}

/** The `TJ` array of any text, from the font's own layout (kerning, ligatures, marks); undefined when a glyph is moved off its place. */
function shapedOperand(font: EmbeddedFont, text: string): string | undefined {
  const [encoded, positions] = font.encode(text);
  if (positions.some((p) => p.xOffset !== 0 || p.yOffset !== 0)) return undefined;
  const commands: string[] = [];
  let last = 0;
  const segment = (end: number) => {
    if (last < end) {
      const position = positions[end - 1];
      const advance = position ? position.xAdvance - position.advanceWidth : 0;
      commands.push(`(${literalGlyphs(encoded.slice(last, end))}) ${num(-advance)}`);
    }
    last = end;
  };
  positions.forEach((position, i) => {
    if (position.xAdvance - position.advanceWidth !== 0) segment(i + 1);
  });
  segment(positions.length);
  return `[${commands.join(" ")}]`;
}

/** The `TJ` array of a figure (see `FIGURES`) as `shapedOperand` makes it: its characters' glyphs, split after a kerned one. */
function figureOperand(figures: FigureMetrics, text: string): string {
  const commands: string[] = [];
  let glyphs = "";
  for (let i = 0; i < text.length; i++) {
    glyphs += figures.glyph.get(text.charAt(i)) ?? "";
    const kern = figures.kerning.get(text.slice(i, i + 2));
    if (kern !== undefined) {
      commands.push(`(${glyphs}) ${num(-kern)}`);
      glyphs = "";
    }
  }
  if (glyphs !== "") commands.push(`(${glyphs}) 0`);
  return `[${commands.join(" ")}]`;
}

/**
 * Glyph codes (pdfkit's, four hex digits each) as the bytes of a PDF literal string, two per glyph:
 * half the size of pdfkit's hex strings, in a content stream that is deflated page by page. `(`, `)`
 * and `\\` are escaped, and so are CR and LF, which a literal string would otherwise read as a line end.
 */
function literalGlyphs(codes: readonly string[]): string {
  let bytes = "";
  for (const code of codes) {
    const value = Number.parseInt(code, 16);
    bytes += literalByte(value >> 8) + literalByte(value & 0xff);
  }
  return bytes;
}

function literalByte(byte: number): string {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  if (byte === 0x0a) return "\\n";
  if (byte === 0x0d) return "\\r";
  return String.fromCharCode(byte);
}

/** The texts of numbers written so far: a table's edges, widths and line positions recur on every page. */
const numberTexts = new Map<number, string>();
const MAX_NUMBER_TEXTS = 100_000;

/** A number as pdfkit writes it into content: rounded to six decimals. */
function num(n: number): string {
  const known = numberTexts.get(n);
  if (known !== undefined) return known;
  const text = String(Math.round(n * 1e6) / 1e6);
  if (numberTexts.size < MAX_NUMBER_TEXTS) numberTexts.set(n, text);
  return text;
}
