import type { Roster } from "../aggregate/roster.js";
import { ROSTER_HEADING_ROW, ROSTER_SHEET } from "../data/output-marks.js";
import { excelText } from "../data/text.js";
import { outputDate } from "./appendix/output-date.js";
import type { Lang } from "./diagnostic-message.js";
import { ALIGN, REPORT_FONT, REPORT_FONTS, REPORT_HEAD_FORMATS, REPORT_SHEET, REPORT_STYLE, titleRows } from "./report-sheet.js";
import { notFormText, STATUS_WORDS, statusLines } from "./status-lines.js";
import { cellNumber, WHOLE_AMOUNT_FORMAT } from "./workbook-style.js";
import { SheetXml } from "./xlsx/sheet-xml.js";
import { styleTable } from "./xlsx/style-table.js";
import { xlsxPackage } from "./xlsx/xlsx-package.js";

/** The heading row, 1-based: where a later run looks for it. */
const HEADER_ROW = ROSTER_HEADING_ROW + 1;
const LAST_COL = 8;
const { bold13: BOLD_13, plain13: PLAIN_13 } = REPORT_FONT;
const { wrapTop, centreTop, top } = ALIGN;

/** The cell styles of the roster sheet, indices into {@link STYLES}. */
const S = { ...REPORT_STYLE, strongText: 5, strongCount: 6, strongAmount: 7, text: 8, count: 9, amount: 10, note: 11 } as const;

const STYLES = styleTable(REPORT_FONTS, [
  ...REPORT_HEAD_FORMATS,
  { font: BOLD_13, border: true, alignment: wrapTop },
  { font: BOLD_13, border: true, alignment: centreTop },
  { font: BOLD_13, border: true, numFmt: WHOLE_AMOUNT_FORMAT, alignment: top },
  { font: PLAIN_13, border: true, alignment: wrapTop },
  { font: PLAIN_13, border: true, alignment: centreTop },
  { font: PLAIN_13, border: true, numFmt: WHOLE_AMOUNT_FORMAT, alignment: top },
  { font: PLAIN_13 },
]);

/**
 * The roster as a printable workbook (`budget status -o tinh-hinh.xlsx`), in the appendix's style: one
 * sheet, Times New Roman 13, A4 landscape one page wide, the title and the plan's name above, the
 * header row repeated on every page, sections and the total in bold, then the unit, the deadline, the
 * summary line and the files that are not forms. Stamped `date`: the same roster gives the same bytes.
 * Pure: nothing is written.
 */
export async function statusAsXlsx(roster: Roster, options: { readonly lang: Lang; readonly planName: string; readonly date?: Date }): Promise<Uint8Array> {
  const { lang } = options;
  const words = STATUS_WORDS[lang];
  const sheet = new SheetXml(
    {
      // Wide enough for the longest section name on one line: the rows keep the default height.
      columns: [{ width: 6 }, { width: 54 }, { width: 14 }, { width: 30 }, { width: 18 }, { width: 7 }, { width: 10 }, { width: 16 }],
      frozenRows: HEADER_ROW,
      ...REPORT_SHEET,
    },
    STYLES,
  );
  titleRows(sheet, LAST_COL, { title: words.title, subtitle: options.planName, unit: words.unit });
  sheet.row(HEADER_ROW);
  words.headings.forEach((text, i) => {
    sheet.text(i + 1, text, S.heading);
  });
  let row = HEADER_ROW;
  for (const line of statusLines(roster, lang)) {
    const strong = line.kind === "section" || line.kind === "total";
    const [text, count, amount] = strong ? [S.strongText, S.strongCount, S.strongAmount] : [S.text, S.count, S.amount];
    sheet.row(++row, { outlineLevel: line.kind === "superseded" ? 1 : undefined });
    const cells = [line.code, excelText(line.label), line.state, excelText(line.file), line.received];
    cells.forEach((cell, i) => {
      sheet.text(i + 1, cell, text);
    });
    for (const [col, value] of [
      [6, line.errors],
      [7, line.warnings],
    ] as const) {
      if (value === undefined) sheet.blank(col, count);
      else sheet.number(col, value, count);
    }
    if (line.total === undefined) sheet.blank(8, amount);
    else sheet.number(8, cellNumber(line.total), amount);
  }
  row++;
  const notes = [
    ...(roster.deadline === undefined ? [] : [words.deadline(roster.deadline)]),
    words.summary(roster.summary),
    ...(roster.notForms.length > 0 ? [words.notForms, ...roster.notForms.map((n) => `– ${notFormText(n, lang)}`)] : []),
  ];
  for (const note of notes) sheet.row(++row).text(1, excelText(note), S.note);
  return xlsxPackage([{ name: ROSTER_SHEET[lang].name, xml: sheet.xml(), printTitles: [HEADER_ROW, HEADER_ROW] }], options.date ?? outputDate({}), {
    styles: STYLES.xml,
  });
}
