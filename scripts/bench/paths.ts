import { fileURLToPath } from "node:url";

/** The repository root (this file is built to `dist/scripts/bench/`). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Where generated corpora live (git-ignored) and where the results page is written. */
export const BENCH_DIR = `${REPO_ROOT}bench`;
export const CORPUS_DIR = `${BENCH_DIR}/corpus`;

/** The built command line and the floor script. */
export const BUDGET_BIN = `${REPO_ROOT}bin/budget.js`;
export const FLOOR_SCRIPT = fileURLToPath(new URL("./floor.js", import.meta.url));
