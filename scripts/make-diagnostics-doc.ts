import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { RULES } from "../src/validate/registry.js";
import { diagnosticsDoc } from "./diagnostics-doc.js";

/** Writes `docs/DIAGNOSTICS.md` from the rule catalogue (run from the project root: `npm run docs`). */
function main(): void {
  const fixtures = new Set(existsSync("fixtures/faulty") ? readdirSync("fixtures/faulty").filter((name) => name.endsWith(".xlsx")) : []);
  writeFileSync("docs/DIAGNOSTICS.md", diagnosticsDoc(RULES, fixtures));
}

main();
