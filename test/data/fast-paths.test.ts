import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Money, moneyFromCellNumber } from "../../src/data/money.js";
import { cleanText, foldText, squashSpaces } from "../../src/data/text.js";

/** The definitions the fast paths must agree with. */
const squashedByReplace = (text: string) => text.replace(/\s+/g, " ").trim();
const moneyByText = (value: number) => new Money(value.toPrecision(15));

const SPACES = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2007", "\u202f", "\u3000", "\ufeff", "\u0085", "\u0001", "\u200b"];

describe("squashSpaces' fast path gives what collapsing and trimming gives", () => {
  it.each(["", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\u00a0b", "Tổng cộng", "  Tổng\n cộng  ", "\u0085", "a\u200bb"])("%j", (text) => {
    expect(squashSpaces(text)).toBe(squashedByReplace(text));
  });

  it("for every character up to the ideographic space and the BOM, alone and between words", () => {
    const codes = [...Array.from({ length: 0x3001 }, (_, code) => code), 0xfeff, 0xfffd];
    const texts = codes.flatMap((code) => {
      const char = String.fromCharCode(code);
      return [char, `a${char}b`, `a ${char}b`];
    });
    expect(texts.filter((text) => squashSpaces(text) !== squashedByReplace(text))).toEqual([]);
  });

  it("on any mix of words and spaces", () => {
    const piece = fc.oneof(
      fc.constantFrom(...SPACES),
      fc.string({ maxLength: 4 }),
      fc.string({ maxLength: 4, unit: "binary" }),
      fc.constantFrom("Sở", "đồng", "x"),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => squashSpaces(pieces.join("")) === squashedByReplace(pieces.join(""))));
  });
});

describe("moneyFromCellNumber's fast path for whole numbers gives what the 15-digit text gives", () => {
  it.each([0, -0, 1, -1, 31575, 1e7, 123456789012345, -123456789012345, 999999999999999, 1e15, 2 ** 53, 1e21, 0.5, 1090.5, 0.1 + 0.2])("%d", (value) => {
    const fast = moneyFromCellNumber(value);
    const slow = moneyByText(value);
    expect(fast.toFixed()).toBe(slow.toFixed());
    expect(fast.isNegative()).toBe(slow.isNegative());
    expect(fast.equals(slow)).toBe(true);
  });

  it("on any double", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -(2 ** 53), max: 2 ** 53 })), (value) => {
        const fast = moneyFromCellNumber(value);
        const slow = moneyByText(value);
        expect([fast.toFixed(), fast.isNegative()]).toEqual([slow.toFixed(), slow.isNegative()]);
      }),
    );
  });
});

describe("foldText one character at a time gives what the steps on the whole text give", () => {
  const folded = (text: string) =>
    text
      .normalize("NFC")
      .replace(/\u00d0/g, "Đ")
      .replace(/[\u00a0\u2007\u202f\u3000]/g, " ")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/[^a-z0-9/&%-]+/g, " ")
      .trim();

  it.each([
    "Tổng cộng",
    "TỔNG  KINH PHÍ",
    "Sở Khoa học và Công nghệ",
    "Ðồng",
    "Nghị quyết số 57-NQ/TW",
    "e\u0302\u0301",
    "A\u0323\u0302",
    "ǄŉİẞΣΑΣ ΣΑΣ",
    "a\u05b0\u0301b",
    "<\u0338=",
    "\u1100\u1161\u11a8",
    "x\u3000y\u202f",
  ])("%j", (text) => {
    expect(foldText(text)).toBe(folded(text));
  });

  it("for every character below U+2000, alone and between letters", () => {
    const texts = Array.from({ length: 0x2000 }, (_, code) => String.fromCharCode(code)).flatMap((char) => [
      char,
      `a${char}b`,
      ` ${char}\u0301 `,
      `A${char}\u0323\u0302`,
    ]);
    expect(texts.filter((text) => foldText(text) !== folded(text))).toEqual([]);
  });

  it("on any mix of letters, marks, spaces and other scripts", () => {
    const piece = fc.oneof(
      fc.integer({ min: 0, max: 0x1eff }).map((code) => String.fromCharCode(code)),
      fc.integer({ min: 0x300, max: 0x36f }).map((code) => String.fromCharCode(code)),
      fc.constantFrom(" ", "  ", "\u00a0", "\u3000", "Đ", "ư", "ơ", "ệ", "/", "-", "%", "&"),
      fc.string({ maxLength: 3, unit: "binary" }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => foldText(pieces.join("")) === folded(pieces.join(""))),
      { numRuns: 2000 },
    );
  });
});

describe("cleanText's scan for text already clean gives what normalising and replacing give", () => {
  const cleaned = (text: string) =>
    text
      .normalize("NFC")
      .replace(/\u00d0/g, "Đ")
      .replace(/[\u00a0\u2007\u202f\u3000]/g, " ");

  it("for every character below U+2000, alone and around letters and marks", () => {
    const texts = Array.from({ length: 0x2000 }, (_, code) => String.fromCharCode(code)).flatMap((char) => [
      char,
      `a${char}b`,
      `e${char}\u0301`,
      `${char}\u0323\u0302`,
    ]);
    expect(texts.filter((text) => cleanText(text) !== cleaned(text))).toEqual([]);
  });

  it("on any mix of Vietnamese letters, decomposed ones and odd spaces", () => {
    const piece = fc.oneof(
      fc.integer({ min: 0, max: 0x2fff }).map((code) => String.fromCharCode(code)),
      fc.integer({ min: 0x1e00, max: 0x1eff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom("Ð", "\u00a0", "\u3000", "ư", "ơ", "e\u0302\u0301", "Sở Tư pháp".normalize("NFD")),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => cleanText(pieces.join("")) === cleaned(pieces.join(""))),
      { numRuns: 2000 },
    );
  });
});
