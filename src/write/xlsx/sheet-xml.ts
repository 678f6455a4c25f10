import { columnName } from "../../data/grid.js";
import type { StyleTable } from "./style-table.js";
import { APPENDIX_STYLES } from "./styles.js";
import { xmlText } from "./xml-text.js";

/** The fixed layout of a worksheet: column widths, frozen heading rows, outline and page setup. */
export interface SheetLayout {
  /** Widths in digits of the Normal font; `style`: what a cell typed into the column gets. */
  readonly columns: ReadonlyArray<{ readonly width: number; readonly hidden?: boolean; readonly style?: number }>;
  /** Rows frozen at the top (0: none). */
  readonly frozenRows: number;
  /** Columns frozen at the left (none by default). */
  readonly frozenColumns?: number;
  /** The height of rows without one, in points: 17.25 (Times New Roman 13) by default. */
  readonly rowHeight?: number;
  /** Printed scaled to the page width (`fitToPage`): true by default. */
  readonly fitToPage?: boolean;
  /** Drop-down lists and other checks on entry, after the merges. */
  readonly validations?: readonly DataValidation[];
  readonly gridLines: boolean;
  /** Outline summary rows above their detail (the appendix's subtotals come before their children). */
  readonly summaryAbove: boolean;
  /** The XML after the cells and merges: `printOptions`, `pageMargins`, `pageSetup`, `headerFooter`. */
  readonly page: string;
}

/** How a row is shown: its height in points (default height when absent), outline level (1–7), and the style of its empty cells. */
export interface RowFormat {
  readonly height?: number | undefined;
  readonly outlineLevel?: number | undefined;
  readonly style?: number | undefined;
  /** Hidden from view (a row an officer hid, still read). */
  readonly hidden?: boolean | undefined;
}

/**
 * A check on what is typed into the cells `ranges` (`A1:B9` references): a `list` (drop-down of
 * `formula`, a range or a quoted list), a `textLength` greater than `formula`, or a `decimal` (a number)
 * at least `formula`. A prompt shows when the cell is selected; an error (a warning or a note when
 * `errorStyle` says so) when the entry fails.
 */
export interface DataValidation {
  readonly type: "list" | "textLength" | "decimal";
  readonly operator?: "greaterThan" | "greaterThanOrEqual";
  readonly formula: string;
  readonly ranges: readonly string[];
  readonly prompt?: { readonly title: string; readonly text: string };
  readonly error?: { readonly style: "warning" | "information"; readonly title: string; readonly text: string };
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

  /** `styles`: the workbook's style table, whose ids the cells ask for (the appendix's by default). */
  constructor(
    private readonly layout: SheetLayout,
    private readonly styles: StyleTable = APPENDIX_STYLES,
  ) {}

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
    if (format.style !== undefined) open += ` s="${format.style}" customFormat="1"`;
    if (format.hidden === true) open += ' hidden="1"';
    this.open = open;
    return this;
  }

  /** A text cell in column `col` (1-based) of the current row. */
  text(col: number, text: string, style: number): this {
    const space = EDGE_SPACE.test(text) ? ' xml:space="preserve"' : "";
    this.cells += `<c r="${this.ref(col)}"${styleOf(this.styles.text(style, text))} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
    return this;
  }

  /** A number cell. */
  number(col: number, value: number, style: number): this {
    this.cells += `<c r="${this.ref(col)}"${styleOf(this.styles.number(style, value))}><v>${value}</v></c>`;
    return this;
  }

  /** A logical cell (`TRUE`, `FALSE`). */
  boolean(col: number, value: boolean, style: number): this {
    this.cells += `<c r="${this.ref(col)}"${styleOf(style)} t="b"><v>${value ? 1 : 0}</v></c>`;
    return this;
  }

  /** An error value typed or kept without a formula (`#N/A`). */
  error(col: number, error: string, style: number): this {
    this.cells += `<c r="${this.ref(col)}"${styleOf(style)} t="e"><v>${xmlText(error)}</v></c>`;
    return this;
  }

  /** A formula cell whose calculated value is logical. */
  booleanFormula(col: number, formula: string, cached: boolean, style: number): this {
    this.cells += `<c r="${this.ref(col)}"${styleOf(style)} t="b"><f>${xmlText(formula)}</f><v>${cached ? 1 : 0}</v></c>`;
    return this;
  }

  /** A formula cell carrying its calculated value. */
  formula(col: number, formula: string, cached: number, style: number): this {
    this.cells += `<c r="${this.ref(col)}"${styleOf(this.styles.number(style, cached))}><f>${xmlText(formula)}</f><v>${cached}</v></c>`;
    return this;
  }

  /** A formula cell without a calculated value (never calculated, as a hand-written file may have it). */
  uncalculatedFormula(col: number, formula: string, style: number): this {
    this.cells += `<c r="${this.ref(col)}"${styleOf(style)}><f>${xmlText(formula)}</f></c>`;
    return this;
  }

  /** A formula cell whose calculated value is an error (`#REF!`, `#DIV/0!`). */
  errorFormula(col: number, formula: string, error: string, style: number): this {
    this.cells += `<c r="${this.ref(col)}"${styleOf(style)} t="e"><f>${xmlText(formula)}</f><v>${xmlText(error)}</v></c>`;
    return this;
  }

  /** A formula cell whose calculated value is a text (`IF(…,"",…)` on an empty case). */
  textFormula(col: number, formula: string, cached: string, style: number): this {
    this.cells += `<c r="${this.ref(col)}"${styleOf(style)} t="str"><f>${xmlText(formula)}</f><v>${xmlText(cached)}</v></c>`;
    return this;
  }

  /** An empty cell that only carries a style (borders of merged and blank cells). */
  blank(col: number, style: number): this {
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
    const { columns, frozenRows, frozenColumns = 0, gridLines, summaryAbove, page, rowHeight = 17.25, fitToPage = true, validations = [] } = this.layout;
    const outlinePr = summaryAbove ? '<outlinePr summaryBelow="0" summaryRight="0"/>' : "";
    const pageSetUpPr = fitToPage ? '<pageSetUpPr fitToPage="1"/>' : "";
    const sheetPr = outlinePr + pageSetUpPr === "" ? "" : `<sheetPr>${outlinePr}${pageSetUpPr}</sheetPr>`;
    const cols = columns
      .map(
        (column, i) =>
          `<col min="${i + 1}" max="${i + 1}" width="${column.width}"${column.style ? ` style="${column.style}"` : ""} customWidth="1"${column.hidden === true ? ' hidden="1"' : ""}/>`,
      )
      .join("");
    const merges = this.merges.length > 0 ? `<mergeCells count="${this.merges.length}">${this.merges.join("")}</mergeCells>` : "";
    const checks = validations.length > 0 ? `<dataValidations count="${validations.length}">${validations.map(validationXml).join("")}</dataValidations>` : "";
    const head =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      sheetPr +
      `<sheetViews><sheetView workbookViewId="0"${gridLines ? "" : ' showGridLines="0"'}>${paneXml(frozenRows, frozenColumns)}</sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="${rowHeight}" outlineLevelRow="${this.outlineLevels}"/>` +
      `<cols>${cols}</cols><sheetData>`;
    return [Buffer.from(head, "utf8"), ...this.chunks, Buffer.from(`${this.pending.join("")}</sheetData>${merges}${checks}${page}</worksheet>`, "utf8")];
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

/** The frozen pane of `rows` heading rows and `columns` left columns (none when both are 0). */
function paneXml(rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return "";
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  return `<pane${split} topLeftCell="${columnName(columns)}${rows + 1}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/>`;
}

function validationXml(check: DataValidation): string {
  let attributes = ` type="${check.type}"${check.operator === undefined ? "" : ` operator="${check.operator}"`} allowBlank="1"`;
  if (check.prompt) attributes += ` showInputMessage="1" promptTitle="${xmlText(check.prompt.title)}" prompt="${xmlText(check.prompt.text)}"`;
  if (check.error)
    attributes += ` showErrorMessage="1" errorStyle="${check.error.style}" errorTitle="${xmlText(check.error.title)}" error="${xmlText(check.error.text)}"`;
  return `<dataValidation${attributes} sqref="${check.ranges.join(" ")}"><formula1>${xmlText(check.formula)}</formula1></dataValidation>`;
}

function styleOf(style: number): string {
  return style === 0 ? "" : ` s="${style}"`;
}
