import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { consolidate } from "../../src/aggregate/consolidate.js";
import { Money, sum } from "../../src/data/money.js";
import { parseRowCode, pathText, toRoman } from "../../src/parse/row-code.js";
import { MAX_AMOUNT, parseVietnameseNumber } from "../../src/parse/vietnamese-number.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";
import { amountInWords, dongInWords } from "../../src/write/amount-in-words.js";
import { formatVietnamese } from "../../src/write/format-number.js";
import { type FormRow, formGrid, parseGrid } from "../validate/form-grid.js";

/** Seeded, so a failure replays; enough runs to matter, few enough for CI. */
const RUNS = { seed: 20_250_701, numRuns: 300 } as const;
const SCALE = 1_000_000n;

/** An exact amount as micro-units (a millionth of its unit): the BigInt oracle's view of it. */
const micro = fc.bigInt({ min: -(10n ** 21n) + 1n, max: 10n ** 21n - 1n });
/** A non-negative amount below 10^15 with at most six decimals, as a decimal string. */
const amountText = fc.bigInt({ min: 0n, max: 10n ** 21n - 1n }).map(fromMicro);

function fromMicro(value: bigint): string {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const fraction = (magnitude % SCALE).toString().padStart(6, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${magnitude / SCALE}${fraction ? `.${fraction}` : ""}`;
}

function toMicro(value: Money): bigint {
  return BigInt(value.times(1_000_000).toFixed(0));
}

describe("Vietnamese number text: format ↔ parse", () => {
  it("reads back every amount it writes, exactly, unambiguous in a Vietnamese file", () => {
    fc.assert(
      fc.property(micro, (value) => {
        const money = new Money(fromMicro(value));
        const text = formatVietnamese(money);
        const read = parseVietnameseNumber(text, "vi");
        expect(read.kind === "number" && read.value.eq(money) && !read.ambiguous, text).toBe(true);
        // With no convention known, the same value; flagged only when the text also reads as English (1,500).
        const unknown = parseVietnameseNumber(text);
        expect(unknown.kind === "number" && unknown.value.eq(money), text).toBe(true);
        if (unknown.kind === "number" && unknown.ambiguous) expect(text).toMatch(/^-?\d{1,3},\d{3}$/);
      }),
      RUNS,
    );
  });

  it("writes only digits, dots between thousands, one comma and a leading minus", () => {
    fc.assert(
      fc.property(micro, (value) => {
        expect(formatVietnamese(new Money(fromMicro(value)))).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d{1,6})?$/);
      }),
      RUNS,
    );
  });

  it("refuses every amount of 10^15 or more, however it is written", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 15n, max: 10n ** 29n }), (value) => {
        expect(parseVietnameseNumber(formatVietnamese(new Money(value.toString()))).kind).toBe("invalid");
        expect(new Money(value.toString()).gte(MAX_AMOUNT)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("exact sums", () => {
  it("Money sums equal a BigInt oracle, in any order and any split", () => {
    fc.assert(
      fc.property(fc.array(micro, { maxLength: 60 }), fc.nat(), (values, cut) => {
        const amounts = values.map((v) => new Money(fromMicro(v)));
        const oracle = values.reduce((a, b) => a + b, 0n);
        expect(toMicro(sum(amounts))).toBe(oracle);
        expect(toMicro(sum([...amounts].reverse()))).toBe(oracle);
        const at = values.length === 0 ? 0 : cut % values.length;
        expect(toMicro(sum([sum(amounts.slice(0, at)), sum(amounts.slice(at))]))).toBe(oracle);
      }),
      RUNS,
    );
  });

  /** One agency's tasks: each amount split over 2025 and 2026, written as a number or as Vietnamese text. */
  const tasks = fc.array(fc.tuple(amountText, fc.nat({ max: 100 }), fc.boolean()), { minLength: 1, maxLength: 12 });

  function rowsOf(list: ReadonlyArray<readonly [string, number, boolean]>): FormRow[] {
    const total = sum(list.map(([amount]) => new Money(amount)));
    const items = list.map(([amount, percent, asText], i): FormRow => {
      const value = new Money(amount);
      const first = value.times(percent).dividedBy(100).toDecimalPlaces(6, Money.ROUND_DOWN);
      const second = value.minus(first);
      const cell = (m: InstanceType<typeof Money>) => (asText ? formatVietnamese(m) : Number(m.toFixed()));
      return [
        `1.${i + 1}`,
        `Nhiệm vụ số ${i + 1}`,
        "2025 - 2026",
        cell(value),
        "CTX",
        first.isZero() ? null : cell(first),
        second.isZero() ? null : cell(second),
        "x",
        null,
      ];
    });
    return [["1", "Sở Tư pháp", null, formatVietnamese(total), null, null, null, null, null], ...items];
  }

  function consolidated(grids: ReturnType<typeof formGrid>[]) {
    return consolidate(
      grids.flatMap((grid) => parseGrid(grid).submissions),
      new PlanIndex(defaultPlan()),
    );
  }

  function byYear(result: ReturnType<typeof consolidated>): string[][] {
    return [...result.totals.byPeriod].sort(([a], [b]) => a.localeCompare(b)).map(([year, value]) => [String(year), value.toFixed()]);
  }

  it("consolidated totals equal the oracle, whatever the order of the tasks and however they are split into files", () => {
    fc.assert(
      fc.property(tasks, fc.nat(), (list, cut) => {
        // Numbers stored in cells carry 15 significant digits: the oracle sees what the cell holds.
        const stored = list.map(([amount, percent, asText]): readonly [string, number, boolean] => [
          asText ? amount : new Money(Number(amount).toPrecision(15)).toFixed(),
          percent,
          asText,
        ]);
        const oracle = stored.reduce((acc, [amount]) => acc + toMicro(new Money(amount)), 0n);
        const whole = consolidated([formGrid(rowsOf(stored), { file: "a.xlsx" })]);
        expect(toMicro(whole.totals.total)).toBe(oracle);
        const reversed = consolidated([formGrid(rowsOf([...stored].reverse()), { file: "a.xlsx" })]);
        expect(toMicro(reversed.totals.total)).toBe(oracle);
        expect(byYear(reversed)).toEqual(byYear(whole));
        const at = cut % stored.length;
        const split = consolidated([
          formGrid(rowsOf(stored.slice(0, at + 1)), { file: "a.xlsx" }),
          ...(at + 1 < stored.length ? [formGrid(rowsOf(stored.slice(at + 1)), { file: "b.xlsx" })] : []),
        ]);
        expect(toMicro(split.totals.total)).toBe(oracle);
        expect(byYear(split)).toEqual(byYear(whole));
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});

describe("row codes: parse ↔ format", () => {
  it("reads back numeric paths, Roman sections, parenthesised and lettered sub-items", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9999 }), { minLength: 1, maxLength: 5 }), (parts) => {
        expect(parseRowCode(pathText(parts))).toMatchObject({ kind: "path", parts, commaTyped: false });
        expect(parseRowCode(`${pathText(parts)}.`)).toMatchObject({ kind: "path", parts });
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 399 }), (n) => {
        expect(parseRowCode(toRoman(n))).toMatchObject({ kind: "section", number: n });
        expect(parseRowCode(`${toRoman(n)}.`)).toMatchObject({ kind: "section", number: n });
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        expect(parseRowCode(`(${n})`)).toMatchObject({ kind: "paren", number: n });
      }),
      RUNS,
    );
    for (const letter of "abcdđeghiklmnopqrstuvxy") expect(parseRowCode(`${letter})`)).toMatchObject({ kind: "letter", letter });
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        expect(typeof parseRowCode(text).kind).toBe("string");
      }),
      RUNS,
    );
  });
});

describe("amounts in words: consistent with the figure", () => {
  const DIGITS = new Map<string, bigint>([
    ["không", 0n],
    ["một", 1n],
    ["mốt", 1n],
    ["hai", 2n],
    ["ba", 3n],
    ["bốn", 4n],
    ["tư", 4n],
    ["năm", 5n],
    ["lăm", 5n],
    ["sáu", 6n],
    ["bảy", 7n],
    ["tám", 8n],
    ["chín", 9n],
  ]);
  const SCALES = new Map<string, bigint>([
    ["nghìn", 1_000n],
    ["triệu", 1_000_000n],
  ]);

  /** An independent reader of the words back into a number (the figure's oracle). */
  function wordsToNumber(words: readonly string[]): bigint {
    const billion = words.lastIndexOf("tỷ");
    if (billion >= 0) return wordsToNumber(words.slice(0, billion)) * 1_000_000_000n + wordsToNumber(words.slice(billion + 1));
    let total = 0n;
    let group = 0n;
    let digit = 0n;
    for (const word of words) {
      const value = DIGITS.get(word);
      if (value !== undefined) digit = value;
      else if (word === "trăm") [group, digit] = [group + digit * 100n, 0n];
      else if (word === "mươi") [group, digit] = [group + digit * 10n, 0n];
      else if (word === "mười") [group, digit] = [group + 10n, 0n];
      else if (SCALES.has(word)) [total, group, digit] = [total + (group + digit) * (SCALES.get(word) ?? 1n), 0n, 0n];
      else if (word !== "linh") throw new Error(`unexpected word ${word}`);
    }
    return total + group + digit;
  }

  function readBack(reading: string): bigint {
    const words = reading.toLowerCase().replace(/,/g, "").split(" ");
    expect(words.pop()).toBe("đồng");
    return words[0] === "âm" ? -wordsToNumber(words.slice(1)) : wordsToNumber(words);
  }

  it("the words of any amount up to 10^18 đồng read back to that amount", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), (dong) => {
        expect(readBack(dongInWords(dong))).toBe(dong);
      }),
      RUNS,
    );
  });

  it("an amount in triệu đồng is read as its đồng, never empty, a fraction rounded half away from zero", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), (tenthsOfDong) => {
        const millions = new Money(tenthsOfDong.toString()).dividedBy(10_000_000);
        const reading = amountInWords(millions);
        expect(reading.length).toBeGreaterThan("đồng".length);
        const magnitude = tenthsOfDong < 0n ? -tenthsOfDong : tenthsOfDong;
        const rounded = (magnitude + 5n) / 10n;
        expect(readBack(reading)).toBe(tenthsOfDong < 0n ? -rounded : rounded);
      }),
      RUNS,
    );
  });
});
