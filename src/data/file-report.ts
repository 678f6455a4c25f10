/**
 * Which of the tool's own outputs a file is: the appendix `budget consolidate` writes, the workbook
 * `budget rollup -o` writes, the roster `budget status -o` writes. Their figures are the forms' figures
 * again, so a run over forms skips them.
 */
export type OwnOutput = "appendix" | "rollup" | "status";

/** What reading one input file found: its digest, the form sheets and agencies in it, the rows read. */
export interface FileFacts {
  readonly file: string;
  readonly sha256: string | undefined;
  readonly sheets: readonly string[];
  readonly agencies: readonly string[];
  readonly rowsRead: number;
  /** Set when the file is one of the tool's own outputs (see `OwnOutput`). */
  readonly ownOutput?: OwnOutput | undefined;
}

/**
 * What became of one input file: what reading it found, and how many of the run's diagnostics about
 * it are errors, warnings and notes (its own and those of the rules across files, counted once by
 * `runFiles` when every file is in).
 */
export interface FileReport extends FileFacts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}
