import { taskGroupLabel, UNSTATED_LABEL } from "../aggregate/pivot-facts.js";
import { periodText } from "../data/period.js";
import type { Plan } from "../plan/schema.js";
import type { ConsolidatedRows } from "./consolidated-rows.js";
import { csvField } from "./csv-cell.js";
import { markText } from "./rows-as-json.js";

/**
 * Renders the consolidated rows as CSV (UTF-8, comma separated, one line per row in appendix order):
 * `section, agency, code, original_code, level, depth, name, total`, one column per year (blank when
 * the row has no amount for it), `sources` (the combination, `CTX, NST`; `Không ghi nguồn` when no
 * row up the tree states one), `period`, `legal_basis`, `lead_unit`, one column per task group headed
 * by its name (`KH02: Dữ liệu`, from `taskGroups`; its key when the plan does not know it) holding `x`
 * or an amount, `in_total`, `file`, `sheet`, `cell`. The CSV is read by people in a spreadsheet, so it
 * names things as the appendix does (the JSON keeps the keys, for scripts). Amounts are exact decimals
 * in triệu đồng; every text field is neutralised against formula injection.
 */
export function rowsAsCsv(rows: ConsolidatedRows, taskGroups: Plan["taskGroups"]): string {
  const groupName = new Map(taskGroups.map((group) => [group.key, taskGroupLabel(group)]));
  const head = [
    "section",
    "agency",
    "code",
    "original_code",
    "level",
    "depth",
    "name",
    "total",
    ...rows.periods.map(periodText),
    "sources",
    "period",
    "legal_basis",
    "lead_unit",
    ...rows.groups.map((key) => groupName.get(key) ?? key),
    "in_total",
    "file",
    "sheet",
    "cell",
  ];
  const lines = rows.rows.map((row) => {
    const group = (key: string) => {
      const mark = row.groups.get(key);
      return mark === undefined ? "" : csvField(markText(mark), mark === "x" ? "text" : "amount");
    };
    return [
      ...[row.section, row.agency, row.code, row.originalCode, row.level, String(row.depth), row.name].map((text) => csvField(text)),
      csvField(row.total.toFixed(), "amount"),
      ...rows.periods.map((period) => csvField(row.byPeriod.get(period)?.toFixed() ?? "", "amount")),
      ...[row.combination === "" ? UNSTATED_LABEL.source : row.combination, row.period, row.legalBasis, row.leadUnit].map((text) => csvField(text)),
      ...rows.groups.map(group),
      ...[String(row.inTotal), row.file, row.sheet, row.cell ?? ""].map((text) => csvField(text)),
    ].join(",");
  });
  return `${[head.map((h) => csvField(h)).join(","), ...lines].join("\n")}\n`;
}
