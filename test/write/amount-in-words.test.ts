import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { amountInWords, amountInWordsLine, dongInWords } from "../../src/write/amount-in-words.js";

/** Expected readings written out by hand, not generated from the implementation. */
const READINGS: ReadonlyArray<readonly [bigint, string]> = [
  [0n, "Không đồng"],
  [1n, "Một đồng"],
  [4n, "Bốn đồng"],
  [5n, "Năm đồng"],
  [10n, "Mười đồng"],
  [11n, "Mười một đồng"],
  [14n, "Mười bốn đồng"],
  [15n, "Mười lăm đồng"],
  [20n, "Hai mươi đồng"],
  [21n, "Hai mươi mốt đồng"],
  [24n, "Hai mươi tư đồng"],
  [25n, "Hai mươi lăm đồng"],
  [55n, "Năm mươi lăm đồng"],
  [101n, "Một trăm linh một đồng"],
  [104n, "Một trăm linh bốn đồng"],
  [105n, "Một trăm linh năm đồng"],
  [110n, "Một trăm mười đồng"],
  [111n, "Một trăm mười một đồng"],
  [115n, "Một trăm mười lăm đồng"],
  [1_001n, "Một nghìn, không trăm linh một đồng"],
  [1_010n, "Một nghìn, không trăm mười đồng"],
  [10_005n, "Mười nghìn, không trăm linh năm đồng"],
  [100_000n, "Một trăm nghìn đồng"],
  [500_000n, "Năm trăm nghìn đồng"],
  [1_000_005n, "Một triệu, không trăm linh năm đồng"],
  [1_234_567n, "Một triệu, hai trăm ba mươi tư nghìn, năm trăm sáu mươi bảy đồng"],
  [1_000_000_000n, "Một tỷ đồng"],
  [1_000_000_005n, "Một tỷ, không trăm linh năm đồng"],
  [1_000_001_001n, "Một tỷ, không trăm linh một nghìn, không trăm linh một đồng"],
  [2_000_000_000_000n, "Hai nghìn tỷ đồng"],
  [1_200_000_000_000n, "Một nghìn hai trăm tỷ đồng"],
  [1_000_000_000_000_000n, "Một triệu tỷ đồng"],
  [1_000_000_000_000_000_000n, "Một tỷ tỷ đồng"],
  [1_000_000_000_000_000_001n, "Một tỷ tỷ, không trăm linh một đồng"],
  // Seed 004 grand total.
  [52_538_000_000n, "Năm mươi hai tỷ, năm trăm ba mươi tám triệu đồng"],
  // Seed 000 grand total (148.165 triệu đồng).
  [148_165_000_000n, "Một trăm bốn mươi tám tỷ, một trăm sáu mươi lăm triệu đồng"],
  [328_364_000_000n, "Ba trăm hai mươi tám tỷ, ba trăm sáu mươi tư triệu đồng"],
];

describe("dongInWords", () => {
  it.each(READINGS)("reads %s đồng", (dong, expected) => {
    expect(dongInWords(dong)).toBe(expected);
  });

  it("reads negative amounts with the prefix Âm", () => {
    expect(dongInWords(-5n)).toBe("Âm năm đồng");
    expect(dongInWords(-52_538_000_000n)).toBe("Âm năm mươi hai tỷ, năm trăm ba mươi tám triệu đồng");
  });

  it("matches the seed 004 line word for word, punctuation aside", () => {
    const seed = "Năm mươi hai tỷ, năm trăm ba mươi tám triệu đồng";
    const words = (text: string): string[] => text.replace(/,/g, "").split(" ");
    expect(words(dongInWords(52_538_000_000n))).toEqual(words(seed));
  });

  it("uses the official-document vocabulary only", () => {
    const vocabulary = new Set([
      "không",
      "một",
      "hai",
      "ba",
      "bốn",
      "năm",
      "sáu",
      "bảy",
      "tám",
      "chín",
      "mười",
      "mươi",
      "mốt",
      "tư",
      "lăm",
      "linh",
      "trăm",
      "nghìn",
      "triệu",
      "tỷ",
      "đồng",
    ]);
    fc.assert(
      fc.property(fc.bigInt(0n, 10n ** 18n), (dong) => {
        const words = dongInWords(dong).toLowerCase().replace(/,/g, "").split(" ");
        return words.every((word) => vocabulary.has(word));
      }),
    );
  });

  it("gives a well-formed reading for any amount from 0 to 10^18 đồng", () => {
    fc.assert(
      fc.property(fc.bigInt(0n, 10n ** 18n), (dong) => {
        const reading = dongInWords(dong);
        const first = reading.charAt(0);
        expect(reading.length).toBeGreaterThan(0);
        expect(first).toBe(first.toUpperCase());
        expect(first).not.toBe(first.toLowerCase());
        expect(reading.endsWith(" đồng")).toBe(true);
        expect(reading).not.toMatch(/\s{2}|,,|, đồng$|^\s|\s$/);
        expect(reading).toBe(reading.normalize("NFC"));
      }),
    );
  });

  it("reads a negative amount as Âm followed by the reading of its magnitude", () => {
    fc.assert(
      fc.property(fc.bigInt(1n, 10n ** 18n), (dong) => {
        const positive = dongInWords(dong);
        expect(dongInWords(-dong)).toBe(`Âm ${positive.charAt(0).toLowerCase()}${positive.slice(1)}`);
      }),
    );
  });
});

describe("amountInWords", () => {
  it("converts triệu đồng to đồng", () => {
    expect(amountInWords(new Decimal("52538"))).toBe("Năm mươi hai tỷ, năm trăm ba mươi tám triệu đồng");
    expect(amountInWords(new Decimal("148165"))).toBe("Một trăm bốn mươi tám tỷ, một trăm sáu mươi lăm triệu đồng");
    expect(amountInWords(new Decimal("328364"))).toBe("Ba trăm hai mươi tám tỷ, ba trăm sáu mươi tư triệu đồng");
    expect(amountInWords(new Decimal("0.5"))).toBe("Năm trăm nghìn đồng");
    expect(amountInWords(new Decimal("0"))).toBe("Không đồng");
    expect(amountInWords(new Decimal("1.234567"))).toBe("Một triệu, hai trăm ba mươi tư nghìn, năm trăm sáu mươi bảy đồng");
  });

  it("rounds a fraction of a đồng half away from zero", () => {
    expect(amountInWords(new Decimal("0.0000005"))).toBe("Một đồng");
    expect(amountInWords(new Decimal("0.00000049999"))).toBe("Không đồng");
    expect(amountInWords(new Decimal("1.0000015"))).toBe("Một triệu, không trăm linh hai đồng");
    expect(amountInWords(new Decimal("-0.0000005"))).toBe("Âm một đồng");
    expect(amountInWords(new Decimal("-0.0000004"))).toBe("Không đồng");
  });

  it("converts exactly even beyond the default Decimal precision", () => {
    // 1234567890123456789.49 đồng: at decimal.js's default 20 significant digits this would first
    // round to …789.5 and then up to …790.
    expect(amountInWords(new Decimal("1234567890123.45678949"))).toBe(dongInWords(1_234_567_890_123_456_789n));
  });

  it("accepts amounts from a Decimal clone", () => {
    const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
    expect(amountInWords(new Money("52538"))).toBe("Năm mươi hai tỷ, năm trăm ba mươi tám triệu đồng");
  });

  it("rejects non-finite amounts", () => {
    expect(() => amountInWords(new Decimal(NaN))).toThrow(RangeError);
    expect(() => amountInWords(new Decimal(Infinity))).toThrow(RangeError);
  });
});

describe("amountInWordsLine", () => {
  it("prints the line under the grand total", () => {
    expect(amountInWordsLine(new Decimal("52538"))).toBe("Bằng chữ: Năm mươi hai tỷ, năm trăm ba mươi tám triệu đồng");
  });
});
