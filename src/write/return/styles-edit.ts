import { withAttribute } from "./package-xml.js";

/**
 * The highlight of a finding's cell: a bright yellow no palette offers (Excel's yellow is `FFFFFF00`), so
 * that a later return of the same file tells its own highlights from the agency's and can clear them.
 */
export const HIGHLIGHT_RGB = "FFFFEE58";

/**
 * `xl/styles.xml` of a package being returned, edited by appending only: fonts and cell formats for
 * the results sheet, one highlight fill, and for each cell format a finding's cell uses, its twin with
 * that fill. Existing entries keep their indices, so every cell keeps its style.
 */
export class StylesEdit {
  private readonly fonts: string[] = [];
  private readonly xfs: string[] = [];
  private readonly highlighted = new Map<number, number>();
  private readonly originalXfs: string[];
  private readonly fontCount: number;
  private readonly fillCount: number;
  /** The highlight fill's index: an earlier return's, or the one appended. */
  private readonly fillId: number;
  private readonly xfCount: number;
  private readonly prefix: string;

  /** `xml`: the package's styles part. Throws when it lacks a `fonts`, `fills` or `cellXfs` table. */
  constructor(private readonly xml: string) {
    this.prefix = /<([\w.-]+:)?styleSheet[\s>]/.exec(xml)?.[1] ?? "";
    this.fontCount = this.children("fonts", "font").length;
    const fills = this.children("fills", "fill");
    this.fillCount = fills.length;
    const earlier = fills.findIndex((fill) => fill.includes(`rgb="${HIGHLIGHT_RGB}"`) && fill.includes('patternType="solid"'));
    this.fillId = earlier >= 0 ? earlier : this.fillCount;
    this.originalXfs = this.children("cellXfs", "xf");
    this.xfCount = this.originalXfs.length;
  }

  /** Appends a font (`<font>` element, unprefixed) and returns its index. */
  font(element: string): number {
    this.fonts.push(this.prefixed(element));
    return this.fontCount + this.fonts.length - 1;
  }

  /** Appends a cell format (`<xf>` element, unprefixed, fill 0) and returns its index. */
  format(element: string): number {
    this.xfs.push(this.prefixed(element));
    return this.xfCount + this.xfs.length - 1;
  }

  /** The index of the twin of cell format `style` with the highlight fill (made once per style). */
  highlight(style: number): number {
    const known = this.highlighted.get(style);
    if (known !== undefined) return known;
    const original = this.originalXfs[style] ?? this.originalXfs[0] ?? `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const open = /^<[^>]*?\/?>/.exec(original)?.[0] ?? original;
    const twin = original.replace(open, () => withAttribute(withAttribute(open, "fillId", String(this.fillId)), "applyFill", "1"));
    // A twin an earlier return of this file made is used again.
    const existing = this.originalXfs.indexOf(twin);
    if (existing < 0) this.xfs.push(twin);
    const index = existing >= 0 ? existing : this.xfCount + this.xfs.length - 1;
    this.highlighted.set(style, index);
    return index;
  }

  /** The styles part with everything appended (and the tables' counts updated). */
  result(): string {
    const fill = `<${this.prefix}fill><${this.prefix}patternFill patternType="solid"><${this.prefix}fgColor rgb="${HIGHLIGHT_RGB}"/><${this.prefix}bgColor indexed="64"/></${this.prefix}patternFill></${this.prefix}fill>`;
    let xml = this.appended(this.xml, "fonts", this.fonts, this.fontCount);
    xml = this.appended(xml, "fills", this.fillId === this.fillCount ? [fill] : [], this.fillCount);
    return this.appended(xml, "cellXfs", this.xfs, this.xfCount);
  }

  private children(table: string, child: string): string[] {
    const body = this.table(this.xml, table)?.body;
    if (body === undefined) throw new Error(`styles.xml has no ${table}`);
    const p = this.prefix;
    return [...body.matchAll(new RegExp(`<${p}${child}\\b(?:[^>]*?\\/>|[^>]*>[\\s\\S]*?<\\/${p}${child}>)`, "g"))].map((m) => m[0]);
  }

  private table(xml: string, table: string): { open: string; body: string; whole: string } | undefined {
    const p = this.prefix;
    const match = new RegExp(`(<${p}${table}\\b[^>]*>)([\\s\\S]*?)<\\/${p}${table}>`).exec(xml);
    return match ? { open: match[1] ?? "", body: match[2] ?? "", whole: match[0] } : undefined;
  }

  private appended(xml: string, table: string, added: readonly string[], count: number): string {
    if (added.length === 0) return xml;
    const found = this.table(xml, table);
    if (!found) return xml;
    const open = withAttribute(found.open, "count", String(count + added.length));
    return xml.replace(found.whole, () => `${open}${found.body}${added.join("")}</${this.prefix}${table}>`);
  }

  private prefixed(element: string): string {
    return this.prefix === "" ? element : element.replace(/<(\/?)(\w)/g, `<$1${this.prefix}$2`);
  }
}
