import { describe, expect, it } from "vitest";
import { appendixPdf, consolidate } from "../../src/index.js";

describe("appendixPdf (library)", () => {
  it("gives the appendix of fixtures/forms as PDF bytes, the same for the same date, changed by another date or title", async () => {
    const result = await consolidate(["fixtures/forms"]);
    const date = new Date(Date.UTC(2026, 0, 1));
    const first = await appendixPdf(result, { date });
    const second = await appendixPdf(result, { date, title: undefined });
    expect(new TextDecoder("latin1").decode(first.subarray(0, 8))).toBe("%PDF-1.3");
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    // The date is in the file (and in its identifier): another date, other bytes.
    const later = await appendixPdf(result, { date: new Date(Date.UTC(2026, 0, 2)) });
    expect(Buffer.from(later).equals(Buffer.from(first))).toBe(false);
    // Another title gives another document.
    const titled = await appendixPdf(result, { date, title: "Dự kiến nhiệm vụ năm 2026" });
    expect(Buffer.from(titled).equals(Buffer.from(first))).toBe(false);
  });
});
