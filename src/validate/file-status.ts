import type { Diagnostic } from "../data/diagnostic.js";

/** What a check made of one file: unreadable, the worst severity found in it, or clean. */
export type FileState = "unreadable" | "error" | "warning" | "info" | "ok";

/** One input file's outcome, for reports that list every file. */
export interface FileStatus {
  readonly file: string;
  readonly status: FileState;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** How many diagnostics of each severity a list holds. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/**
 * The status of every file of a run: the files read, in order, then any other file a diagnostic
 * names (an input that could not be found). A file with a BC101 finding is `unreadable`. Findings
 * about the whole run (no file) belong to no file.
 */
export function fileStatuses(files: readonly string[], diagnostics: readonly Diagnostic[]): FileStatus[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of files) byFile.set(file, []);
  for (const diagnostic of diagnostics) {
    if (diagnostic.file === "") continue;
    const list = byFile.get(diagnostic.file);
    if (list) list.push(diagnostic);
    else byFile.set(diagnostic.file, [diagnostic]);
  }
  return [...byFile].map(([file, found]) => {
    const { errors, warnings, infos } = countBySeverity(found);
    const status: FileState = found.some((d) => d.code === "BC101")
      ? "unreadable"
      : errors > 0
        ? "error"
        : warnings > 0
          ? "warning"
          : infos > 0
            ? "info"
            : "ok";
    return { file, status, errors, warnings, infos };
  });
}
