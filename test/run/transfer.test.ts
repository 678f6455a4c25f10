import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/run/parse-file.js";
import { decodeResult, encodeResult } from "../../src/run/transfer.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";

/** A value with its `Money` amounts written as text and its maps as entry lists, key order kept. */
function plain(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { map: [...v] };
    if (typeof v === "object" && v !== null && "toFixed" in v && typeof v.toFixed === "function") return `Money ${String(v.toFixed())}`;
    return v;
  });
}

describe("a file's result crossing to another thread", () => {
  it.each([
    "fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx",
    "fixtures/appendix/seed004-skhcn-2025.xlsx",
    "fixtures/faulty/BC215-groups-not-total.xlsx",
    "fixtures/faulty/BC212-parent-not-sum.xlsx",
    "fixtures/formats/shape/hidden-rows.xlsx",
  ])("comes back as it left, amounts exact: %s", async (file) => {
    const result = await parseFile(file, new PlanIndex(defaultPlan()));
    expect(result.submissions.length).toBeGreaterThan(0);
    expect(plain(decodeResult(encodeResult(result)))).toBe(plain(result));
  });

  it("is refused when the bytes are something else", () => {
    expect(decodeResult(new Uint8Array([0xff, 0x0f, 0x54]))).toBeUndefined();
    expect(decodeResult(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });
});
