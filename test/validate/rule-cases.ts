import type { DiagnosticCode } from "../../src/data/diagnostic-codes.js";
import type { Grid } from "../../src/data/grid.js";
import { DEFAULT_PLAN } from "../../src/plan/default-plan.js";
import { validatePlan } from "../../src/plan/plan-text.js";
import type { Plan } from "../../src/plan/schema.js";
import type { VersionsMode } from "../../src/run/run-options.js";
import { type FormRow, formGrid, type ReviewRow, reviewGrid, sheetOf, VALID_ROWS, withCells } from "./form-grid.js";

/**
 * One rule, table-driven: grids where the rule must stay silent, and a grid where it must fire, with
 * every finding the run makes there (`[code, cell]`, `""` for a finding about a whole sheet or file).
 * Cells are in the test form of form-grid.ts: row 5 the agency, rows 6–7 its tasks 1.1 and 1.2;
 * columns A STT, B name, C period, D total, E source, F 2025, G 2026, H–I task groups.
 */
export interface RuleCase {
  readonly code: DiagnosticCode;
  readonly valid: readonly (readonly Grid[])[];
  readonly invalid: readonly Grid[];
  readonly found: ReadonlyArray<readonly [DiagnosticCode, string]>;
  /** The plan both the valid and the invalid grids are checked against (default: the default plan). */
  readonly plan?: Plan;
  /** Several grids of one agency: the newest only (the default) or all added up (`--versions all`). */
  readonly versions?: VersionsMode;
  /** The review workbook the run checks its approved figures in (`consolidate --approved`), for the valid and the invalid grids. */
  readonly approved?: { readonly valid: Grid; readonly invalid: Grid };
}

const valid = [[formGrid(VALID_ROWS)]];
/** One form of `rows`, as a run of one file. */
export const one = (rows: readonly FormRow[], options: Parameters<typeof formGrid>[1] = {}) => [formGrid(rows, options)];
const SUBTASKS: FormRow[] = [
  ["1", "Sở Tư pháp", null, 300, null, 180, 120, null, null],
  ["1.1", "Số hóa tài liệu lưu trữ", "2025", 100, "CTX", 100, null, "x", null],
  ["1.2", "Phần mềm một cửa điện tử", "2025 - 2026", 200, "CTX", 80, 120, null, "x"],
  ["(1)", "Mua bản quyền phần mềm", "2025", 80, null, 80, null, null, null],
  ["(2)", "Triển khai và đào tạo", "2026", 120, null, null, 120, null, null],
];
const OF_WHICH: FormRow[] = [
  ["1", "Sở Tư pháp", null, 300, null, 180, 120, null, null],
  ["1.1", "Số hóa tài liệu lưu trữ", "2025", 100, "CTX", 100, null, "x", null],
  ["", "Trong đó: vốn NSTW", null, 60, null, 60, null, null, null],
  ["1.2", "Phần mềm một cửa điện tử", "2025 - 2026", 200, "CTX", 80, 120, null, "x"],
];
const TOTAL: FormRow = ["", "Tổng cộng", null, 300, null, 180, 120, null, null];
/** Sở Nội vụ with one task: a second agency for the rules across files. */
export const NOI_VU = (task: string): FormRow[] => [
  ["1", "Sở Nội vụ", null, 50, null, 50, null, null, null],
  ["1.1", task, "2025", 50, "CTX", 50, null, "x", null],
];

/** Sở Tư pháp's two tasks of `VALID_ROWS` (100 and 200), reviewed: 1.1 lowered to 90 with a reason, 1.2 as requested. */
export const REVIEWED_1_1: ReviewRow = ["Sở Tư pháp", "1.1", "Số hóa tài liệu lưu trữ", 100, 90, "Vượt định mức, đơn giá", "1.1"];
const REVIEWED_1_2: ReviewRow = ["Sở Tư pháp", "1.2", "Phần mềm một cửa điện tử", 200, 200, "Đồng ý như đề xuất", "1.2"];
export const REVIEWED: readonly ReviewRow[] = [REVIEWED_1_1, REVIEWED_1_2];
/** Sở Tư pháp's list of tasks without period columns: each amount's period is its row's (`period`). */
function periodList(period: string): Grid {
  const rows = [
    ["DANH MỤC NHIỆM VỤ CỦA SỞ TƯ PHÁP"],
    ["Đơn vị tính: triệu đồng"],
    ["STT", "Tên nhiệm vụ", "Thời gian thực hiện", "Kinh phí", "Nguồn vốn"],
    ["1", "Số hóa tài liệu lưu trữ", period, 100, "CTX"],
  ];
  return { file: "danh-muc.xlsx", sheets: [sheetOf("Sheet1", rows)] };
}

/** The default plan with the figures its text states (`statedSplits`, in triệu đồng). */
function planWithSplits(statedSplits: object[]): Plan {
  const result = validatePlan({ ...DEFAULT_PLAN, statedSplits });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

/** The default plan with ceilings (in its unit, triệu đồng). */
export function planWith(ceilings: object): Plan {
  const result = validatePlan({ ...DEFAULT_PLAN, ceilings });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

/**
 * Every rule that a grid can show, with the grids it fires on: test/validate/rules.test.ts asserts each
 * `found` exactly, and rule-coverage.test.ts requires each code of the registry to be in a `found` here
 * or in a finding of fixtures/faulty/expected.json.
 */
export const CASES: readonly RuleCase[] = [
  {
    code: "BC102",
    valid,
    invalid: [{ file: "danh-sach.xlsx", sheets: [sheetOf("Sheet1", [["Danh sách cán bộ"], ["Họ và tên", "Chức vụ"], ["Nguyễn Văn A", "Chuyên viên"]])] }],
    found: [["BC102", ""]],
  },
  {
    code: "BC103",
    valid,
    invalid: [
      {
        file: "thieu-cot.xlsx",
        sheets: [sheetOf("Sheet1", [["DANH MỤC"], ["Đơn vị tính: triệu đồng"], ["STT", "Tên nhiệm vụ", "Thời gian thực hiện"], ["1", "Khảo sát", "2025"]])],
      },
    ],
    found: [["BC103", "A3"]],
  },
  { code: "BC104", valid, invalid: one(VALID_ROWS, { extraColumns: ["Ý kiến thẩm định"] }), found: [["BC104", "J3"]] },
  { code: "BC105", valid, invalid: one(VALID_ROWS, { unit: false }), found: [["BC105", ""]] },
  { code: "BC106", valid, invalid: one([]), found: [["BC106", ""]] },
  { code: "BC108", valid, invalid: one(VALID_ROWS, { hidden: [6] }), found: [["BC108", "A6"]] },
  {
    code: "BC109",
    valid,
    invalid: [{ ...formGrid(VALID_ROWS), sheets: [...formGrid(VALID_ROWS).sheets, sheetOf("Ghi chú", [["Gửi kèm Công văn số 12/STP"]])] }],
    found: [["BC109", ""]],
  },
  // The total column in nghìn đồng under a `triệu đồng` unit line: read in nghìn đồng (300.000 → 300), so
  // every sum still holds and only the contradiction is reported, at the column's header.
  {
    code: "BC115",
    valid: [...valid, one(VALID_ROWS, { amountLabel: "Tổng kinh phí (triệu đồng)" })],
    invalid: one(withCells({ D5: 300000, D6: 100000, D7: 200000 }), { amountLabel: "Tổng kinh phí (nghìn đồng)" }),
    found: [["BC115", "D3"]],
  },
  // A table without period columns gives each amount its row's period; `2025 - 2021` is none, so the
  // amount gets no period (BC116 at the cell, which BC402 also names: it shares no year with the plan
  // once read as the years it names, so only BC116).
  {
    code: "BC116",
    valid: [[periodList("2025 - 2026")], [periodList("2025")], [periodList("Thường xuyên")]],
    invalid: [periodList("2026 - 2025")],
    found: [["BC116", "C4"]],
  },
  // The text amount is not counted, so the agency row no longer adds up either.
  {
    code: "BC201",
    valid,
    invalid: one(withCells({ D7: "hai trăm" })),
    found: [
      ["BC201", "D7"],
      ["BC213", "D5"],
    ],
  },
  {
    code: "BC202",
    valid,
    invalid: one(withCells({ D6: -100, F6: -100, D5: 100, F5: -20 })),
    found: [
      ["BC202", "F5"],
      ["BC202", "D6"],
      ["BC202", "F6"],
    ],
  },
  // `100,000` is 100 the Vietnamese way (so every sum holds) and 100000 the English way.
  { code: "BC203", valid, invalid: one(withCells({ D6: "100,000" })), found: [["BC203", "D6"]] },
  // A cost estimate's columns beside the form's: 4 × 25 = 100 holds, 4 × 20 = 80 is not the 100 stated.
  {
    code: "BC219",
    valid: [...valid, one(withCells({ J6: 4, K6: 25, J7: "2", K7: "100" }), { extraColumns: ["Số lượng", "Đơn giá"] })],
    invalid: one(withCells({ J6: 4, K6: 20 }), { extraColumns: ["Số lượng", "Đơn giá (triệu đồng)"] }),
    found: [["BC219", "D6"]],
  },
  {
    code: "BC204",
    valid,
    invalid: one(withCells({ D6: 100.0000001, F6: 100.0000001, D5: 300.0000001, F5: 180.0000001 })),
    found: [
      ["BC204", "D5"],
      ["BC204", "F5"],
      ["BC204", "D6"],
      ["BC204", "F6"],
    ],
  },
  {
    code: "BC205",
    valid,
    invalid: one(withCells({ D7: { formula: "SUM(F7:G7)" }, D6: { formula: "F6/0", error: "#DIV/0!" } })),
    found: [
      ["BC213", "D5"],
      ["BC205", "D6"],
      ["BC205", "D7"],
    ],
  },
  // The agency row carries task 1.2's 2026 figure, so its years fall short of its total too.
  {
    code: "BC211",
    valid,
    invalid: one(withCells({ G7: 100, G5: 100 })),
    found: [
      ["BC211", "D5"],
      ["BC211", "D7"],
    ],
  },
  {
    code: "BC212",
    valid: [one(SUBTASKS)],
    invalid: one(withCells({ D9: 100, G9: 100 }, SUBTASKS)),
    found: [
      ["BC212", "D7"],
      ["BC212", "G7"],
    ],
  },
  {
    code: "BC213",
    valid,
    invalid: one(withCells({ D5: 250, F5: 130 })),
    found: [
      ["BC213", "D5"],
      ["BC213", "F5"],
    ],
  },
  {
    code: "BC214",
    valid: [one([...VALID_ROWS, TOTAL])],
    invalid: one(withCells({ D8: 310, F8: 190 }, [...VALID_ROWS, TOTAL])),
    found: [
      ["BC214", "D8"],
      ["BC214", "F8"],
    ],
  },
  // Task 1.1 (100) details 60 of NSTW under "Trong đó:"; never added, so 1.1 and the agency still add up.
  {
    code: "BC216",
    valid: [one(OF_WHICH)],
    invalid: one(withCells({ D7: 160, F7: 160 }, OF_WHICH)),
    found: [
      ["BC216", "D7"],
      ["BC216", "F7"],
    ],
  },
  {
    code: "BC215",
    valid: [one(withCells({ H6: 60, I6: 40 })), one(withCells({ H6: 60, I6: "x" }))],
    invalid: one(withCells({ H6: 60, I6: 30 })),
    found: [["BC215", "H6"]],
  },
  { code: "BC301", valid, invalid: one(withCells({ A7: "1.1" })), found: [["BC301", "A7"]] },
  { code: "BC302", valid, invalid: one(withCells({ A7: "1.a" })), found: [["BC302", "A7"]] },
  { code: "BC303", valid, invalid: one(withCells({ A7: "2.2" })), found: [["BC303", "A7"]] },
  { code: "BC401", valid, invalid: one(withCells({ E6: "CTX, NSX" })), found: [["BC401", "E6"]] },
  {
    code: "BC402",
    valid: [one(withCells({ C7: "2024-2025" })), one(withCells({ C7: "Quý IV" })), one(withCells({ C7: "2021 - 2030" }))],
    invalid: one(withCells({ C7: "2022 - 2023" })),
    found: [["BC402", "C7"]],
  },
  {
    code: "BC403",
    valid: [one(withCells({ H7: null, I7: null }), { groups: false }), one(withCells({ I7: null, H8: "x" }, SUBTASKS))],
    invalid: one(withCells({ I7: null })),
    found: [["BC403", "A7"]],
  },
  {
    code: "BC404",
    valid: [[formGrid(VALID_ROWS), formGrid(NOI_VU("Đào tạo kỹ năng số"), { file: "so-noi-vu.xlsx" })]],
    invalid: [formGrid(VALID_ROWS), formGrid(NOI_VU("SỐ HOÁ tài liệu lưu trữ."), { file: "so-noi-vu.xlsx" })],
    found: [["BC404", "A6"]],
  },
  {
    code: "BC405",
    // Added up on purpose: without `--versions all` the second file supersedes the first (BC409).
    versions: "all",
    valid: [[formGrid(VALID_ROWS), formGrid(NOI_VU("Đào tạo kỹ năng số"), { file: "so-noi-vu.xlsx" })]],
    // `STP` is an alias of Sở Tư pháp in the plan's registry.
    invalid: [formGrid(VALID_ROWS), formGrid(withCells({ B5: "STP" }, NOI_VU("Đào tạo kỹ năng số")), { file: "stp-bo-sung.xlsx" })],
    found: [["BC405", "A5"]],
  },
  { code: "BC406", valid, invalid: one(withCells({ B5: "Trung tâm Dữ liệu tỉnh" })), found: [["BC406", "A5"]] },
  {
    // Sở Tư pháp alone is exactly at the ceiling; with Sở Nội vụ the whole plan is 50 above it.
    code: "BC407",
    plan: planWith({ total: 300 }),
    valid,
    invalid: [formGrid(VALID_ROWS), formGrid(NOI_VU("Đào tạo kỹ năng số"), { file: "so-noi-vu.xlsx" })],
    found: [["BC407", ""]],
  },
  {
    // 1.2 (A7 of the form) left without an approved figure.
    code: "BC414",
    valid,
    invalid: one(VALID_ROWS),
    approved: { valid: reviewGrid(REVIEWED), invalid: reviewGrid([REVIEWED_1_1, ["Sở Tư pháp", "1.2", "Phần mềm một cửa điện tử", 200, null, "", "1.2"]]) },
    found: [["BC414", "A7"]],
  },
  {
    // A third line, 1.3, approved at 50: the form has no 1.3 (row 9 of the workbook, approved in F).
    code: "BC415",
    valid,
    invalid: one(VALID_ROWS),
    approved: { valid: reviewGrid(REVIEWED), invalid: reviewGrid([...REVIEWED, ["Sở Tư pháp", "1.3", "Đào tạo kỹ năng số", 50, 50, "", "1.3"]]) },
    found: [["BC415", "F9"]],
  },
  {
    // 1.1 approved at 120, above its request of 100.
    code: "BC416",
    valid,
    invalid: one(VALID_ROWS),
    approved: { valid: reviewGrid(REVIEWED), invalid: reviewGrid([["Sở Tư pháp", "1.1", "Số hóa tài liệu lưu trữ", 100, 120, "", "1.1"], REVIEWED_1_2]) },
    found: [["BC416", "F7"]],
  },
  {
    // 1.1 was approved at 80 when the workbook was made from a form asking 80; the form now asks 100.
    code: "BC417",
    valid,
    invalid: one(VALID_ROWS),
    approved: { valid: reviewGrid(REVIEWED), invalid: reviewGrid([["Sở Tư pháp", "1.1", "Số hóa tài liệu lưu trữ", 80, 80, "", "1.1"], REVIEWED_1_2]) },
    found: [["BC417", "F7"]],
  },
  {
    // Sở Tư pháp sent again as `stp-bo-sung.xlsx` (`STP`, its alias): the `bổ sung` in the name makes it
    // the newer, and the first file is superseded, at its agency row.
    code: "BC409",
    valid: [[formGrid(VALID_ROWS), formGrid(NOI_VU("Đào tạo kỹ năng số"), { file: "so-noi-vu.xlsx" })]],
    invalid: [formGrid(VALID_ROWS), formGrid(withCells({ B5: "STP" }, NOI_VU("Đào tạo kỹ năng số")), { file: "stp-bo-sung.xlsx" })],
    found: [["BC409", "A5"]],
  },
  // The plan states 2025 180 and CTX 300 (1.1 CTX, NST 100 + 1.2 CTX 200); the invalid form moves 20 of
  // task 1.2 from 2026 to 2025, every sum of the form still holding: 2025 becomes 200.
  {
    code: "BC410",
    plan: planWithSplits([
      { period: 2025, amount: 180 },
      { source: "CTX", amount: 300 },
      { period: 2025, source: "NST", amount: 100 },
    ]),
    valid,
    invalid: one(withCells({ F7: 100, G7: 100, F5: 200, G5: 100 })),
    found: [["BC410", ""]],
  },
];
