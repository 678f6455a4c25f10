// The look shared by the report workbooks (`diff`, `review`, `status`, `rollup`): Times New Roman 13 on
// a Calibri Normal style, a bold title and an italic subtitle merged across the sheet, the unit at the
// right of row 3, bordered bold headings.
import { excelText } from "../data/text.js";
import { CALIBRI_FONT, fontsOf, LANDSCAPE_PAGE_XML } from "./workbook-style.js";
import type { SheetXml } from "./xlsx/sheet-xml.js";
import type { CellFormat } from "./xlsx/style-table.js";

/** The fonts of a report workbook's style table: Calibri 11 (Normal), then {@link REPORT_FONT}'s. */
export const REPORT_FONTS: readonly string[] = [
  CALIBRI_FONT,
  ...fontsOf([
    ["b", 14],
    ["i", 13],
    ["b", 13],
    ["", 13],
  ]),
];

/** Indices into {@link REPORT_FONTS}. */
export const REPORT_FONT = { bold14: 1, italic13: 2, bold13: 3, plain13: 4 } as const;

/** The `<alignment …/>` elements the report sheets use. */
export const ALIGN = {
  centreBoth: '<alignment horizontal="center" vertical="center" wrapText="1"/>',
  wrapTop: '<alignment vertical="top" wrapText="1"/>',
  centreTop: '<alignment horizontal="center" vertical="top"/>',
  top: '<alignment vertical="top"/>',
} as const;

/** The style ids of {@link REPORT_HEAD_FORMATS}: a report's own cell styles follow them, from 5. */
export const REPORT_STYLE = { none: 0, title: 1, subtitle: 2, unit: 3, heading: 4 } as const;

/** The first cell styles of a report workbook: Normal, title, subtitle, unit, heading. */
export const REPORT_HEAD_FORMATS: readonly CellFormat[] = [
  { font: 0 },
  { font: REPORT_FONT.bold14, alignment: ALIGN.centreBoth },
  { font: REPORT_FONT.italic13, alignment: ALIGN.centreBoth },
  { font: REPORT_FONT.italic13, alignment: '<alignment horizontal="right"/>' },
  { font: REPORT_FONT.bold13, border: true, alignment: ALIGN.centreBoth },
];

/** A printed report's sheet setup: no gridlines, outline summaries above, A4 landscape one page wide. */
export const REPORT_SHEET = { gridLines: false, summaryAbove: true, page: LANDSCAPE_PAGE_XML } as const;

/**
 * Writes a report's rows 1–3: the title and the subtitle, each merged across columns 1 to `lastCol`
 * (blank cells carry the style to the merged borders), and the unit in the last column of row 3.
 */
export function titleRows(sheet: SheetXml, lastCol: number, texts: { readonly title: string; readonly subtitle: string; readonly unit: string }): void {
  const wide = (row: number, text: string, style: number) => {
    sheet.row(row).text(1, excelText(text), style);
    for (let col = 2; col <= lastCol; col++) sheet.blank(col, style);
    sheet.merge(row, 1, row, lastCol);
  };
  wide(1, texts.title, REPORT_STYLE.title);
  wide(2, texts.subtitle, REPORT_STYLE.subtitle);
  sheet.row(3).text(lastCol, texts.unit, REPORT_STYLE.unit);
}
