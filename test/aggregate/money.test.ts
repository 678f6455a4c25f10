import { describe, expect, it } from "vitest";
import { Money, moneyFromCellNumber, sum } from "../../src/data/money.js";

describe("exact money", () => {
  it("adds without floating-point error", () => {
    expect(sum([new Money("0.1"), new Money("0.2")]).toFixed()).toBe("0.3");
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  it("keeps every đồng of large sums (precision 40)", () => {
    const amounts = Array.from({ length: 1000 }, () => new Money("123456789012.345678"));
    expect(sum(amounts).toFixed()).toBe("123456789012345.678");
  });

  it("reads a number cell through Excel's 15 significant digits", () => {
    expect(moneyFromCellNumber(0.1 + 0.2).toFixed()).toBe("0.3");
    expect(moneyFromCellNumber(31575).toFixed()).toBe("31575");
    expect(moneyFromCellNumber(1090.5).toFixed()).toBe("1090.5");
  });

  it("sums the seed-000 agency subtotals to the published grand total", () => {
    const agencies = ["79000", "1090", "39075", "1000", "28000"].map((a) => new Money(a));
    expect(sum(agencies).toFixed()).toBe("148165");
  });
});
