import { approvalFindings, approvalsOf, approvedCeilingFindings } from "../../src/aggregate/approvals.js";
import { ceilingFindings } from "../../src/aggregate/ceilings.js";
import { consolidate } from "../../src/aggregate/consolidate.js";
import { statedSplitFindings } from "../../src/aggregate/stated-splits.js";
import type { Submission } from "../../src/data/budget-row.js";
import type { Diagnostic, Finding } from "../../src/data/diagnostic.js";
import type { Cell, CellValue, Grid, GridSheet, MergedRange } from "../../src/data/grid.js";
import { reviewDecisions } from "../../src/parse/review-decisions.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";
import type { Plan } from "../../src/plan/schema.js";
import { submissionsOf } from "../../src/run/parse-file.js";
import type { VersionsMode } from "../../src/run/run-options.js";
import { chooseVersions, withoutAgencies } from "../../src/run/superseded-versions.js";
import { checkRun, checkSubmission, classify } from "../../src/validate/validate.js";

/** A cell as a test writes it: a number, text, a formula without (or with an error) value, or blank. */
export type Value = number | string | null | { formula: string; error?: string };

/** A form row in the columns of `formGrid`: A STT, B name, C period, D total, E source, F 2025, G 2026, H ha_tang, I du_lieu. */
export type FormRow = readonly Value[];

/** What differs from the standard test form. */
export interface FormOptions {
  readonly file?: string;
  /** Task-group columns H and I (default true). */
  readonly groups?: boolean;
  /** The `Đơn vị tính` line (default true). */
  readonly unit?: boolean;
  /** The total column's label (default `Tổng kinh phí`). */
  readonly amountLabel?: string;
  /** Extra header labels after the last column (unknown columns). */
  readonly extraColumns?: readonly string[];
  /** 1-based sheet rows to hide. */
  readonly hidden?: readonly number[];
}

/** The first data row (1-based): rows 1–2 are the title and unit, rows 3–4 the header band. */
export const FIRST_ROW = 5;

function value(input: Exclude<Value, null>): { value: CellValue; formula?: string } {
  if (typeof input === "number") return { value: { kind: "number", value: input } };
  if (typeof input === "string") return { value: { kind: "text", value: input } };
  return input.error === undefined
    ? { value: { kind: "formula-without-value" }, formula: input.formula }
    : { value: { kind: "error", value: input.error }, formula: input.formula };
}

/** A sheet from rows of values (row 0 first); merges as given. */
export function sheetOf(
  name: string,
  rows: ReadonlyArray<readonly Value[]>,
  merges: readonly MergedRange[] = [],
  hidden: ReadonlySet<number> = new Set(),
): GridSheet {
  const cells = rows.map((values, row) =>
    values.map((input, col): Cell | undefined => (input === null || input === "" ? undefined : { row, col, ...value(input) })),
  );
  return { name, rows: cells, merges, hiddenRows: hidden };
}

/**
 * The standard test form as a grid: a title, `Đơn vị tính: triệu đồng`, a two-row header (years under
 * `Trong đó`, task groups under `Phù hợp với chủ trương, định hướng, chiến lược`), then `rows` from
 * sheet row 5.
 */
export function formGrid(rows: readonly FormRow[], options: FormOptions = {}): Grid {
  const groups = options.groups ?? true;
  const extra = options.extraColumns ?? [];
  const top: Value[] = ["STT", "Tên nhiệm vụ", "Thời gian thực hiện", options.amountLabel ?? "Tổng kinh phí", "Nguồn vốn", "Trong đó", null];
  const leaf: Value[] = [null, null, null, null, null, "2025", "2026"];
  const merges: MergedRange[] = [0, 1, 2, 3, 4].map((col) => ({ top: 2, left: col, bottom: 3, right: col }));
  merges.push({ top: 2, left: 5, bottom: 2, right: 6 });
  if (groups) {
    top.push("Phù hợp với chủ trương, định hướng, chiến lược", null);
    leaf.push("Hạ tầng kỹ thuật, công nghệ", "Dữ liệu");
    merges.push({ top: 2, left: 7, bottom: 2, right: 8 });
  }
  for (const label of extra) {
    merges.push({ top: 2, left: top.length, bottom: 3, right: top.length });
    top.push(label);
    leaf.push(null);
  }
  const width = top.length;
  const data = rows.map((row) => (groups ? row : row.slice(0, 7)).concat(Array<Value>(Math.max(0, width - row.length)).fill(null)));
  const sheet = sheetOf(
    "Biểu mẫu",
    [["BIỂU ĐỀ XUẤT NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025 - 2026"], [options.unit === false ? "" : "Đơn vị tính: triệu đồng"], top, leaf, ...data],
    merges,
    new Set((options.hidden ?? []).map((row) => row - 1)),
  );
  return { file: options.file ?? "so-tu-phap.xlsx", sheets: [sheet] };
}

/** Sở Tư pháp with two tasks: every sum right, periods in the plan, each task in a task group. */
export const VALID_ROWS: readonly FormRow[] = [
  ["1", "Sở Tư pháp", null, 300, null, 180, 120, null, null],
  ["1.1", "Số hóa tài liệu lưu trữ", "2025", 100, "CTX, NST", 100, null, "x", null],
  ["1.2", "Phần mềm một cửa điện tử", "2025 - 2026", 200, "CTX", 80, 120, null, "x"],
];

/** The rows of `VALID_ROWS` with some cells replaced: `{ "D6": 150 }` (A1 addresses in the form). */
export function withCells(changes: Readonly<Record<string, Value>>, rows: readonly FormRow[] = VALID_ROWS): FormRow[] {
  const copy = rows.map((row) => [...row]);
  for (const [address, input] of Object.entries(changes)) {
    const match = /^([A-Z])(\d+)$/.exec(address);
    if (!match?.[1] || !match[2]) throw new Error(`bad address ${address}`);
    const row = copy[Number(match[2]) - FIRST_ROW];
    if (!row) throw new Error(`no row ${address}`);
    row[match[1].charCodeAt(0) - 65] = input;
  }
  return copy;
}

/** The submissions of a grid and the findings made reading them. */
export function parseGrid(grid: Grid, plan: Plan = defaultPlan()): { submissions: Submission[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const submissions = submissionsOf(grid, new PlanIndex(plan), findings);
  return { submissions, findings };
}

/**
 * Everything a check finds in some grids, as one run: reading, each sheet's rules, an agency's older
 * grids superseded (grids have no file time: the name's version mark, else the later grid, is the
 * newer; unlike a run, a superseded grid keeps its findings), the rules across files.
 */
/** A line of a filled review workbook: agency, code, name, requested total, approved, reason, key, and the total it was approved against (else the requested total). */
export type ReviewRow = readonly [
  agency: string,
  code: string,
  name: string,
  total: number,
  approved: number | null,
  reason: string,
  key: string,
  basis?: number,
];

/**
 * A review workbook as `budget review --init` lays it out and an officer fills it (`tham-dinh.xlsx`,
 * sheet `Thẩm định`): headings on rows 5–6, lines from row 7 with the approved figure in column F.
 */
export function reviewGrid(lines: readonly ReviewRow[]): Grid {
  const heading: Value[] = [
    "Cơ quan, đơn vị",
    "STT",
    "Tên dự án/nhiệm vụ",
    "Nguồn vốn",
    "Kinh phí đề xuất",
    "Thẩm định",
    "Lý do",
    "Ghi chú",
    "Khóa",
    "Đề xuất khi thẩm định",
  ];
  const rows: Value[][] = [["BẢNG THẨM ĐỊNH KINH PHÍ ĐỀ XUẤT"], [], ["Đơn vị tính: triệu đồng"], [], heading, [null, null, null, null, "Tổng số"]];
  // A basis is what `--init` writes, with its note, for a line whose request changed since it was approved.
  for (const [agency, code, name, total, approved, reason, key, basis] of lines)
    rows.push([agency, code, name, null, total, approved, reason, basis === undefined ? null : "Đề xuất đã đổi", key, basis ?? null]);
  return { file: "tham-dinh.xlsx", sheets: [sheetOf("Thẩm định", rows)] };
}

export function checkGrids(grids: readonly Grid[], plan: Plan = defaultPlan(), versions: VersionsMode = "newest", approved?: Grid): Diagnostic[] {
  const findings: Finding[] = [];
  const all: Submission[] = [];
  const index = new PlanIndex(plan);
  for (const grid of grids) {
    const parsed = parseGrid(grid, plan);
    findings.push(...parsed.findings);
    for (const submission of parsed.submissions) findings.push(...checkSubmission(submission, index));
    all.push(...parsed.submissions);
  }
  // As runFiles does: the older versions out, the rules across files, then the ceilings and stated splits on the consolidation.
  const choice = chooseVersions(all, index, new Map(), versions);
  const kept = all.map((submission) => withoutAgencies(submission, choice.superseded.get(submission.file) ?? new Set(), index));
  const consolidation = consolidate(kept, index);
  findings.push(...choice.findings, ...checkRun(kept, index), ...ceilingFindings(consolidation, index), ...statedSplitFindings(consolidation, index));
  // With a review workbook, as `consolidate --approved` does.
  if (approved) {
    const read = reviewDecisions(approved);
    if (!read.ok) throw new Error(`not a review workbook: ${read.problem}`);
    const approvals = approvalsOf(consolidation, read.decisions);
    findings.push(...approvalFindings(approvals), ...approvedCeilingFindings(approvals, index));
  }
  return classify(findings);
}
