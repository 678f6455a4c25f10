import { columnName } from "../../data/grid.js";
import { numberStyle, textStyle, type StyleId } from "./styles.js";
import { xmlText } from "./xml-text.js";

/** The fixed layout of a worksheet: column widths, frozen heading rows, outline and page setup. */
export interface SheetLayout {
  readonly columns: ReadonlyArray<{ readonly width: number; readonly hidden?: boolean }>;
  /** Rows frozen at the top (0: none). */
  readonly frozenRows: number;
  readonly gridLines: boolean;
  /** Outline summary rows above their detail (the appendix's subtotals come before their children). */
  readonly summaryAbove: boolean;
  /** The XML after the cells and merges: `printOptions`, `pageMargins`, `pageSetup`, `headerFooter`. */
  readonly page: string;
}

/** How a row is shown: its height in points (default height when absent) and outline level (1–7). */
export interface RowFormat {
  readonly height?: number | undefined;
  readonly outlineLevel?: number | undefined;
}

const EDGE_SPACE = /^\s|\s$/u;
const CHUNK_CHARACTERS = 1 << 20;

/**
 * A worksheet part (`xl/worksheets/sheetN.xml`) written row by row, in order: open a row with
 * {@link SheetXml.row}, add its cells left to right, merge ranges at any time, then take {@link SheetXml.xml} once.
 * Texts are always text cells (`inlineStr`), never formulas; one that starts like a formula also gets the
 * `quotePrefix` twin of its style. Amounts with decimals get their style's decimal twin.
 */
export class SheetXml {
  /** Rows already encoded, a megabyte or so each: the sheet of a 50,000-item appendix stays compact bytes, not strings. */
  private readonly chunks: Buffer[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  private readonly merges: string[] = [];
  private readonly letters: string[] = [];
  private cells = "";
  private open = "";
  private rowNumber = 0;
  private outlineLevels = 0;

  constructor(private readonly layout: SheetLayout) {}

  /** Starts row `row` (1-based, after the previous one). */
  row(row: number, format: RowFormat = {}): this {
    this.flush();
    this.rowNumber = row;
    let open = `<row r="${row}"`;
    if (format.height !== undefined) open += ` ht="${format.height}" customHeight="1"`;
    if (format.outlineLevel !== undefined && format.outlineLevel > 0) {
      open += ` outlineLevel="${format.outlineLevel}"`;
      this.outlineLevels = Math.max(this.outlineLevels, format.outlineLevel);
    }
    this.open = open;
    return this;
  }

  /** A text cell in column `col` (1-based) of the current row. */
  text(col: number, text: string, style: StyleId): this {
    const space = EDGE_SPACE.test(text) ? ' xml:space="preserve"' : "";
    this.cells += `<c r="${this.ref(col)}"${styleOf(textStyle(style, text))} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
    return this;
  }

  /** A number cell. */
  number(col: number, value: number, style: StyleId): this {
    this.cells += `<c r="${this.ref(col)}"${styleOf(numberStyle(style, value))}><v>${value}</v></c>`;
    return this;
  }

  /** A formula cell carrying its calculated value. */
  formula(col: number, formula: string, cached: number, style: StyleId): this {
    this.cells += `<c r="${this.ref(col)}"${styleOf(numberStyle(style, cached))}><f>${xmlText(formula)}</f><v>${cached}</v></c>`;
    return this;
  }

  /** An empty cell that only carries a style (borders of merged and blank cells). */
  blank(col: number, style: StyleId): this {
    this.cells += `<c r="${this.ref(col)}"${styleOf(style)}/>`;
    return this;
  }

  /** Merges rows `top`–`bottom`, columns `left`–`right` (1-based, inclusive). */
  merge(top: number, left: number, bottom: number, right: number): this {
    this.merges.push(`<mergeCell ref="${this.letter(left)}${top}:${this.letter(right)}${bottom}"/>`);
    return this;
  }

  /**
   * The worksheet part's bytes (UTF-8), in the pieces they were encoded in: joining them would copy
   * the 30 MB of a 50,000-item appendix once more at the run's peak of memory.
   */
  xml(): Buffer[] {
    this.flush();
    const { columns, frozenRows, gridLines, summaryAbove, page } = this.layout;
    const outlinePr = summaryAbove ? '<outlinePr summaryBelow="0" summaryRight="0"/>' : "";
    const pane = frozenRows > 0 ? `<pane ySplit="${frozenRows}" topLeftCell="A${frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>` : "";
    const cols = columns.map((column, i) => `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"${column.hidden === true ? ' hidden="1"' : ""}/>`).join("");
    const merges = this.merges.length > 0 ? `<mergeCells count="${this.merges.length}">${this.merges.join("")}</mergeCells>` : "";
    const head =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<sheetPr>${outlinePr}<pageSetUpPr fitToPage="1"/></sheetPr>` +
      `<sheetViews><sheetView workbookViewId="0"${gridLines ? "" : ' showGridLines="0"'}>${pane}</sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="17.25" outlineLevelRow="${this.outlineLevels}"/>` +
      `<cols>${cols}</cols><sheetData>`;
    return [Buffer.from(head, "utf8"), ...this.chunks, Buffer.from(`${this.pending.join("")}</sheetData>${merges}${page}</worksheet>`, "utf8")];
  }

  private flush(): void {
    if (this.open === "") return;
    const row = this.cells === "" ? `${this.open}/>` : `${this.open}>${this.cells}</row>`;
    this.pending.push(row);
    this.pendingLength += row.length;
    if (this.pendingLength > CHUNK_CHARACTERS) {
      this.chunks.push(Buffer.from(this.pending.join(""), "utf8"));
      this.pending = [];
      this.pendingLength = 0;
    }
    this.open = "";
    this.cells = "";
  }

  private ref(col: number): string {
    return `${this.letter(col)}${this.rowNumber}`;
  }

  private letter(col: number): string {
    return (this.letters[col] ??= columnName(col - 1));
  }
}

function styleOf(style: number): string {
  return style === 0 ? "" : ` s="${style}"`;
}
