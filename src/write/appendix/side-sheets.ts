import type { ApprovedSums, ApprovedTotals } from "../../aggregate/approvals.js";
import type { AgencyTotal, Consolidation } from "../../aggregate/consolidate.js";
import { UNSTATED_LABEL } from "../../aggregate/pivot-facts.js";
import type { Diagnostic } from "../../data/diagnostic.js";
import type { FileFacts, FileVersion, VersionEvidence } from "../../data/file-report.js";
import { type Money, sum, ZERO } from "../../data/money.js";
import { APPENDIX_SHEETS, APPENDIX_SOURCES_HEADING, APPENDIX_SUMMARY_TITLE } from "../../data/output-marks.js";
import type { Plan } from "../../plan/schema.js";
import { diagnosticMessage, diagnosticValues, type Lang } from "../diagnostic-message.js";
import { SEVERITY_WORDS } from "../diagnostics-as-text.js";
import { combinationName, type TotalsLine, totalsGrid } from "../totals-grid.js";
import type { TableCell, TableSheet } from "./table-sheet.js";

/** One input file as listed on the `Nguồn` sheet: what reading it found and how many diagnostics it has. */
export interface SourceFile extends FileFacts {
  readonly diagnostics: number;
}

const UNIT_LINE = "Đơn vị tính: triệu đồng";

/*
 * The money columns of these sheets are headed `Tổng`, never `Tổng kinh phí` or `Kinh phí`: the reader
 * takes those for a form's amount column, and our own appendix read back (budget rollup) must yield
 * only `Phụ lục`.
 */

/**
 * `Tổng hợp`: each section and agency by total, period (by period × source when the run has several
 * of both) and funding-source combination; sections and the
 * grand total are `SUM`s of the lines under them, with their values cached. With `approved`
 * (`--approved`), the approved figures follow (`Thẩm định`, then `Thẩm định: CTX` per combination):
 * another phase, beside the requested figures and never added to them.
 */
export function summaryTable(consolidation: Consolidation, approved?: ApprovedTotals): TableSheet {
  const grid = totalsGrid(consolidation, "vi", { periodBySource: true });
  const approvedCombinations = approved ? [...approved.total.byCombination.keys()].sort() : [];
  const sumsOf = (line: TotalsLine): ApprovedSums | undefined =>
    line.kind === "total" ? approved?.total : line.kind === "section" ? approved?.bySection.get(line.code) : approved?.byAgency.get(line.label);
  const approvedValues = (line: TotalsLine): (Money | undefined)[] => {
    if (!approved) return [];
    const sums = sumsOf(line);
    return [sums?.total, ...approvedCombinations.map((combination) => sums?.byCombination.get(combination))];
  };
  // The lines each subtotal adds, in the order totalsGrid lays them out: a section line (when the section
  // has a code) then its agencies; agencies of the section without a code stand at the top level.
  const members = new Map<number, number[]>();
  const top: number[] = [];
  let next = 0;
  for (const section of consolidation.sections) {
    const agencies = section.agencies.map((_, i) => next + (section.code === "" ? 0 : 1) + i);
    if (section.code === "") top.push(...agencies);
    else {
      members.set(next, agencies);
      top.push(next);
    }
    next += agencies.length + (section.code === "" ? 0 : 1);
  }
  members.set(next, top);
  return {
    name: APPENDIX_SHEETS.summary,
    title: APPENDIX_SUMMARY_TITLE,
    unit: UNIT_LINE,
    columns: [
      { heading: "TT", width: 5, centred: true },
      { heading: "Cơ quan, đơn vị", width: 36 },
      ...grid.columns.map((heading) => ({ heading: periodHeading(heading), width: 12 })),
      ...(approved
        ? ["Thẩm định", ...approvedCombinations.map((combination) => `Thẩm định: ${combinationName(combination)}`)].map((heading) => ({ heading, width: 12 }))
        : []),
    ],
    rows: grid.lines.map((line, index) => {
      const sum = members.get(index);
      return {
        cells: [
          line.code,
          line.label,
          ...[...line.values, ...approvedValues(line)].map((value): TableCell => (sum === undefined ? (value ?? ZERO) : { sum, value: value ?? ZERO })),
        ],
        bold: line.kind !== "agency",
      };
    }),
  };
}

/** A heading of `Tổng hợp`: `Năm 2025`, `Giai đoạn 2026–2030`, `Năm 2025: CTX`, `Năm 2025 (thực hiện)`; other headings as they are. */
function periodHeading(heading: string): string {
  const match = /^(\d{4})(–\d{4})?( \(.*\))?(: .*)?$/u.exec(heading);
  if (!match) return heading;
  return `${match[2] === undefined ? "Năm" : "Giai đoạn"} ${heading}`;
}

/**
 * `Nhóm nhiệm vụ`: for each framework of the plan (I, II…), each of its task groups with its money, the
 * `SUM` of the agencies under it that have money in the group; then `Chưa phân nhóm`, the money of no
 * group (as `totals --by group` cuts it: what an item's group amounts and `x` marks leave), by agency;
 * then `TỔNG CỘNG`, the grand total. An item marked `x` counts its whole amount, a number counts
 * itself; an item may be in several groups, so the total is the `SUM` of the group and unassigned lines
 * only when they add up to the grand total (no item in two groups), and the grand total's value
 * otherwise.
 */
export function groupsTable(consolidation: Consolidation, plan: Plan): TableSheet {
  const agencies = consolidation.sections.flatMap((section) => section.agencies);
  const frameworks = [...new Set(plan.taskGroups.map((group) => group.framework))];
  const rows: TableSheet["rows"][number][] = [];
  const counted: number[] = [];
  const agencyLines = (code: (n: number) => string, amountOf: (agency: AgencyTotal) => Money | undefined): number[] => {
    const members: number[] = [];
    for (const agency of agencies) {
      const amount = amountOf(agency);
      if (amount === undefined || amount.isZero()) continue;
      members.push(rows.length);
      rows.push({ cells: [code(members.length), agency.name, amount] });
    }
    return members;
  };
  frameworks.forEach((key, f) => {
    rows.push({ cells: [ROMAN[f] ?? String(f + 1), plan.frameworks.find((framework) => framework.key === key)?.label ?? key, undefined], bold: true });
    plan.taskGroups
      .filter((group) => group.framework === key)
      .forEach((group, g) => {
        const groupIndex = rows.length;
        counted.push(groupIndex);
        rows.push({ cells: [String(g + 1), group.label, undefined], bold: true });
        const members = agencyLines(
          (n) => `${g + 1}.${n}`,
          (agency) => agency.totals.byGroup.get(group.key),
        );
        const total = consolidation.totals.byGroup.get(group.key) ?? ZERO;
        rows[groupIndex] = { cells: [String(g + 1), group.label, members.length > 0 ? { sum: members, value: total } : total], bold: true };
      });
  });
  const unassignedIndex = rows.length;
  counted.push(unassignedIndex);
  rows.push({ cells: ["", UNSTATED_LABEL.group, undefined], bold: true });
  const members = agencyLines(String, (agency) => agency.totals.ungrouped);
  const unassignedTotal = consolidation.totals.ungrouped;
  rows[unassignedIndex] = { cells: ["", UNSTATED_LABEL.group, members.length > 0 ? { sum: members, value: unassignedTotal } : unassignedTotal], bold: true };
  const total = consolidation.totals.total;
  const lines = sum([...plan.taskGroups.map((group) => consolidation.totals.byGroup.get(group.key) ?? ZERO), unassignedTotal]);
  rows.push({ cells: ["", "TỔNG CỘNG", lines.equals(total) ? { sum: counted, value: total } : total], bold: true });
  return {
    name: APPENDIX_SHEETS.groups,
    title: "KINH PHÍ THEO NHÓM NHIỆM VỤ",
    unit: UNIT_LINE,
    columns: [
      { heading: "TT", width: 5, centred: true },
      { heading: "Nhóm nhiệm vụ / Cơ quan, đơn vị", width: 56 },
      { heading: "Tổng", width: 12 },
    ],
    rows,
    portrait: true,
  };
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** `Kiểm tra`: every diagnostic with its code, severity, message, place, and expected and actual values. */
export function checksTable(diagnostics: readonly Diagnostic[], lang: Lang): TableSheet {
  return {
    name: APPENDIX_SHEETS.checks,
    columns: [
      { heading: "Mã", width: 7, centred: true },
      { heading: "Mức độ", width: 8, centred: true },
      { heading: "Nội dung", width: 34 },
      { heading: "Tệp", width: 22 },
      { heading: "Trang tính", width: 10 },
      { heading: "Ô", width: 6, centred: true },
      { heading: "STT", width: 6, centred: true },
      // The row's name is the longest text; a narrow column stood a diagnostic 9 lines tall.
      { heading: "Tên dòng", width: 36 },
      { heading: "Kỳ vọng", width: 9 },
      { heading: "Thực tế", width: 9 },
    ],
    rows: diagnostics.map((d) => {
      const { expected, actual } = diagnosticValues(d, lang);
      return {
        cells: [
          d.code,
          SEVERITY_WORDS[lang][d.severity],
          diagnosticMessage(d, lang),
          d.file,
          d.sheet ?? "",
          d.cell ?? "",
          d.rowCode ?? "",
          d.rowName ?? "",
          expected ?? "",
          actual ?? "",
        ],
      };
    }),
  };
}

/** What told the newest of an agency's files, as the `Nguồn` sheet says it (BC409's words). */
const EVIDENCE: Readonly<Record<VersionEvidence, string>> = { time: "thời gian sửa tệp", name: "dấu phiên bản trong tên tệp", order: "thứ tự đầu vào" };

/** How many of the other files of an agency a `Phiên bản` cell names. */
const OTHERS_SHOWN = 3;

/** One agency's files as a `Phiên bản` cell says it: used in place of the others, superseded by the one used, or summed (`--versions all`). */
function versionText(version: FileVersion): string {
  // A folder of many files of one agency would list every other file in every cell: three, then a count.
  const shown = version.others.slice(0, OTHERS_SHOWN).join(", ");
  const others = version.others.length > OTHERS_SHOWN ? `${shown} và ${version.others.length - OTHERS_SHOWN} tệp khác` : shown;
  const by = version.by === undefined ? "" : ` (mới hơn theo ${EVIDENCE[version.by]})`;
  if (version.role === "used") return `dùng, thay cho ${others}${by}`;
  if (version.role === "superseded") return `đã thay thế bởi ${others}${by}, không cộng`;
  return `cộng cùng ${others} (--versions all)`;
}

/**
 * The `Phiên bản` cell of a file: blank when it shares no agency; the agency named before each part
 * when the file holds several (superseded for one of them is not the whole file superseded).
 */
function versionsCell(source: SourceFile): string | undefined {
  const { versions } = source;
  if (versions === undefined) return undefined;
  const [only] = versions;
  if (versions.length === 1 && only !== undefined && source.agencies.length <= 1) return versionText(only);
  return versions.map((version) => `${version.agency}: ${versionText(version)}`).join("; ");
}

/**
 * `Nguồn`: each input file with its SHA-256, agencies, sheets, rows read, diagnostics and, for a
 * file that shares an agency with another, which of them was used (`Phiên bản`).
 */
export function sourcesTable(sources: readonly SourceFile[]): TableSheet {
  return {
    name: APPENDIX_SHEETS.sources,
    columns: [
      { heading: APPENDIX_SOURCES_HEADING[0], width: 32 },
      { heading: APPENDIX_SOURCES_HEADING[1], width: 62 },
      { heading: "Cơ quan, đơn vị", width: 26 },
      { heading: "Trang tính", width: 12 },
      { heading: "Số dòng đọc", width: 9 },
      { heading: "Số chẩn đoán", width: 9 },
      { heading: "Phiên bản", width: 40 },
    ],
    rows: sources.map((s) => ({
      cells: [s.file, s.sha256 ?? "", s.agencies.join("; "), s.sheets.join("; "), s.rowsRead, s.diagnostics, versionsCell(s)],
    })),
  };
}
