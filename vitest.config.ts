import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Off by default so a run of a few test files does not fail the floor; `npm test` passes --coverage.
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text-summary", "json-summary"],
      // A failing test must not hide the figures: the floor is still checked, and the run still fails.
      reportOnFailure: true,
    },
  },
});
