import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type NamedBytes, status, statusDocument } from "../../src/index.js";

function named(name: string, fixture: string): NamedBytes {
  return { name, bytes: new Uint8Array(readFileSync(fixture)) };
}

describe("library: status", () => {
  it("builds the roster from files in memory: no times, so the later input supersedes and nothing is late", async () => {
    const result = await status(
      [
        named("fixtures/forms/04-so-tu-phap.xlsx", "fixtures/forms/04-so-tu-phap.xlsx"),
        named("sua.xlsx", "fixtures/formats/container/standard.xlsx"),
        named("noi-vu.xlsx", "fixtures/forms/03-so-noi-vu.xlsx"),
      ],
      { workers: 0, deadline: "2000-01-01" },
    );
    const { roster } = result;
    const lines = roster.sections.flatMap((section) => section.lines);
    const tuPhap = lines.find((line) => line.agency === "Sở Tư pháp");
    // The first name is a real path, but given in memory: it is not looked at for a time.
    expect(tuPhap?.current).toMatchObject({ file: "sua.xlsx", received: undefined, state: "valid", errors: 0, warnings: 0 });
    expect(tuPhap?.current?.total.toFixed()).toBe("300");
    expect(tuPhap?.superseded.map((old) => [old.file, old.state, old.total.toFixed(), old.received])).toEqual([
      ["fixtures/forms/04-so-tu-phap.xlsx", "superseded", "1000", undefined],
    ]);
    expect(roster.summary).toMatchObject({ registry: 20, submitted: 2, missing: 18, withErrors: 0, late: 0, superseded: 1, notForms: 0 });
    expect(roster.summary.total.toFixed()).toBe("39375");
    const document = statusDocument(roster, "en");
    expect(document.agencies.find((agency) => agency.agency === "Sở Nội vụ")?.file).toEqual({
      file: "noi-vu.xlsx",
      received: null,
      state: "valid",
      errors: 0,
      warnings: 0,
      total: "39075",
    });
  });
});
