import { describe, expect, it } from "vitest";
import type { BudgetRow } from "../../src/data/budget-row.js";
import { parseRowCode } from "../../src/parse/row-code.js";
import { readFixture } from "../read/read-fixture.js";

const DIR = "fixtures/formats/code";

function outline(rows: readonly BudgetRow[], depth = 0): string[] {
  return rows.flatMap((row) => [`${"  ".repeat(depth)}${row.code.text} ${row.amount?.value.toFixed() ?? ""}`, ...outline(row.children, depth + 1)]);
}

describe("row codes as people type them", () => {
  it("builds the tree from 1. 1.1. (1) 1,2 a) - + and full-width １．３ under section I.", async () => {
    const read = await readFixture(`${DIR}/typed-codes.xlsx`);
    expect(read.total).toBe("300");
    expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
    expect(read.diagnostics).toEqual([]);
    const agency = read.submissions[0]?.agencies[0];
    expect(agency?.name).toBe("Sở Tư pháp");
    expect(agency?.section).toBe("I");
    expect(outline(agency?.items ?? [])).toEqual(["1.1. 120", "  (1) 80", "  (2) 40", "1,2 150", "  a) 150", "    - 150", "      + 150", "1.3 30"]);
  });

  it("places 1,2 under agency 2 by position and warns (BC303)", async () => {
    const read = await readFixture(`${DIR}/misplaced-code.xlsx`);
    expect(read.total).toBe("300");
    expect(read.diagnostics).toMatchObject([{ code: "BC303", cell: "A9", actual: "1,2", expected: "2.2" }]);
    const agencies = read.submissions[0]?.agencies ?? [];
    expect(agencies.map((a) => [a.name, a.items.map((item) => item.code.text)])).toEqual([
      ["Sở Tư pháp", ["1.1"]],
      ["Sở Khoa học và Công nghệ", ["2.1", "1,2"]],
    ]);
  });

  it("reads full-width digits and punctuation", () => {
    expect(parseRowCode("１．３")).toMatchObject({ kind: "path", parts: [1, 3] });
    expect(parseRowCode("（２）")).toMatchObject({ kind: "paren", number: 2 });
  });
});
