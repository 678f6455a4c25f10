import type { ZipProblem } from "./zip-guard.js";

const MiB = 1024 * 1024;

/**
 * The BC101 reason for a ZIP container the guard refused, readable as is inside the message
 * "Không đọc được tệp ({reason})": a `zip-…` key, then what is wrong in plain words and numbers.
 */
export function zipProblemReason(problem: ZipProblem): string {
  switch (problem.kind) {
    case "truncated":
      return "zip-truncated: the ZIP structure is cut off or damaged";
    case "too-many-entries":
      return `zip-too-many-entries: ${problem.count} entries, limit ${problem.limit}`;
    case "encrypted":
      return `zip-encrypted: entry ${problem.entry} is encrypted`;
    case "entry-too-large":
      return `zip-entry-too-large: ${problem.entry} inflates past ${mebibytes(problem.limit)}`;
    case "total-too-large":
      return `zip-total-too-large: the entries inflate past ${mebibytes(problem.limit)}`;
    case "ratio":
      return `zip-ratio: ${problem.entry} inflates ${Math.round(problem.ratio)}×, limit ${problem.limit}×`;
    case "header-mismatch":
      return `zip-header-mismatch: the headers of ${problem.entry} disagree`;
    case "unsupported-method":
      return `zip-unsupported-method: ${problem.entry} uses compression method ${problem.method}`;
  }
}

function mebibytes(bytes: number): string {
  return `${Math.round(bytes / MiB)} MiB`;
}
