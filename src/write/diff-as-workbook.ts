import type { BudgetDiff, DiffStatus, ItemDiff } from "../aggregate/diff.js";
import { amountsByPeriod } from "../aggregate/figures.js";
import { type Money, ZERO } from "../data/money.js";
import { DIFF_HEADING_ROW, DIFF_SHEET } from "../data/output-marks.js";
import { excelText } from "../data/text.js";
import { outputDate } from "./appendix/output-date.js";
import type { Lang } from "./diagnostic-message.js";
import { DIFF_WORDS, itemNotes } from "./diff-words.js";
import { periodLabel } from "./figure-words.js";
import { ALIGN, REPORT_FONT, REPORT_FONTS, REPORT_HEAD_FORMATS, REPORT_SHEET, REPORT_STYLE, titleRows } from "./report-sheet.js";
import { cellNumber, WHOLE_AMOUNT_FORMAT } from "./workbook-style.js";
import { SheetXml } from "./xlsx/sheet-xml.js";
import { styleTable } from "./xlsx/style-table.js";
import { xlsxPackage } from "./xlsx/xlsx-package.js";

/** A changed cell: light yellow. An added row: light green. A removed row: light red. */
const CHANGED = "FFFFF2CC";
const ADDED = "FFE2EFDA";
const REMOVED = "FFFCE4D6";

/** The look of a cell: its part of the row, bold or not, and its highlight. */
type Part = "text" | "code" | "amount";
type Mark = "none" | "changed" | "added" | "removed";
const PARTS: readonly Part[] = ["text", "code", "amount"];
const MARKS: readonly Mark[] = ["none", "changed", "added", "removed"];
const FILLS: Readonly<Record<Mark, string | undefined>> = { none: undefined, changed: CHANGED, added: ADDED, removed: REMOVED };
const ALIGNS: Readonly<Record<Part, string>> = { text: ALIGN.wrapTop, code: ALIGN.centreTop, amount: ALIGN.top };

const S = REPORT_STYLE;
const FIRST_CELL_STYLE = REPORT_HEAD_FORMATS.length;

/** The style id of a cell: after the four fixed ones, every part × bold × mark. */
function cellStyle(part: Part, strong: boolean, mark: Mark): number {
  return FIRST_CELL_STYLE + (PARTS.indexOf(part) * 2 + (strong ? 1 : 0)) * MARKS.length + MARKS.indexOf(mark);
}

const STYLES = styleTable(REPORT_FONTS, [
  ...REPORT_HEAD_FORMATS,
  ...PARTS.flatMap((part) =>
    [false, true].flatMap((strong) =>
      MARKS.map((mark) => ({
        font: strong ? REPORT_FONT.bold13 : REPORT_FONT.plain13,
        border: true,
        alignment: ALIGNS[part],
        ...(part === "amount" ? { numFmt: WHOLE_AMOUNT_FORMAT } : {}),
        ...(FILLS[mark] === undefined ? {} : { fill: FILLS[mark] }),
      })),
    ),
  ),
]);

/** One line of the sheet: its codes, name, status words, sources, figures by period, totals, and how it is marked. */
interface SheetLine {
  readonly strong: boolean;
  readonly rowMark: Mark;
  readonly oldCode: string;
  readonly newCode: string;
  readonly codeChanged: boolean;
  readonly name: string;
  readonly nameChanged: boolean;
  readonly status: string;
  readonly source: string;
  readonly sourceChanged: boolean;
  readonly before: ReadonlyMap<string, Money>;
  readonly after: ReadonlyMap<string, Money>;
  readonly totalBefore: Money;
  readonly totalAfter: Money;
}

const ROW_MARK: Readonly<Record<DiffStatus, Mark>> = { added: "added", removed: "removed", changed: "none", unchanged: "none" };

function itemLine(item: ItemDiff, lang: Lang, marked: boolean): SheetLine {
  const { before, after } = item;
  const sources = [...new Set([before?.source, after?.source].filter((s): s is string => s !== undefined))];
  return {
    strong: false,
    rowMark: ROW_MARK[item.status],
    oldCode: before?.code ?? "",
    newCode: after?.code ?? "",
    codeChanged: marked && item.renumbered,
    name: `${"  ".repeat(item.depth - 2)}${(after ?? before)?.name ?? ""}`,
    nameChanged: marked && item.renamed,
    status: itemNotes(item, lang).join("; ") || (item.status === "changed" ? DIFF_WORDS[lang].statuses.changed : ""),
    source: sources.join(" → "),
    sourceChanged: marked && sources.length > 1,
    before: amountsByPeriod(before?.line ?? []),
    after: amountsByPeriod(after?.line ?? []),
    totalBefore: before?.total ?? ZERO,
    totalAfter: after?.total ?? ZERO,
  };
}

/**
 * The diff as a workbook (`budget diff -o thay-doi.xlsx`): one sheet, Times New Roman 13, A4 landscape,
 * every agency (bold, its totals) and every item of both versions: old and new code, name, what
 * changed, funding source, then old, new and difference for each period and for the total. Cells that
 * changed by at least the threshold are light yellow, an added item's row light green, a removed one's
 * light red; the grand total last. Stamped `date`: the same diff gives the same bytes. Pure.
 */
export async function diffAsXlsx(
  diff: BudgetDiff,
  options: { readonly before: string; readonly after: string; readonly lang: Lang; readonly date?: Date },
): Promise<Uint8Array> {
  const { lang } = options;
  const words = DIFF_WORDS[lang];
  const c = words.columns;
  const periods = diff.periods;
  const firstAmount = 6;
  const lastCol = firstAmount + (periods.length + 1) * 3 - 1;
  const headerTop = DIFF_HEADING_ROW + 1;
  const sheet = new SheetXml(
    {
      columns: [{ width: 8 }, { width: 8 }, { width: 50 }, { width: 18 }, { width: 12 }, ...Array.from({ length: lastCol - 5 }, () => ({ width: 12 }))],
      frozenRows: headerTop + 1,
      ...REPORT_SHEET,
    },
    STYLES,
  );
  titleRows(sheet, lastCol, { title: words.title, subtitle: words.heading(options.before, options.after), unit: words.unit });

  // Two heading rows: the fixed columns merged down, each period (and the total) over Cũ | Mới | Chênh lệch.
  const groups = [...periods.map((period) => periodLabel(period, lang)), c.total];
  sheet.row(headerTop);
  [c.oldCode, c.newCode, c.name, c.status, c.source].forEach((text, i) => {
    sheet.text(i + 1, text, S.heading);
  });
  groups.forEach((label, g) => {
    const col = firstAmount + g * 3;
    sheet
      .text(col, label, S.heading)
      .blank(col + 1, S.heading)
      .blank(col + 2, S.heading);
  });
  sheet.row(headerTop + 1);
  for (let col = 1; col < firstAmount; col++) sheet.blank(col, S.heading);
  groups.forEach((_, g) => {
    [c.before, c.after, c.change].forEach((text, i) => {
      sheet.text(firstAmount + g * 3 + i, text, S.heading);
    });
  });
  for (let col = 1; col < firstAmount; col++) sheet.merge(headerTop, col, headerTop + 1, col);
  groups.forEach((_, g) => {
    sheet.merge(headerTop, firstAmount + g * 3, headerTop, firstAmount + g * 3 + 2);
  });

  const material = (change: Money) => !change.isZero() && change.abs().greaterThanOrEqualTo(diff.minimum);
  let row = headerTop + 1;
  const write = (line: SheetLine) => {
    const mark = (changed: boolean): Mark => (line.rowMark !== "none" ? line.rowMark : changed ? "changed" : "none");
    sheet.row(++row);
    sheet.text(1, excelText(line.oldCode), cellStyle("code", line.strong, mark(false)));
    sheet.text(2, excelText(line.newCode), cellStyle("code", line.strong, mark(line.codeChanged)));
    sheet.text(3, excelText(line.name), cellStyle("text", line.strong, mark(line.nameChanged)));
    sheet.text(4, line.status, cellStyle("text", line.strong, mark(false)));
    sheet.text(5, excelText(line.source), cellStyle("code", line.strong, mark(line.sourceChanged)));
    const amounts = (col: number, before: Money, after: Money) => {
      const changed = mark(material(after.minus(before)));
      sheet.number(col, cellNumber(before), cellStyle("amount", line.strong, mark(false)));
      sheet.number(col + 1, cellNumber(after), cellStyle("amount", line.strong, changed));
      sheet.number(col + 2, cellNumber(after.minus(before)), cellStyle("amount", line.strong, changed));
    };
    periods.forEach((period, g) => {
      amounts(firstAmount + g * 3, line.before.get(period) ?? ZERO, line.after.get(period) ?? ZERO);
    });
    amounts(firstAmount + periods.length * 3, line.totalBefore, line.totalAfter);
  };

  for (const agency of diff.agencies) {
    write({
      strong: true,
      rowMark: ROW_MARK[agency.status],
      oldCode: "",
      newCode: "",
      codeChanged: false,
      name: agency.name,
      nameChanged: false,
      status: agency.status === "unchanged" ? "" : words.statuses[agency.status],
      source: "",
      sourceChanged: false,
      before: amountsByPeriod(agency.lineBefore),
      after: amountsByPeriod(agency.lineAfter),
      totalBefore: agency.before,
      totalAfter: agency.after,
    });
    for (const item of agency.items) write(itemLine(item, lang, diff.minimum.isZero() || item.material));
  }
  write({
    strong: true,
    rowMark: "none",
    oldCode: "",
    newCode: "",
    codeChanged: false,
    name: words.grandTotal,
    nameChanged: false,
    status: "",
    source: "",
    sourceChanged: false,
    before: amountsByPeriod(diff.total.lineBefore),
    after: amountsByPeriod(diff.total.lineAfter),
    totalBefore: diff.total.before,
    totalAfter: diff.total.after,
  });
  return xlsxPackage([{ name: DIFF_SHEET[lang].name, xml: sheet.xml(), printTitles: [headerTop, headerTop + 1] }], options.date ?? outputDate({}), {
    styles: STYLES.xml,
  });
}
