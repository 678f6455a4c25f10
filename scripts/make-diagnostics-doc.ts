import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { COLUMN_VOCABULARY, PERIOD_WORDS, PHASE_VOCABULARY } from "../src/data/column-vocabulary.js";
import { RULES } from "../src/validate/registry.js";
import { columnsDoc } from "./columns-doc.js";
import { diagnosticsDoc } from "./diagnostics-doc.js";

/**
 * Writes `docs/DIAGNOSTICS.md` from the rule catalogue and `docs/COLUMNS.md` from the column vocabulary
 * (run from the project root: `npm run docs`).
 */
function main(): void {
  const fixtures = new Set(existsSync("fixtures/faulty") ? readdirSync("fixtures/faulty").filter((name) => name.endsWith(".xlsx")) : []);
  writeFileSync("docs/DIAGNOSTICS.md", diagnosticsDoc(RULES, fixtures));
  writeFileSync("docs/COLUMNS.md", columnsDoc(COLUMN_VOCABULARY, PHASE_VOCABULARY, PERIOD_WORDS));
}

main();
