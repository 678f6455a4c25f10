import { describe, expect, expectTypeOf, it } from "vitest";
import { BUDGET_ROW_FIELDS, type BudgetRow, type BudgetRowField } from "../../src/data/budget-row.js";
import { Money } from "../../src/data/money.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";
import { type FileResult, parseFile } from "../../src/run/parse-file.js";
import { decodeResult, encodeResult } from "../../src/run/transfer.js";
import { tempFile } from "../cli/plan-cli-runner.js";

/** A value with its `Money` amounts written as text and its maps as entry lists, key order kept. */
function plain(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { map: [...v] };
    if (typeof v === "object" && v !== null && "toFixed" in v && typeof v.toFixed === "function") return `Money ${String(v.toFixed())}`;
    return v;
  });
}

describe("a file's result crossing to another thread", () => {
  it.each([
    "fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx",
    "fixtures/appendix/seed004-skhcn-2025.xlsx",
    "fixtures/faulty/BC215-groups-not-total.xlsx",
    "fixtures/faulty/BC212-parent-not-sum.xlsx",
    "fixtures/formats/shape/hidden-rows.xlsx",
  ])("comes back as it left, amounts exact: %s", async (file) => {
    const result = await parseFile(file, new PlanIndex(defaultPlan()));
    expect(result.submissions.length).toBeGreaterThan(0);
    expect(plain(decodeResult(encodeResult(result)))).toBe(plain(result));
  });

  it("carries the total rows after the first (a total stated first and last)", async () => {
    const file = tempFile("hai-dong-tong.csv", "Đơn vị tính: triệu đồng\nSTT,Đơn vị,Dự toán\n,Tổng số,90\n1,Sở Tư pháp,30\n2,Sở Nội vụ,60\n,Tổng cộng,90\n");
    const result = await parseFile(file, new PlanIndex(defaultPlan()));
    expect(result.submissions[0]?.laterTotals?.map((row) => row.amount?.cell)).toEqual(["C6"]);
    expect(plain(decodeResult(encodeResult(result)))).toBe(plain(result));
  });

  it("is refused when the bytes are something else", () => {
    expect(decodeResult(new Uint8Array([0xff, 0x0f, 0x54]))).toBeUndefined();
    expect(decodeResult(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });

  it("carries every field of a row, each to its own place, in the order BUDGET_ROW_FIELDS lists them", () => {
    // Every field told apart from the others, so two fields swapped on the way would show.
    const amount = (cell: string, value: string) => ({ value: new Money(value), cell });
    const row: BudgetRow = {
      row: 7,
      hidden: true,
      code: { kind: "path", parts: [1, 2], text: "1.2", commaTyped: false },
      codeCell: "A8",
      name: "name",
      amount: amount("D8", "1.5"),
      recurrentTotal: amount("E8", "2.5"),
      publicInvestment: amount("F8", "3.5"),
      periods: new Map([["2025", amount("G8", "4.5")]]),
      fundingSources: ["NST"],
      periodSources: [{ period: "2026-2030", codes: ["CĐT"] }],
      period: "2025-2026",
      periodCell: "C8",
      legalBasis: "legalBasis",
      leadUnit: "leadUnit",
      objective: "objective",
      groups: new Map([
        ["g1", { kind: "x", cell: "J8" }],
        ["g2", { kind: "amount", amount: amount("K8", "5.5") }],
      ]),
      role: "item",
      reference: "reference",
      children: [],
    };
    const item = { ...row, children: [{ ...row, row: 8, periodCell: undefined, amount: null }] };
    const result: FileResult = {
      facts: { file: "f.xlsx", sha256: undefined, sheets: ["s"], agencies: ["a"], rowsRead: 2 },
      submissions: [
        {
          file: "f.xlsx",
          sheet: "s",
          unit: "u",
          agencies: [{ name: "a", reference: "", section: undefined, row: undefined, items: [item] }],
          statedTotal: undefined,
          rowsRead: 2,
          groupColumns: ["g1", "g2"],
        },
      ],
      diagnostics: [],
    };
    const decoded = decodeResult(encodeResult(result))?.submissions[0]?.agencies[0]?.items[0];
    expect(plain(decoded)).toBe(plain(item));
    expect(Object.keys(decoded ?? {})).toEqual([...BUDGET_ROW_FIELDS]);
  });

  it("lists every field of BudgetRow in BUDGET_ROW_FIELDS, once, in the order the parser builds them", async () => {
    expectTypeOf<BudgetRowField>().toEqualTypeOf<keyof BudgetRow>();
    expect(new Set(BUDGET_ROW_FIELDS).size).toBe(BUDGET_ROW_FIELDS.length);
    const parsed = (await parseFile("fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx", new PlanIndex(defaultPlan()))).submissions[0]?.agencies[0]?.items[0];
    expect(Object.keys(parsed ?? {})).toEqual([...BUDGET_ROW_FIELDS]);
  });
});
