import { describe, expect, it } from "vitest";
import { parseVietnameseNumber } from "../../src/parse/vietnamese-number.js";

function read(text: string): string {
  const result = parseVietnameseNumber(text);
  if (result.kind !== "number") return result.kind;
  return `${result.value.toFixed()}${result.ambiguous ? " (ambiguous)" : ""}`;
}

describe("parseVietnameseNumber", () => {
  it.each([
    ["1.090", "1090"],
    ["31.575", "31575"],
    ["0,5", "0.5"],
    ["1.234,5", "1234.5"],
    ["52.538.000.000", "52538000000"],
    ["1090", "1090"],
    ["1 234 567", "1234567"],
    ["1\u00a0234", "1234"],
    ["(1.000)", "-1000"],
    ["-2.500", "-2500"],
    ["15.000 đồng", "15000"],
    ["300đ", "300"],
  ])("reads %j as %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ["1.5", "1.5 (ambiguous)"],
    ["60,000", "60 (ambiguous)"],
    ["1,500", "1.5 (ambiguous)"],
  ])("flags %j as ambiguous and reads it as %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each(["", "   ", "-", "–", "—"])("reads %j as empty (zero)", (text) => {
    expect(read(text)).toBe("empty");
  });

  it.each(["abc", "1e6", "0x10", "Infinity", "NaN", "1.2.3,4,5", "12/05/2024", "1,2,3", "9".repeat(40)])("rejects %j", (text) => {
    expect(read(text)).toBe("invalid");
  });
});
