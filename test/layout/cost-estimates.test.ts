// Cost estimates (`Số lượng | Đơn giá | Thành tiền`) transcribed from public documents (fixtures/estimates/,
// sources in fixtures/README.md): parts A, B, amounts in đồng written with English separators, and the check
// that quantity × unit price = amount (BC219).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Money, Money as MoneyValue, sum } from "../../src/data/money.js";
import { tempFile } from "../cli/plan-cli-runner.js";
import { readFixture } from "../read/read-fixture.js";

const HALLOWEEN = "fixtures/estimates/halloween-2018-ocean-edu.csv";

/** The amounts of a block's items, added up. */
function itemsSum(values: ReadonlyArray<{ amount: { value: Money } | null }>): string {
  return sum(values.flatMap((row) => (row.amount ? [row.amount.value] : []))).toFixed();
}

describe("a cost estimate with parts A and B, in đồng with English separators (Ocean Edu, Halloween 2018)", () => {
  it("reads part A's 17 items to the 30,550,000 đồng printed as its cash cost, and part B's 3 to 4,600,000", async () => {
    const read = await readFixture(HALLOWEEN);
    // 30,550,000 + 4,600,000 đồng = 35,15 triệu đồng.
    expect(read.total).toBe("35.15");
    const blocks = read.submissions[0]?.agencies ?? [];
    expect(blocks.map((block) => [block.section, block.items.length, itemsSum(block.items)])).toEqual([
      ["A", 17, "30.55"],
      ["B", 3, "4.6"],
    ]);
    const speakers = blocks[0]?.items[14];
    expect(speakers).toMatchObject({ name: "Chi phí loa đài, âm thanh, ánh sáng (Nếu có)", amount: { cell: "E21" } });
    expect(speakers?.amount?.value.toFixed()).toBe("20");
  });

  it("every quantity × unit price holds, `450,000` is read by its column's English convention, nothing is ambiguous", async () => {
    const read = await readFixture(HALLOWEEN);
    expect(read.diagnostics.map((d) => d.code).filter((code) => code !== "BC104" && code !== "BC406")).toEqual([]);
    const faces = read.submissions[0]?.agencies[0]?.items[9];
    expect(faces?.amount?.value.toFixed()).toBe("0.45");
  });

  it("reports a quantity × unit price that is not the amount at the amount's cell, in đồng: 8 × 150,000 ≠ 1,350,000", async () => {
    const text = readFileSync(HALLOWEEN, "utf8").replace('2,Áo,9,"150,000"', '2,Áo,8,"150,000"');
    const read = await readFixture(tempFile("halloween-sai.csv", text));
    expect(read.total).toBe("35.15");
    expect(read.diagnostics.filter((d) => d.code === "BC219")).toEqual([
      expect.objectContaining({
        severity: "error",
        cell: "E26",
        expected: "1200000",
        actual: "1350000",
        args: { quantity: "8", quantityCell: "C26", price: "150,000", priceCell: "D26", unit: "đồng" },
      }),
    ]);
  });

  it("checks each column in its own unit: `Đơn giá (nghìn đồng)` × quantity against `Thành tiền (đồng)`", async () => {
    const file = tempFile(
      "don-vi-cot.csv",
      "Đơn vị tính: triệu đồng\nSTT,Nội dung,ĐVT,Số lượng,Đơn giá (nghìn đồng),Thành tiền (đồng)\n1,Tài liệu,bộ,50,48,2400000\n2,Nước uống,người,100,25,2600000\n",
    );
    const read = await readFixture(file);
    expect(read.total).toBe("5");
    expect(read.diagnostics.filter((d) => d.code === "BC219").map((d) => [d.cell, d.expected, d.actual])).toEqual([["F4", "2500000", "2600000"]]);
  });

  it("does not check an amount of several factors: `Số lượng × Số ngày × Đơn giá`", async () => {
    const file = tempFile(
      "ba-thua-so.csv",
      'Đơn vị tính: đồng\nSTT,Nội dung,Số lượng,Số ngày,Đơn giá,Thành tiền\n1,Tiền ăn đại biểu,50,2,"150.000","15.000.000"\n2,Thuê hội trường,1,2,"5.000.000","10.000.000"\n',
    );
    const read = await readFixture(file);
    expect(read.total).toBe("25");
    expect(read.diagnostics.map((d) => d.code)).not.toContain("BC219");
    expect(read.diagnostics.map((d) => d.code)).not.toContain("BC104");
  });
});

describe("a cost estimate in sections I–IV, in đồng without separators (Đồng Chăm volunteer trip, 2016)", () => {
  it("reads the 15 costs to the 22,199,000 đồng printed as the programme's cost, its Cộng row agreeing", async () => {
    const read = await readFixture("fixtures/estimates/tinh-nguyen-dong-cham-2016.csv");
    expect(read.total).toBe("22.199");
    // One programme's estimate: one agency (no row names a registry agency), its sections I–IV task areas
    // heading their costs.
    const blocks = read.submissions[0]?.agencies ?? [];
    expect(blocks).toHaveLength(1);
    const bySection = new Map<string, Money[]>();
    for (const area of blocks[0]?.items ?? []) {
      const rows = area.children.length > 0 ? area.children : [area];
      bySection.set(
        area.code.text,
        rows.flatMap((row) => (row.amount ? [row.amount.value] : [])),
      );
    }
    // I 2.550.000, II 549.000, III 14.200.000, IV 4.900.000 (in triệu đồng), added by hand from the rows.
    expect([...bySection].map(([section, amounts]) => [section, sum(amounts).toFixed()])).toEqual([
      ["I", "2.55"],
      ["II", "0.549"],
      ["III", "14.2"],
      ["IV", "4.9"],
    ]);
    expect(read.submissions[0]?.statedTotal?.amount?.value.toFixed()).toBe("22.199");
    expect(read.diagnostics.map((d) => d.code).filter((code) => code === "BC214" || code === "BC219" || code === "BC203")).toEqual([]);
    // The printed contingency and grand total follow from it: 10 % is 2,219,900, and 24,418,900 in all.
    const total = new MoneyValue(read.total);
    expect([total.times("0.1").toFixed(), total.times("1.1").toFixed()]).toEqual(["2.2199", "24.4189"]);
  });
});
