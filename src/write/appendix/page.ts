import { xmlText } from "../xlsx/xml-text.js";

const MM_PER_INCH = 25.4;
const mm = (millimetres: number) => millimetres / MM_PER_INCH;

/** The footer of every printed page: `Trang 2`, counted per sheet (`&N` would count the whole workbook's pages). */
const PAGE_FOOTER = '&C&"Times New Roman"&11Trang &P';

/**
 * The margins of a landscape appendix page in millimetres, the workbook's and the PDF's: Decree
 * 30/2020/NĐ-CP's minimums turned with the page (the 30 mm binding margin on top; see below).
 */
export const LANDSCAPE_MARGINS_MM = { top: 30, bottom: 15, left: 20, right: 20 } as const;

/**
 * Print setup of an appendix sheet, as the worksheet XML after its cells: A4 landscape, one page wide,
 * centred, page numbers in the footer counted from 1 on each sheet (each is its own document when
 * printed: the appendix, its summary, its checks), and the margins of Decree 30/2020/NĐ-CP (Appendix I: top and
 * bottom 20–25 mm, left 30–35 mm, right 15–20 mm, for the upright page) turned with the page. A
 * landscape page prints turned a quarter left on the sheet, so its top edge lies on the binding side of
 * the upright document: the 30 mm binding margin goes on top, 15 mm at the bottom, 20 mm left and right
 * (the decree's minimums, which leave the table the most room).
 */
export const APPENDIX_PAGE_XML =
  '<printOptions horizontalCentered="1"/>' +
  `<pageMargins left="${mm(LANDSCAPE_MARGINS_MM.left)}" right="${mm(LANDSCAPE_MARGINS_MM.right)}" top="${mm(LANDSCAPE_MARGINS_MM.top)}" bottom="${mm(LANDSCAPE_MARGINS_MM.bottom)}" header="${mm(10)}" footer="${mm(7)}"/>` +
  '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0" firstPageNumber="1" useFirstPageNumber="1"/>' +
  `<headerFooter><oddFooter>${xmlText(PAGE_FOOTER)}</oddFooter></headerFooter>`;

/**
 * The same for a narrow table sheet printed upright (`Nhóm nhiệm vụ`: one long column of names): A4
 * portrait, one page wide, with the decree's margins as they are (top and bottom 20 mm, binding side
 * left 30 mm, right 15 mm).
 */
export const APPENDIX_PORTRAIT_PAGE_XML =
  '<printOptions horizontalCentered="1"/>' +
  `<pageMargins left="${mm(30)}" right="${mm(15)}" top="${mm(20)}" bottom="${mm(20)}" header="${mm(10)}" footer="${mm(10)}"/>` +
  '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0" firstPageNumber="1" useFirstPageNumber="1"/>' +
  `<headerFooter><oddFooter>${xmlText(PAGE_FOOTER)}</oddFooter></headerFooter>`;
