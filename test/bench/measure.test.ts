import { describe, expect, it } from "vitest";
import { hasGnuTime, measure, median, parseTimeReport } from "../../scripts/bench/measure.js";

describe("the benchmark's measurements", () => {
  it("takes the median of an odd and an even count", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("reads GNU time's report, also after its non-zero-exit line", () => {
    expect(parseTimeReport("1.25 0.10 204800\n")).toEqual({ user: 1.25, system: 0.1, rssKiB: 204800 });
    expect(parseTimeReport("Command exited with non-zero status 1\n0.50 0.02 51200\n")).toEqual({ user: 0.5, system: 0.02, rssKiB: 51200 });
  });

  it.skipIf(!hasGnuTime())("measures a whole process: wall, CPU, peak RSS and exit code", async () => {
    const sample = await measure(process.execPath, ["-e", "Buffer.alloc(96 * 1024 * 1024, 1); process.exitCode = 3"]);
    expect(sample.exitCode).toBe(3);
    expect(sample.rssMiB).toBeGreaterThan(96);
    expect(sample.wall).toBeGreaterThan(0);
    expect(sample.cpu).toBeGreaterThan(0);
  });
});
