import type { Finding } from "../data/diagnostic.js";
import { classify } from "../validate/validate.js";
import type { FileResult } from "./parse-file.js";

/**
 * Drops what a run must not add: the tool's own outputs (unless `readOwnOutputs`: a rollup reads our
 * appendices on purpose), then any file whose bytes an earlier file already had (a renamed copy).
 * A dropped file keeps its place and digest, with one note saying why in place of its rows and
 * findings, so the totals count it once, or not at all, and the reports still name it.
 */
export function skipRepeatsAndOwnOutputs(results: readonly FileResult[], readOwnOutputs: boolean): FileResult[] {
  const firstWith = new Map<string, string>();
  return results.map((result) => {
    const { file, sha256, ownOutput } = result.facts;
    if (ownOutput !== undefined && !readOwnOutputs) return skipped(result, { file, code: "BC113", args: { kind: ownOutput } });
    if (sha256 === undefined) return result;
    const first = firstWith.get(sha256);
    if (first !== undefined) return skipped(result, { file, code: "BC114", args: { how: "same-content", other: first } });
    firstWith.set(sha256, file);
    return result;
  });
}

function skipped(result: FileResult, finding: Finding): FileResult {
  return { facts: { ...result.facts, sheets: [], agencies: [], rowsRead: 0 }, submissions: [], diagnostics: classify([finding]) };
}
