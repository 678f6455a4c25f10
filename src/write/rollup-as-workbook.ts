import type { Pivot } from "../aggregate/pivot.js";
import type { RollupDimension, RollupInput } from "../aggregate/rollup.js";
import { columnName } from "../data/grid.js";
import { ZERO } from "../data/money.js";
import { ROLLUP_SHEETS, ROLLUP_SOURCES_HEADING } from "../data/output-marks.js";
import { excelText } from "../data/text.js";
import { outputDate } from "./appendix/output-date.js";
import { REPORT_FONT, REPORT_FONTS, REPORT_HEAD_FORMATS, REPORT_STYLE, titleRows } from "./report-sheet.js";
import { ROLLUP_HEADINGS, rollupLines } from "./rollup-lines.js";
import { cellNumber, FONT, LANDSCAPE_PAGE_XML, PLAIN_SHEET, WHOLE_AMOUNT_FORMAT } from "./workbook-style.js";
import { SheetXml } from "./xlsx/sheet-xml.js";
import { styleTable } from "./xlsx/style-table.js";
import { xlsxPackage } from "./xlsx/xlsx-package.js";

const HEADER_ROW = 5;
const RATIO_FORMAT = "0.0%";
const { bold13: BOLD_13, plain13: PLAIN_13 } = REPORT_FONT;
/** Bold in the Normal size: the `Nguồn` sheet's heading row. */
const BOLD = REPORT_FONTS.length;

/** The cell styles of the rollup workbook, indices into {@link STYLES}. */
const S = {
  ...REPORT_STYLE,
  /** Agency and total lines: bold. */
  strongText: 5,
  strongAmount: 6,
  strongRatio: 7,
  text: 8,
  amount: 9,
  ratio: 10,
  /** `Nguồn`: the totals column, and its bold heading row. */
  sourceAmount: 11,
  sourceHeading: 12,
  sourceHeadingAmount: 13,
} as const;

const STYLES = styleTable(
  [...REPORT_FONTS, `<font><b/><name val="${FONT}"/></font>`],
  [
    ...REPORT_HEAD_FORMATS,
    { font: BOLD_13, border: true },
    { font: BOLD_13, border: true, numFmt: WHOLE_AMOUNT_FORMAT },
    { font: BOLD_13, border: true, numFmt: RATIO_FORMAT },
    { font: PLAIN_13, border: true },
    { font: PLAIN_13, border: true, numFmt: WHOLE_AMOUNT_FORMAT },
    { font: PLAIN_13, border: true, numFmt: RATIO_FORMAT },
    // The sources' totals were always shown whole.
    { font: 0, numFmt: WHOLE_AMOUNT_FORMAT, wholeOnly: true },
    { font: BOLD },
    { font: BOLD, numFmt: WHOLE_AMOUNT_FORMAT, wholeOnly: true },
  ],
);

/**
 * Builds the rollup workbook as .xlsx bytes: `Tổng hợp nhiều năm` with the row dimensions, one column per
 * year, the total as a SUM formula, and for each pair of consecutive years the change and its percentage
 * as formulas (all with cached values, so the sheet is right when opened and when recalculated); `Nguồn`
 * lists the inputs and their totals. Stamped `date` (by default `SOURCE_DATE_EPOCH` or 2000-01-01): the
 * same rollup gives the same bytes. Pure: nothing is written.
 */
export async function rollupAsXlsx(
  rollup: Pivot<RollupDimension>,
  inputs: readonly RollupInput[],
  title: string,
  date: Date = outputDate({}),
): Promise<Uint8Array> {
  return xlsxPackage(
    [
      { name: ROLLUP_SHEETS.rollup, xml: rollupSheet(rollup, inputs, title), printTitles: [HEADER_ROW, HEADER_ROW] },
      { name: ROLLUP_SHEETS.sources, xml: sourcesSheet(inputs) },
    ],
    date,
    { styles: STYLES.xml },
  );
}

function rollupSheet(rollup: Pivot<RollupDimension>, inputs: readonly RollupInput[], title: string): Buffer[] {
  const lines = rollupLines(rollup);
  const pairs = lines[0]?.changes ?? [];
  const dims = rollup.by.length;
  const yearCol = (i: number) => dims + 1 + i;
  const totalCol = yearCol(rollup.columns.length);
  const changeCol = (i: number) => totalCol + 1 + 2 * i;
  const lastCol = changeCol(pairs.length) - 1;
  const sheet = new SheetXml(
    {
      columns: Array.from({ length: lastCol }, (_, i) => ({ width: i >= dims ? 16 : rollup.by[i] === "agency" ? 45 : 24 })),
      frozenRows: HEADER_ROW,
      frozenColumns: dims,
      gridLines: true,
      summaryAbove: false,
      rowHeight: 15,
      page: LANDSCAPE_PAGE_XML,
    },
    STYLES,
  );
  titleRows(sheet, lastCol, {
    title: title.toUpperCase(),
    subtitle: `(Tổng hợp từ: ${inputs.map((input) => input.label).join("; ")})`,
    unit: "Đơn vị tính: triệu đồng",
  });

  const heads = [
    ...rollup.by.map((d) => ROLLUP_HEADINGS[d]),
    ...rollup.columns.map((c) => (c.key === "" ? c.label : `Năm ${c.label}`)),
    "Tổng",
    ...pairs.flatMap((c) => [`Tăng, giảm ${c.to} so với ${c.from}`, "Tỷ lệ"]),
  ];
  sheet.row(HEADER_ROW);
  heads.forEach((text, i) => {
    sheet.text(i + 1, text, S.heading);
  });

  const letter = (col: number) => columnName(col - 1);
  lines.forEach((line, index) => {
    const r = HEADER_ROW + 1 + index;
    const strong = line.kind !== "line";
    const [text, amount, ratio] = strong ? [S.strongText, S.strongAmount, S.strongRatio] : [S.text, S.amount, S.ratio];
    sheet.row(r, { outlineLevel: line.depth > 0 ? Math.min(line.depth, 7) : undefined });
    const labelCol = line.kind === "total" ? 1 : line.depth + 1;
    for (let c = 1; c <= dims; c++) {
      if (c === labelCol) sheet.text(c, line.kind === "total" ? "TỔNG CỘNG" : excelText(line.labels[line.depth] ?? ""), text);
      else sheet.blank(c, text);
    }
    rollup.columns.forEach((c, i) => {
      sheet.number(yearCol(i), cellNumber(line.byColumn.get(c.key) ?? ZERO), amount);
    });
    const total = cellNumber(line.amount);
    if (rollup.columns.length > 0) sheet.formula(totalCol, `SUM(${letter(yearCol(0))}${r}:${letter(yearCol(rollup.columns.length - 1))}${r})`, total, amount);
    else sheet.number(totalCol, total, amount);
    line.changes.forEach((change, i) => {
      const from = `${letter(yearCol(rollup.columns.findIndex((c) => c.key === change.from)))}${r}`;
      const to = `${letter(yearCol(rollup.columns.findIndex((c) => c.key === change.to)))}${r}`;
      // A year the line has no figure for: no change, not a fall to zero.
      if (change.change === undefined) {
        sheet.text(changeCol(i), "—", amount);
        sheet.text(changeCol(i) + 1, "—", ratio);
        return;
      }
      sheet.formula(changeCol(i), `${to}-${from}`, cellNumber(change.change), amount);
      const formula = `IF(${from}=0,"",(${to}-${from})/${from})`;
      if (change.ratio) sheet.formula(changeCol(i) + 1, formula, cellNumber(change.ratio), ratio);
      else sheet.textFormula(changeCol(i) + 1, formula, "", ratio);
    });
  });
  return sheet.xml();
}

/** `Nguồn`: each input's file, label and total. */
function sourcesSheet(inputs: readonly RollupInput[]): Buffer[] {
  const sheet = new SheetXml(
    {
      ...PLAIN_SHEET,
      columns: [{ width: 50 }, { width: 30 }, { width: 18, style: S.sourceAmount }],
    },
    STYLES,
  );
  sheet
    .row(1, { style: S.sourceHeading })
    .text(1, ROLLUP_SOURCES_HEADING[0], S.sourceHeading)
    .text(2, ROLLUP_SOURCES_HEADING[1], S.sourceHeading)
    .text(3, ROLLUP_SOURCES_HEADING[2], S.sourceHeadingAmount);
  inputs.forEach((input, i) => {
    sheet
      .row(i + 2)
      .text(1, input.file, S.none)
      .text(2, input.label, S.none)
      .number(3, cellNumber(input.facts.reduce((acc, fact) => acc.plus(fact.amount), ZERO)), S.sourceAmount);
  });
  return sheet.xml();
}
