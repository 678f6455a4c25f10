import { columnName } from "../data/grid.js";
import type { InspectedColumn, InspectedRow, InspectedSheet, InspectedTable, Inspection } from "../data/inspection.js";
import type { Money } from "../data/money.js";
import { formatAmount, type Lang } from "./diagnostic-message.js";
import { diagnosticsAsText } from "./diagnostics-as-text.js";
import {
  COLUMN_ROLE_WORDS,
  conventionWords,
  INSPECT_WORDS,
  matchWords,
  notFormWords,
  periodAmountWords,
  phaseWords,
  ROW_ROLE_WORDS,
  unitWords,
} from "./inspection-words.js";

/** The report fits a terminal this wide. */
const WIDTH = 100;
/** Rows of the table are cut after this many names' characters, so one row stays one line. */
const AMOUNT_WIDTH = 14;

/**
 * How the tool read one file, as text for a finance officer (`budget inspect`): the sheets and which
 * holds the form; for each form sheet the header band, each column (its labels top to bottom, the role
 * given and the label that decided it, its unit), the unit and number convention, then the rows as the
 * tree the tool built, indented by depth (role, code printed → placed, name, amount and its years), and
 * the findings. Lines stay within 100 columns; names from the file are cut with `…`, never wrapped.
 */
export function inspectionAsText(inspection: Inspection, lang: Lang): string {
  const w = INSPECT_WORDS[lang];
  const lines: string[] = [`${w.file}: ${inspection.file}`];
  if (inspection.sha256 === undefined) lines.push(w.unreadable);
  else {
    lines.push("", `${w.sheets}:`);
    for (const sheet of inspection.sheets) lines.push(cut(`  • ${sheet.name}: ${sheetState(sheet, lang)} (${sheet.rowsWithContent} ${w.rows})`));
    for (const sheet of inspection.sheets) if (sheet.table) lines.push("", ...tableLines(sheet.name, sheet.table, lang));
  }
  lines.push("", `${w.diagnostics}:`);
  if (inspection.diagnostics.length === 0) lines.push(`  ${w.noDiagnostics}`);
  else {
    // The diagnostics' own text, indented under the heading and broken to the report's width.
    for (const line of diagnosticsAsText(inspection.diagnostics, lang).trimEnd().split("\n")) {
      const indent = `  ${/^\s*/.exec(line)?.[0] ?? ""}`;
      // Continuation lines hang two columns further in; every line stays within the width.
      const [first = "", ...rest] = wrap(line.trimStart(), `${indent}  `);
      lines.push(first.slice(2), ...rest);
    }
  }
  return `${lines.join("\n")}\n`;
}

function sheetState(sheet: InspectedSheet, lang: Lang): string {
  const w = INSPECT_WORDS[lang];
  if (sheet.form) return w.form;
  if (!sheet.read) return w.notRead;
  if (sheet.rowsWithContent === 0) return w.notForm;
  const because = notFormWords(sheet, lang);
  return because === "" ? w.notForm : `${w.notForm}: ${because}`;
}

function tableLines(name: string, table: InspectedTable, lang: Lang): string[] {
  const w = INSPECT_WORDS[lang];
  const header = table.headerTop === table.headerBottom ? `${w.row} ${table.headerTop + 1}` : `${w.row} ${table.headerTop + 1}–${table.headerBottom + 1}`;
  const lines = [`${w.sheet} "${name}"`, "─".repeat(Math.min(WIDTH, name.length + 8))];
  lines.push(`${w.header}: ${header}${table.columnNumbers === undefined ? "" : `; ${w.columnNumbers}: ${w.row} ${table.columnNumbers + 1}`}`);
  table.titleLines.forEach((title, i) => {
    lines.push(cut(`${i === 0 ? `${w.title}:` : " ".repeat(w.title.length + 1)} ${title}`));
  });
  const unitText = table.unit.from === "none" || table.unit.text === "" ? "" : ` — "${table.unit.text}"`;
  lines.push(cut(`${w.unit}: ${unitWords(table.unit, lang)}${unitText}`));
  lines.push(cut(`${w.convention}: ${conventionWords(table.numberConvention, lang)}`));
  if (table.amountPeriod !== undefined) lines.push(`${w.amountPeriod}: ${table.amountPeriod}`);
  lines.push("", `${w.columns}:`);
  for (const column of table.columns) lines.push(...columnLines(column, lang));
  lines.push("", `${w.tableRows} (${w.rowHeading}):`);
  for (const row of table.rows) lines.push(...rowLines(row, table.amountPeriod, lang));
  return lines;
}

function columnLines(column: InspectedColumn, lang: Lang): string[] {
  const w = INSPECT_WORDS[lang];
  const letter = columnName(column.col).padEnd(3);
  const labels = column.labels.join(" › ");
  const role = column.role === "period-amount" ? periodAmountWords(column, lang) : COLUMN_ROLE_WORDS[lang][column.role];
  const details = [
    `→ ${role}`,
    ...(column.taskGroup === undefined ? [] : [column.taskGroup]),
    ...(column.period === undefined || column.role === "period-amount" ? [] : [column.period]),
    ...(phaseWords(column.phase, lang) === undefined ? [] : [phaseWords(column.phase, lang) ?? ""]),
    matchWords(column.match, lang),
    ...(column.unit === undefined ? [] : [unitWords(column.unit, lang)]),
    ...(column.read || column.role === "unknown" ? [] : [w.notReadColumn]),
  ];
  return [cut(`  ${letter} ${labels}`), ...wrap(details.join(" · "), "      ")];
}

/**
 * A row's line, and under it its splits (recurrent, public investment, per period). A row's amount that
 * only repeats as the table's one period (`Kinh phí năm 2025`, said once above) is not repeated.
 */
function rowLines(row: InspectedRow, amountPeriod: string | undefined, lang: Lang): string[] {
  const role = ROW_ROLE_WORDS[lang][row.role];
  const code = row.placed === "" || row.placed === row.code ? row.code : row.code === "" ? `→ ${row.placed}` : `${row.code} → ${row.placed}`;
  const amount = row.amount ? shown(row.amount.value, lang) : "";
  const hidden = row.hidden ? ` (${INSPECT_WORDS[lang].hidden})` : "";
  const head = `${String(row.row + 1).padStart(5)}  ${role.padEnd(9)} ${code.padEnd(12)} ${"  ".repeat(row.depth)}`;
  const room = WIDTH - head.length - AMOUNT_WIDTH - 1;
  const name = fitted(`${row.name}${hidden}`, room).padEnd(room);
  const lines = [`${head}${name} ${amount.padStart(AMOUNT_WIDTH)}`.trimEnd()];
  const splits = [
    ...(row.recurrentTotal ? [`${COLUMN_ROLE_WORDS[lang].recurrentTotal}: ${shown(row.recurrentTotal.value, lang)}`] : []),
    ...(row.publicInvestment ? [`${COLUMN_ROLE_WORDS[lang].publicInvestment}: ${shown(row.publicInvestment.value, lang)}`] : []),
    ...row.periods
      .filter((p) => !(p.period === amountPeriod && row.periods.length === 1 && row.amount?.value.equals(p.amount.value)))
      .map((p) => `${p.period}${phaseWords(p.phase, lang) === undefined ? "" : ` ${phaseWords(p.phase, lang)}`}: ${shown(p.amount.value, lang)}`),
  ];
  if (splits.length > 0) lines.push(...wrap(splits.join(" · "), " ".repeat(head.length + 2)));
  return lines;
}

function shown(value: Money, lang: Lang): string {
  return formatAmount(value.toFixed(), lang);
}

/** Text cut to `room` characters with `…`. */
function fitted(text: string, room: number): string {
  const chars = [...text];
  return chars.length <= room ? text : `${chars.slice(0, Math.max(0, room - 1)).join("")}…`;
}

/** A line cut to the report's width. */
function cut(line: string): string {
  return fitted(line, WIDTH);
}

/** Text broken at spaces into lines of the report's width, each after `indent`. */
function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(cut(`${indent}${line}`));
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(cut(`${indent}${line}`));
  return lines;
}
