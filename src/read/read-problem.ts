import type { ZipProblem } from "./zip/zip-limits.js";

const MiB = 1024 * 1024;

/**
 * The BC101 reason for a ZIP container the guard refused: a `zip-…` term the message puts in words,
 * then the details in language-neutral form (entry names, numbers), separated by ", " as the message
 * templates expect: `zip-ratio, xl/worksheets/sheet1.xml 350:1 > 200:1`.
 */
export function zipProblemReason(problem: ZipProblem): string {
  switch (problem.kind) {
    case "truncated":
      return "zip-truncated";
    case "too-many-entries":
      return `zip-too-many-entries, ${problem.count} > ${problem.limit}`;
    case "encrypted":
      return `zip-encrypted, ${problem.entry}`;
    case "entry-too-large":
      return `zip-entry-too-large, ${problem.entry} > ${mebibytes(problem.limit)}`;
    case "total-too-large":
      return `zip-total-too-large, > ${mebibytes(problem.limit)}`;
    case "ratio":
      return `zip-ratio, ${problem.entry} ${Math.round(problem.ratio)}:1 > ${problem.limit}:1`;
    case "header-mismatch":
      return `zip-header-mismatch, ${problem.entry}`;
    case "unsupported-method":
      return `zip-unsupported-method, ${problem.entry} (${problem.method})`;
    case "memory":
      return "memory-limit";
  }
}

function mebibytes(bytes: number): string {
  return `${Math.round(bytes / MiB)} MiB`;
}
