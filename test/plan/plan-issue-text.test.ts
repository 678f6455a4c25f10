import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { nearestSpelling } from "../../src/plan/nearest-spelling.js";
import { planIssueProblems } from "../../src/plan/plan-issue-text.js";
import { keysAllowedAt } from "../../src/plan/plan-keys.js";

describe("plan issues the schema cannot produce today", () => {
  it("an issue kind without a sentence of its own gets our generic one, never zod's text", () => {
    const issue: z.core.$ZodIssue = {
      code: "invalid_element",
      origin: "set",
      key: "x",
      issues: [],
      input: ["x"],
      path: ["years"],
      message: "Invalid element in set",
    };
    expect(planIssueProblems(issue, "vi")).toEqual([{ at: "years", message: "không hợp lệ ở đây (các năm của kế hoạch); xem: budget plan --json-schema" }]);
    expect(planIssueProblems(issue, "en")).toEqual([{ at: "years", message: "not valid here (the plan's years); see: budget plan --json-schema" }]);
  });

  it("a custom issue without our sentences, and a field without words of its own", () => {
    const issue: z.core.$ZodIssue = { code: "custom", input: 1, path: ["output", "footer"], message: "Invalid input" };
    expect(planIssueProblems(issue, "vi")).toEqual([{ at: "output.footer", message: "không hợp lệ ở đây (giá trị này); xem: budget plan --json-schema" }]);
    expect(planIssueProblems(issue, "en")).toEqual([{ at: "output.footer", message: "not valid here (this value); see: budget plan --json-schema" }]);
  });

  it("a union or a format outside the amounts", () => {
    const union: z.core.$ZodIssue = {
      code: "invalid_union",
      errors: [[{ code: "invalid_type", expected: "number", path: [], message: "x" }], [{ code: "invalid_type", expected: "array", path: [], message: "y" }]],
      input: "x",
      path: ["output", "title"],
      message: "Invalid input",
    };
    expect(planIssueProblems(union, "vi")).toEqual([{ at: "output.title", message: "phải là một số hoặc một danh sách (tiêu đề phụ lục), không phải chữ" }]);
    expect(planIssueProblems(union, "en")).toEqual([{ at: "output.title", message: "must be a number or a list (the appendix title), not text" }]);
    const format: z.core.$ZodIssue = { code: "invalid_format", format: "email", input: "x@", path: ["name"], message: "Invalid email address" };
    expect(planIssueProblems(format, "vi")).toEqual([{ at: "name", message: 'tên kế hoạch không đúng định dạng: "x@"' }]);
    expect(planIssueProblems(format, "en")).toEqual([{ at: "name", message: 'the plan name is not in the expected format: "x@"' }]);
  });

  it("a number that must be a multiple", () => {
    const issue: z.core.$ZodIssue = { code: "not_multiple_of", divisor: 5, input: 7, path: ["agencies", 2, "order"], message: "x" };
    expect(planIssueProblems(issue, "vi")).toEqual([{ at: "agencies[2].order", message: "thứ tự của đơn vị phải là bội số của 5" }]);
  });
});

describe("nearestSpelling", () => {
  it("finds a swap, a missing letter, another case or separator, and nothing for a word too far", () => {
    const keys = ["name", "years", "unit", "fundingSources", "agencies"];
    expect(nearestSpelling("yeras", keys)).toBe("years");
    expect(nearestSpelling("fundingSource", keys)).toBe("fundingSources");
    expect(nearestSpelling("Funding_Sources", keys)).toBe("fundingSources");
    expect(nearestSpelling("colour", keys)).toBeUndefined();
    expect(nearestSpelling("nam", keys)).toBe("name");
  });
});

describe("keysAllowedAt", () => {
  it("reads the keys of the object at a path from the schema, through lists and defaults", () => {
    expect(keysAllowedAt(["agencies", 3])).toEqual(["name", "aliases", "section", "order"]);
    expect(keysAllowedAt(["ceilings", "sources", 0])).toEqual(["source", "year", "amount"]);
    expect(keysAllowedAt(["years"])).toEqual([]);
    expect(keysAllowedAt(["nothing", 1])).toEqual([]);
  });
});
