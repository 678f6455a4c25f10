import { mkdirSync, writeFileSync } from "node:fs";
import { DOCUMENT_NAMES, documentJsonSchemaText } from "../src/schemas/documents.js";

/** Writes `schemas/<name>.schema.json` for every JSON document, from the zod schemas (run from the project root: `npm run schemas`). */
function main(): void {
  mkdirSync("schemas", { recursive: true });
  for (const name of DOCUMENT_NAMES) writeFileSync(`schemas/${name}.schema.json`, documentJsonSchemaText(name));
}

main();
