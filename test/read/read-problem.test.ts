import { describe, expect, it } from "vitest";
import { zipProblemReason } from "../../src/read/read-problem.js";
import { ruleFor } from "../../src/validate/registry.js";

const MiB = 1024 * 1024;

describe("zipProblemReason", () => {
  it.each([
    [{ kind: "truncated" } as const, "zip-truncated"],
    [{ kind: "too-many-entries", count: 12000, limit: 10000 } as const, "zip-too-many-entries, 12000 > 10000"],
    [{ kind: "encrypted", entry: "xl/workbook.xml" } as const, "zip-encrypted, xl/workbook.xml"],
    [
      { kind: "entry-too-large", entry: "xl/worksheets/sheet1.xml", bytes: 300 * MiB, limit: 256 * MiB } as const,
      "zip-entry-too-large, xl/worksheets/sheet1.xml > 256 MiB",
    ],
    [{ kind: "total-too-large", bytes: 600 * MiB, limit: 512 * MiB } as const, "zip-total-too-large, > 512 MiB"],
    [{ kind: "ratio", entry: "xl/worksheets/sheet1.xml", ratio: 350.4, limit: 200 } as const, "zip-ratio, xl/worksheets/sheet1.xml 350:1 > 200:1"],
    [{ kind: "header-mismatch", entry: "xl/styles.xml" } as const, "zip-header-mismatch, xl/styles.xml"],
    [{ kind: "unsupported-method", entry: "xl/styles.xml", method: 12 } as const, "zip-unsupported-method, xl/styles.xml (12)"],
  ])("%j → %s", (problem, reason) => {
    expect(zipProblemReason(problem)).toBe(reason);
    // The leading key is a term of the BC101 rule, so the message says it in words.
    expect(ruleFor("BC101").terms?.reason?.[reason.split(", ")[0] ?? ""]).toBeDefined();
  });
});
