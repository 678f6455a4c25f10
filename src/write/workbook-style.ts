/** Vietnamese official documents are set in Times New Roman. */
export const FONT = "Times New Roman";

/** Times New Roman `<font>` entries for a style table, one per `[face, size]` (face `"b"`, `"i"` or `""`). */
export function fontsOf(specs: ReadonlyArray<readonly [face: string, size: number]>): string[] {
  return specs.map(([face, size]) => `<font>${face ? `<${face}/>` : ""}<sz val="${size}"/><name val="${FONT}"/></font>`);
}

/**
 * Amounts in triệu đồng with grouping, zero as `-`: whole amounts without a decimal separator (Excel
 * shows `148.165.` for `#,##0.##`), fractions with one to six decimals (one đồng). `[$-42A]` tags the
 * format Vietnamese: LibreOffice then groups `148.165` whatever its own locale; Excel keeps the reader's
 * Windows separators.
 */
export const WHOLE_AMOUNT_FORMAT = '[$-42A]#,##0;-#,##0;"-"';
export const FRACTION_AMOUNT_FORMAT = '[$-42A]#,##0.0#####;-#,##0.0#####;"-"';

/**
 * Amounts typed into the blank form: shown as typed, decimals included (`800,5`, not `801`), zero as
 * `-`, Vietnamese separators (`[$-42A]`). General, because no grouped format shows both a whole number
 * and a typed fraction right: `#,##0` rounds `800,5` to `801` (a CSV saved "as shown" keeps `801`), and
 * `#,##0.######` shows `1.000,` with a stray separator in Excel. Measured with LibreOffice 7.4 saving
 * CSV as shown: `800,5`, `1000`, `-`, `1234567,25`. The price is no thousands grouping while typing.
 */
export const TYPED_AMOUNT_FORMAT = '[$-42A]General;-General;"-"';

/** A spreadsheet number for an exact amount: amounts leave exact arithmetic only at the cell. */
export function cellNumber(value: { toFixed(): string }): number {
  return Number(value.toFixed());
}

/**
 * The Normal font of the blank form and the rollup workbook: Calibri 11, Excel's default, in which
 * their column widths were chosen (the appendix's is Times New Roman 13: src/write/xlsx/styles.ts).
 */
export const CALIBRI_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';

/** Excel's default margins, in inches: what every sheet but the appendix's is printed with. */
export const DEFAULT_MARGINS_XML = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** A4 landscape, scaled to one page wide and as many pages high as it takes. */
export const LANDSCAPE_PAGE_XML = `${DEFAULT_MARGINS_XML}<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`;

/** A plain sheet's setup (gridlines, no frozen rows, Excel's default margins): the lists and sources sheets of the template and the rollup. */
export const PLAIN_SHEET = { frozenRows: 0, gridLines: true, summaryAbove: false, rowHeight: 15, fitToPage: false, page: DEFAULT_MARGINS_XML } as const;
