import { xmlText } from "../xlsx/xml-text.js";

const MM_PER_INCH = 25.4;
const mm = (millimetres: number) => millimetres / MM_PER_INCH;

/** The footer of every printed page: `Trang 2/5`. */
const PAGE_FOOTER = "&C&\"Times New Roman\"&11Trang &P/&N";

/**
 * Print setup of an appendix sheet, as the worksheet XML after its cells: A4 landscape, one page wide,
 * centred, margins of Decree 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 15 mm — the decree's
 * minimums, kept on the long edges when the page is turned), page numbers in the footer.
 */
export const APPENDIX_PAGE_XML =
  '<printOptions horizontalCentered="1"/>' +
  `<pageMargins left="${mm(30)}" right="${mm(15)}" top="${mm(20)}" bottom="${mm(20)}" header="${mm(8)}" footer="${mm(8)}"/>` +
  '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
  `<headerFooter><oddFooter>${xmlText(PAGE_FOOTER)}</oddFooter></headerFooter>`;
