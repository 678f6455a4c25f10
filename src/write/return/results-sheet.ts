import { FONT, LANDSCAPE_PAGE_XML } from "../workbook-style.js";
import { SheetXml } from "../xlsx/sheet-xml.js";
import type { StyleTable } from "../xlsx/style-table.js";
import { xmlText } from "../xlsx/xml-text.js";
import type { StylesEdit } from "./styles-edit.js";

/** One finding listed on the results sheet. */
export interface ResultsRow {
  readonly severity: string;
  readonly code: string;
  /** Where it is, as shown (`Biểu mẫu!E14`, or the sheet, or `—`). */
  readonly place: string;
  /** The cell to link to, as a reference inside the workbook (`'Biểu mẫu'!E14`), when there is one. */
  readonly link: string | undefined;
  readonly message: string;
  readonly hint: string;
}

/** What the first sheet of a returned copy says. */
export interface ResultsSheet {
  readonly sheetName: string;
  readonly title: string;
  /** Lines under the title: the agency, the file, the counts, a note on a converted file. */
  readonly lines: readonly string[];
  readonly headings: readonly string[];
  readonly rows: readonly ResultsRow[];
  /** What to do next: a heading, then the steps. */
  readonly next: readonly string[];
}

const WIDTHS = [5, 11, 9, 18, 70, 55];
const wrapTop = '<alignment vertical="top" wrapText="1"/>';

/**
 * The results sheet's worksheet part: the title, the lines, the table of findings (each place a link
 * to its cell) and what to do next, in Times New Roman, its styles appended to the package's table.
 */
export function resultsSheetXml(sheet: ResultsSheet, styles: StylesEdit): string {
  const bold14 = styles.font(`<font><b/><sz val="14"/><name val="${FONT}"/></font>`);
  const bold12 = styles.font(`<font><b/><sz val="12"/><name val="${FONT}"/></font>`);
  const plain12 = styles.font(`<font><sz val="12"/><name val="${FONT}"/></font>`);
  const link12 = styles.font(`<font><u/><sz val="12"/><color rgb="FF0563C1"/><name val="${FONT}"/></font>`);
  const xf = (font: number, alignment = "") =>
    styles.format(
      `<xf numFmtId="0" fontId="${font}" fillId="0" borderId="0" xfId="0" applyFont="1"${alignment ? ' applyAlignment="1"' : ""}>${alignment}</xf>`,
    );
  const S = {
    title: xf(bold14),
    line: xf(plain12),
    heading: xf(bold12, '<alignment horizontal="center" vertical="center" wrapText="1"/>'),
    text: xf(plain12, wrapTop),
    link: xf(link12, '<alignment vertical="top"/>'),
    strong: xf(bold12),
  };
  const links: string[] = [];
  const table: StyleTable = { xml: "", text: (style) => style, number: (style) => style };
  let page = "";
  const xml = new SheetXml(
    {
      columns: WIDTHS.map((width) => ({ width })),
      frozenRows: 0,
      gridLines: true,
      summaryAbove: false,
      rowHeight: 15.75,
      fitToPage: true,
      // Read when the part is written, once the links are known: they come before the page setup.
      get page() {
        return page;
      },
    },
    table,
  );
  let row = 1;
  xml.row(row).text(1, sheet.title, S.title);
  for (const line of sheet.lines) xml.row(++row).text(1, line, S.line);
  row++;
  // A valid form's note has no table: no headings over nothing.
  if (sheet.rows.length > 0) {
    xml.row(++row);
    sheet.headings.forEach((heading, i) => {
      xml.text(i + 1, heading, S.heading);
    });
  }
  sheet.rows.forEach((finding, i) => {
    xml
      .row(++row)
      .number(1, i + 1, S.text)
      .text(2, finding.severity, S.text)
      .text(3, finding.code, S.text);
    xml.text(4, finding.place, finding.link === undefined ? S.text : S.link);
    xml.text(5, finding.message, S.text).text(6, finding.hint, S.text);
    if (finding.link !== undefined) links.push(`<hyperlink ref="D${row}" location="${xmlText(finding.link)}" display="${xmlText(finding.place)}"/>`);
  });
  row++;
  sheet.next.forEach((line, i) => {
    xml.row(++row).text(1, line, i === 0 ? S.strong : S.line);
  });
  const hyperlinks = links.length > 0 ? `<hyperlinks>${links.join("")}</hyperlinks>` : "";
  page = `${hyperlinks}${LANDSCAPE_PAGE_XML}`;
  // The sheet opens first and selected: the agency reads it before its form.
  return Buffer.concat(xml.xml()).toString("utf8").replace('<sheetView workbookViewId="0"', '<sheetView tabSelected="1" workbookViewId="0"');
}
