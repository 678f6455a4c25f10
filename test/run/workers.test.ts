import { describe, expect, it } from "vitest";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { runFiles } from "../../src/run/run-files.js";
import { totalsAsJson } from "../../src/write/totals-as-json.js";

describe("reading files in worker threads", () => {
  it("gives the same totals, byte for byte, with 0, 1 and 3 workers", async () => {
    const outputs = await Promise.all(
      [0, 1, 3].map(async (workers) => {
        // Sở Khoa học và Công nghệ is in both folders, two documents added up on purpose.
        const run = await runFiles(["fixtures/forms", "fixtures/appendix"], defaultPlan(), { workers, versions: "all" });
        return totalsAsJson(run.consolidation, run.diagnostics);
      }),
    );
    expect(JSON.parse(outputs[0] ?? "{}")).toMatchObject({ total: "200703" });
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it("reports a file over its time bound as BC101 time-limit, keeps the file order, and goes on", async () => {
    const run = await runFiles(["fixtures/forms"], defaultPlan(), { workers: 2, fileTimeMs: 1 });
    expect(run.files.map((f) => f.file)).toEqual([
      "fixtures/forms/01-van-phong-tinh-uy.xlsx",
      "fixtures/forms/02-chi-cuc-kiem-lam.xlsx",
      "fixtures/forms/03-so-noi-vu.xlsx",
      "fixtures/forms/04-so-tu-phap.xlsx",
      "fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx",
    ]);
    expect(run.diagnostics.map((d) => [d.code, d.args?.reason])).toEqual(Array.from({ length: 5 }, () => ["BC101", "time-limit"]));
  });
});
