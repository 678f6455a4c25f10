import { describe, expect, it } from "vitest";
import { parsePlanText } from "../../src/plan/plan-text.js";
import { strictJson } from "../../src/plan/strict-json.js";

describe("strict JSON: JSON.parse, unless an object has a key twice", () => {
  it.each([
    ['{"a": 1, "b": {"a": 2}}', { a: 1, b: { a: 2 } }],
    ['[{"a": 1}, {"a": 2}]', [{ a: 1 }, { a: 2 }]],
    ['{"a": "x:y", "b": "{\\"a\\": 1}", "c": ["a", "a"]}', { a: "x:y", b: '{"a": 1}', c: ["a", "a"] }],
    ['{"a\\\\": 1, "a": 2}', { "a\\": 1, a: 2 }],
    ['{"__proto__": 1, "constructor": 2}', JSON.parse('{"__proto__": 1, "constructor": 2}')],
    ["  [ ]  ", []],
  ])("reads %s", (text, value) => {
    expect(strictJson(text)).toEqual({ value });
  });

  it.each(['{"a": 1, "a": 2}', '{"b": {"a": 1, "c": [], "a": 2}}', '[{"x": {}}, {"a": 1 , "a" : 2}]', '{"a": 1, "\\u0061": 2}', '{"a": 1,', "", "a: 1"])(
    "leaves %j to the YAML parser",
    (text) => {
      expect(strictJson(text)).toBeUndefined();
    },
  );

  it("so a plan with a key twice is still a problem, named where it is", () => {
    expect(parsePlanText('{"name": "A", "years": [2025], "name": "B"}', "json", "en")).toMatchObject({
      ok: false,
      problems: [{ at: "1:32", message: "JSON: this key is already written above in the same entry; write each key once" }],
    });
  });
});
