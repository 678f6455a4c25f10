import type ExcelJS from "exceljs";

const MM_PER_INCH = 25.4;
const mm = (millimetres: number) => millimetres / MM_PER_INCH;

/**
 * Print setup of an appendix sheet: A4 landscape, one page wide, margins of Decree 30/2020/NĐ-CP
 * (top and bottom 20 mm, left 30 mm, right 15 mm — the decree's minimums, kept on the long edges when
 * the page is turned), page numbers in the footer.
 */
export const APPENDIX_PAGE: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(8), footer: mm(8) },
};

/** The footer of every printed page: `Trang 2/5`. */
export const PAGE_FOOTER = "&C&\"Times New Roman\"&11Trang &P/&N";
