import { describe, expect, it } from "vitest";
import { parseRowCode, toRoman } from "../../src/parse/row-code.js";

describe("parseRowCode", () => {
  it.each([
    ["I", { kind: "section", number: 1 }],
    ["II", { kind: "section", number: 2 }],
    ["IV.", { kind: "section", number: 4 }],
    ["1", { kind: "path", parts: [1] }],
    ["1.1", { kind: "path", parts: [1, 1] }],
    ["7.4.1", { kind: "path", parts: [7, 4, 1] }],
    ["1.", { kind: "path", parts: [1] }],
    ["1.1.", { kind: "path", parts: [1, 1] }],
    ["4,5", { kind: "path", parts: [4, 5], commaTyped: true }],
    ["１.２", { kind: "path", parts: [1, 2] }],
    ["(1)", { kind: "paren", number: 1 }],
    ["(12)", { kind: "paren", number: 12 }],
    ["a)", { kind: "letter", letter: "a" }],
    ["-", { kind: "bullet" }],
    ["+", { kind: "bullet" }],
    ["", { kind: "none" }],
    ["1.a", { kind: "malformed" }],
    ["IIII", { kind: "malformed" }],
  ])("reads %j", (text, expected) => {
    expect(parseRowCode(text)).toMatchObject(expected);
  });

  it("writes Roman numerals for sections", () => {
    expect([1, 2, 3, 4, 9, 14, 40].map(toRoman)).toEqual(["I", "II", "III", "IV", "IX", "XIV", "XL"]);
  });
});
